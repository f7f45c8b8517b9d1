/**
 * 批量导出: every community's profile (of the chosen street/town, or all) in one PowerPoint deck,
 * one slide each, with progress and a cancel button.
 */
import { useRef, useState } from 'react';
import type { PerBase } from '../../../analysis/per-capita';
import { ZH_COLLATOR } from '../../../analysis/unit-scope';
import type { ProfileSpecContext } from '../../../charts/profile-specs';
import { profileWords } from '../../../charts/profile-words';
import type { Analysis } from '../../../analysis/model/analysis';
import type { Dataset } from '../../../data/dataset/dataset';
import { buildProfileDeck, MAX_PROFILE_SLIDES } from '../../../export/profile-deck';
import { downloadBlob, MIME } from '../../../export/download';
import { safeFileName } from '../../../export/file-name';
import { useT } from '../../i18n/use-t';

const MAX = MAX_PROFILE_SLIDES;

export function BatchExport({ dataset, analysis, period, per, parent, spec }: {
  readonly dataset: Dataset; readonly analysis: Analysis; readonly period: string; readonly per: PerBase; readonly parent: string; readonly spec: ProfileSpecContext;
}) {
  const t = useT().profile;
  // Worded when drawn, so a language switch rewords a status already on screen.
  const [status, setStatus] = useState<((w: typeof t) => string) | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const units = dataset.units.map((u, i) => ({ u, i })).filter(({ u }) => parent === '' || u.parent === parent)
    .sort((a, b) => ZH_COLLATOR.compare(a.u.parent, b.u.parent) || ZH_COLLATOR.compare(a.u.name, b.u.name)).map(({ i }) => i);
  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus(null);
    setProgress({ done: 0, total: units.length });
    try {
      const title = profileWords(spec.lang).deckTitle(spec.periodLabel(period), parent);
      const bytes = await buildProfileDeck(analysis, units, {
        period, per, spec, title, signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }),
      });
      downloadBlob(bytes, safeFileName(title, 'pptx'), MIME.pptx);
      const n = units.length;
      setStatus(() => (w: typeof t) => w.batchDone(n));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const cancelled = controller.signal.aborted;
      setStatus(() => (w: typeof t) => (cancelled ? w.batchCancelled : w.batchFailed(reason)));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };
  const tooMany = units.length > MAX;
  return (
    <div className="batch-export">
      <button type="button" onClick={() => void run()} disabled={progress !== null || tooMany || units.length === 0}>{t.batch}</button>
      <span className="muted"> {tooMany ? t.tooMany(units.length, MAX) : t.batchScope(units.length, parent)}</span>
      {progress && (
        <span className="batch-progress">
          <progress max={progress.total} value={progress.done} aria-label={t.batch} />
          {' '}
          <button type="button" onClick={() => abort.current?.abort()}>{t.cancel}</button>
        </span>
      )}
      <p role="status" aria-live="polite" className="muted">
        {progress ? (progress.done < progress.total ? t.batchRunning(progress.done + 1, progress.total) : t.batchWriting(progress.total + 1)) : status?.(t) ?? ''}
      </p>
    </div>
  );
}
