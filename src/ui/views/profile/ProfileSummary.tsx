/** The profile's narrative (一是…二是…) with a copy button, and its strengths, 取长补短 and 持续靠后. */
import { useState } from 'react';
import { narrativeValue } from '../../../analysis/narrative';
import { PERSISTENT_RUN } from '../../../analysis/persistent-laggards';
import { profileWords } from '../../../charts/profile-words';
import type { ProfileModel } from './profile-view-model';
import { copyText } from '../../shared/copy-text';
import { UnitProfileLink } from '../../shared/UnitProfileLink';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

export function ProfileSummary({ model }: { readonly model: ProfileModel }) {
  const t = useT().profile;
  const lang = useLang();
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const { profile, learn, narrative } = model;
  const name = (m: { metric: { zh: string; en: string } }) => (lang === 'en' ? m.metric.en : m.metric.zh);
  const sep = lang === 'en' ? ', ' : '、';
  const pw = profileWords(lang);
  const lagging = profile.metrics.filter((m) => m.laggingRun > 0);
  const onCopy = async () => setStatus((await copyText(narrative.join(lang === 'zh' ? '' : ' '))) ? 'copied' : 'copyFailed');
  return (
    <div className="profile-summary">
      <section className="panel" aria-labelledby="profile-narrative">
        <h3 id="profile-narrative">{t.narrative}</h3>
        {narrative.length === 0 ? <p className="muted">{t.noNarrative}</p> : (
          <div className="narrative">
            <div className="narrative-text">{narrative.map((s) => <p key={s}>{s}</p>)}</div>
            <button type="button" onClick={onCopy}>{t.copy}</button>
            <span role="status" className="muted"> {status ? t[status] : ''}</span>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="profile-learn">
        <h3 id="profile-learn">{t.learn}</h3>
        <p>{learn.strong.length > 0 ? t.strong(learn.strong.map(name).join(sep)) : t.noStrong}</p>
        {learn.weak.length === 0 ? <p>{t.noWeak}</p> : (
          <>
            <p className="muted">{t.learnIntro}</p>
            <ul className="learn-list">
              {learn.weak.map((a) => (
                <li key={a.metric.metric.id}>
                  {a.peer < 0 ? t.noPeer(name(a.metric)) : (
                    <>
                      {t.learnLead(name(a.metric))}
                      <UnitProfileLink name={a.peerName} />
                      {t.learnVerb}
                      <span className="muted">
                        {t.learnNumbers(
                          a.peerName, narrativeValue(a.metric.metric, { value: a.peerValue, qualifier: a.peerQualifier }, lang, profile.per),
                          a.peerRank, narrativeValue(a.metric.metric, a.metric, lang, profile.per), a.tier ? t.tier[a.tier] ?? '' : '',
                        )}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {/* The slide's line (profileWords), in the 排行 and 均衡 pages' words. */}
        <p>{lagging.length > 0 ? pw.laggingLine(lagging.map((m) => pw.laggingItem(name(m), m.laggingRun)).join(pw.sep)) : pw.noLagging(PERSISTENT_RUN)}</p>
      </section>
    </div>
  );
}
