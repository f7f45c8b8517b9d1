/** The generated sentences with a copy button (clipboard API, with a textarea fallback). */
import { useState } from 'react';
import { narrativeText, type NarrativeSentence } from '../../../analysis/narrative';
import { useT } from '../../i18n/use-t';
import { copyText } from '../../shared/copy-text';


export function NarrativePanel({ sentences, lang = 'zh' }: { sentences: readonly NarrativeSentence[]; lang?: 'zh' | 'en' }) {
  // The status is a key, worded when drawn: a language switch rewords it.
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const t = useT().imbalance;
  if (sentences.length === 0) return <p className="muted">{t.noNarrative}</p>;
  const text = narrativeText(sentences, lang);
  const onCopy = async () => setStatus((await copyText(text)) ? 'copied' : 'copyFailed');
  return (
    <div className="narrative">
      <div className="narrative-text">{sentences.map((s, i) => <p key={i}>{s.text}</p>)}</div>
      <button type="button" onClick={onCopy}>{t.copy}</button>
      <span role="status" className="muted"> {status ? t[status] : ''}</span>
    </div>
  );
}
