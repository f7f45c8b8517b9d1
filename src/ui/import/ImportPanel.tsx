/**
 * The import controls: a styled 选择文件（CSV或Excel） button (the native input is visually hidden but stays
 * focusable and labelled, so the browser's English "Choose Files" never shows), the chosen file
 * names, a drop zone, and, while a saved dataset is on screen, 替换 or 追加 as a choice.
 */
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useId, useState, type DragEvent } from 'react';
import type { Dataset } from '../../data/dataset/dataset';
import { useImportMode } from '../api/import-mode';
import { IMPORT_MUTATION_KEY } from './use-leave-warning';
import { isImportCancelled, lastImportQueryOptions, useImportFiles } from '../api/last-import-query';
import { useT } from '../i18n/use-t';
import { useLang } from '../i18n/lang-store';
import { ImportModeChoice } from './ImportModeChoice';
import { ImporterError } from './import-client';
import { ImportProgress } from './ImportProgress';
import { ImportAgain } from './ImportAgain';
import { DATA_FILE_EXTENSIONS } from '../../data/pipeline/data-file-names';

/** What the file input offers: delimited text and workbooks (a workbook is recognised by its bytes, not this list). */
export const ACCEPTED_EXTENSIONS = DATA_FILE_EXTENSIONS.join(',');

export function ImportPanel({ current }: { current: Dataset | undefined }) {
  const id = useId();
  const t = useT();
  const lang = useLang();
  const p = t.importPanel;
  const mutation = useImportFiles();
  const [mode, setMode] = useImportMode();
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const canMerge = current !== undefined && !current.isSample;
  // An import started by a drop elsewhere on the page shows its progress here too.
  const running = useIsMutating({ mutationKey: IMPORT_MUTATION_KEY }) > 0;
  const pending = mutation.isPending || running;
  const stage = mutation.isPending ? mutation.stage : 'importing';
  const failed = mutation.isError && !isImportCancelled(mutation.error) ? mutation.error : null;
  const last = useQuery(lastImportQueryOptions()).data ?? null;
  const retry = !pending && last?.confirmable === true ? last.retry : undefined;
  const rest = !pending ? last?.rest : undefined;
  const correct = !pending ? last?.correct : undefined;
  // The size check's issue (file-too-big / too-many-rows) is the report's first.
  const size = retry ? last?.report.issues[0] : undefined;

  const start = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setChosen(files.map((f) => f.name));
    mutation.mutate({ files, mergeInto: canMerge && mode === 'append' ? current : undefined });
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    if (!pending) start(e.dataTransfer.files);
  };

  return (
    <section className="panel import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{p.title}</h2>
      {canMerge && <ImportModeChoice mode={mode} onChange={setMode} currentName={current.name} />}
      <div
        className={over ? 'drop-zone drop-over' : 'drop-zone'}
        onDragOver={(e) => { e.preventDefault(); e.stopPropagation(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <div className="file-picker">
          <input
            id={`${id}-file`}
            className="file-input"
            type="file"
            multiple
            accept={ACCEPTED_EXTENSIONS}
            disabled={pending}
            aria-describedby={`${id}-chosen`}
            onChange={(e) => { start(e.target.files); e.target.value = ''; }}
          />
          <label htmlFor={`${id}-file`} className="file-button" aria-disabled={pending || undefined}>{p.choose}</label>
          <span id={`${id}-chosen`} className="file-names">
            {chosen.length === 0 ? p.noneChosen : p.chosen(chosen.join(p.nameSep))}
          </span>
        </div>
        <p>{p.dropHint}</p>
        <p className="muted">{p.localNote}</p>
      </div>
      {retry && last && (
        <ImportAgain
          lead={<><strong>{p.tooLarge}</strong>{size ? (lang === 'en' ? size.messageEn : size.message) : ''}</>}
          hint={p.importAnywayHint} action={p.importAnyway} onAction={() => mutation.mutate({ ...retry, confirmLarge: true })}
        />
      )}
      {rest && (
        <ImportAgain
          lead={<strong>{p.restLeft(rest.left.length, rest.left.join(p.nameSep))}</strong>}
          hint={p.restHint} action={p.importRest(rest.vars.files.length)}
          onAction={() => { setChosen(rest.vars.files.map((f) => f.name)); mutation.mutate(rest.vars); }}
        />
      )}
      {correct && (
        <ImportAgain
          lead={<strong>{p.correctLead}</strong>}
          hint={p.correctHint} action={p.correctAction}
          onAction={() => mutation.mutate(correct)}
        />
      )}
      <ImportProgress />
      <p className="import-status" role="status" aria-live="polite">
        {pending && <span className="spinner" aria-hidden="true" />}
        {pending ? t.stage[stage] : ''}
        {failed ? p.failed(failed instanceof ImporterError ? (failed.code === 'start' ? p.workerFailed : p.crashed) : failed.message) : ''}
      </p>
    </section>
  );
}
