/**
 * Progress of the running import (bytes read, rows so far) with a cancel button, and the
 * "cancelled" note afterwards. Reads `importActivity`, so it needs no props: mount it once in
 * the import panel. Renders nothing while idle.
 */
import { cancelImport, importActivity } from './import-client';
import { useStore } from '../shared/create-store';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { sizeCount, sizeText, sizeUnit } from '../../data/report/size-text';


/** The import's progress bar and cancel button (role=progressbar, labels in the UI language). */
export function ImportProgress() {
  const a = useStore(importActivity);
  const t = useT().progress;
  const lang = useLang();
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  if (a.state === 'idle') return null;
  if (a.state === 'cancelled') {
    return (
      <p className="import-progress import-cancelled" role="status">
        {t.cancelled}
        <button type="button" className="link-button" onClick={() => importActivity.reset()}>{t.ok}</button>
      </p>
    );
  }
  const p = a.progress;
  const streaming = p !== null && p.phase === 'stream' && p.bytesTotal > 0;
  const percent = streaming ? Math.min(100, Math.round((p.bytesDone / p.bytesTotal) * 100)) : undefined;
  const label = p === null ? t.preparing
    : p.phase === 'stream' ? t.stream(sizeCount(p.bytesDone, sizeUnit(p.bytesTotal)), sizeText(p.bytesTotal), n(p.rows))
      : p.phase === 'pack' ? t.pack(n(p.rows))
        : t.slow;
  return (
    <div className="import-progress" role="group" aria-label={t.label}>
      <progress
        max={100}
        {...(percent !== undefined ? { value: percent } : {})}
        aria-label={t.label}
        aria-valuetext={percent !== undefined ? `${percent}%` : t.running}
      />
      <span className="import-progress-text" aria-live="polite">{percent !== undefined ? `${percent}% · ` : ''}{label}</span>
      <button type="button" onClick={() => cancelImport()}>{t.cancel}</button>
    </div>
  );
}
