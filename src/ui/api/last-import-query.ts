/**
 * The import: read the files, import them in the worker, show the dataset when the import is ok,
 * then save it in IndexedDB. The outcome (ok or blocked, and the save result) is kept in the query
 * cache so the 数据 view can show the report of an import started anywhere (picker or page drop).
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Dataset } from '../../data/dataset/dataset';
import { correctsExisting, refusedFiles } from '../../data/report/import-report';
import type { ImportOutcome } from '../import/import-client';
import type { StoreFailureReason } from '../../storage/store-result';
import { afterSave, persistImport, storeIsEmpty } from '../data-manager/persist-import';
import { showDataset } from './dataset-query';
import { IMPORT_MUTATION_KEY } from '../import/use-leave-warning';

/** The outcome of saving an accepted import in this browser. */
export type SaveOutcome =
  | { readonly state: 'saving' }
  | { readonly state: 'saved' }
  /**
   * `reason` is the storage failure's code ('exception' when the save threw); SaveNotice words it
   * in the UI language. `detail` is for the console only.
   */
  | { readonly state: 'failed'; readonly reason: StoreFailureReason | 'exception'; readonly detail: string };

export interface LastImport extends ImportOutcome {
  /** Local time the import finished, ISO. */
  readonly at: string;
  /** null when nothing was to be saved (blocked import). */
  readonly save: SaveOutcome | null;
  /** The import was added to the dataset on screen. */
  readonly appended: boolean;
  /**
   * When the size check blocked it and 仍然导入 would go on (`confirmable`): what to import again
   * (the same File handles, in memory only) with `confirmLarge`.
   */
  readonly retry?: ImportVariables;
  /**
   * When the only errors refused some files whole (damaged, encrypted, a PDF): the other files, to
   * import without them (导入其余文件), and the names of those left out.
   */
  readonly rest?: { readonly vars: ImportVariables; readonly left: readonly string[] };
  /**
   * When the only errors are numbers that differ from the dataset added to (a corrected month):
   * the same import as a correction (以本次导入为准，更正已有数据).
   */
  readonly correct?: ImportVariables;
}

export const lastImportQueryKey = ['import', 'last'] as const;

export function lastImportQueryOptions() {
  return queryOptions({
    queryKey: lastImportQueryKey,
    queryFn: (): LastImport | null => null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** What an import needs besides the files. */
export interface ImportVariables {
  readonly files: readonly File[];
  /** Merge into this (saved, non-sample) dataset instead of making a new one. */
  readonly mergeInto?: Dataset;
  /** The person chose 仍然导入 after the size message: import under CONFIRMED_LIMITS. */
  readonly confirmLarge?: boolean;
  /** The person chose 以本次导入为准，更正已有数据: differing numbers replace `mergeInto`'s. */
  readonly correctExisting?: boolean;
}

/** Where an import is: starting, importing (ImportProgress shows how far), or saving. */
export type ImportStage = 'reading' | 'importing' | 'saving';

async function readAll(files: readonly File[]): Promise<{ name: string; bytes: ArrayBuffer }[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

/**
 * Runs one import and, when accepted, shows and saves it. A blocked import changes nothing: not
 * the screen, not storage. Exported for tests; the app uses useImportFiles.
 */
export async function importAndSave(
  client: QueryClient, { files, mergeInto, confirmLarge, correctExisting }: ImportVariables,
  onStage: (s: ImportStage) => void = () => undefined,
): Promise<LastImport> {
  onStage('reading');
  const { runImportFiles } = await import('../import/import-client');
  // Read before the import: the worker may save it before this function looks again.
  const wasEmpty = mergeInto === undefined && await storeIsEmpty();
  onStage('importing');
  // Size limits first, then a streamed import in the worker with progress and 取消 (ImportProgress);
  // the worker also saves an accepted import (no main-thread hashing or cloning of the data).
  // The cube and its roll-ups go to the model only: the kept outcome does not hold them past the dataset.
  const { saved, cube, rollUps, ...outcome } = await runImportFiles(files, {
    // Named by the import: a new dataset from its files (defaultDatasetName), a merged one keeps its
    // name unless it is still the import's own, which then counts the added files (appendedDatasetName).
    existing: mergeInto, confirmLarge,
    ...(mergeInto && correctExisting ? { correctExisting } : {}), save: { replaceId: mergeInto?.id },
  });
  const at = new Date().toISOString();
  const appended = mergeInto !== undefined;
  if (!outcome.dataset || outcome.report.status !== 'ok') {
    const left = refusedFiles(outcome.report);
    // (The report names the files in the order given, a resent one as 三月（第2次导入）.csv.)
    const rest = left ? { vars: { files: files.filter((_, i) => !left.includes(outcome.report.files[i] ?? '')), mergeInto }, left } : null;
    const correct = mergeInto && correctsExisting(outcome.report) ? { files, mergeInto, correctExisting: true } : null;
    return {
      ...outcome, at, save: null, appended, ...(outcome.confirmable === true ? { retry: { files, mergeInto } } : {}),
      ...(rest ? { rest } : {}), ...(correct ? { correct } : {}),
    };
  }
  const { dataset, report } = outcome;
  // Shown at once, with the cube the worker built; its roll-ups follow (the model rolls up as views ask
  // until they come); the worker saves meanwhile.
  await showDataset(client, cube ? { dataset, report, cube, ...(rollUps ? { rollUps } : {}) } : { dataset, report });
  client.setQueryData(lastImportQueryKey, { ...outcome, at, save: { state: 'saving' }, appended });
  onStage('saving');
  let save: SaveOutcome;
  try {
    // The original bytes are kept with the dataset (a later parser fix can re-derive the values).
    // Without a worker (or when it did not save), this thread saves.
    const result = saved
      ? await afterSave(await saved, wasEmpty, client)
      : await persistImport({ dataset, report, files: await readAll(files), replaceId: mergeInto?.id }, { client });
    if (!result.ok) console.error('[保存导入]', result.reason, result.detail);
    save = result.ok ? { state: 'saved' } : { state: 'failed', reason: result.reason, detail: result.detail };
  } catch (err) {
    console.error('[保存导入]', err);
    save = { state: 'failed', reason: 'exception', detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
  return { ...outcome, at, save, appended };
}

/** Whether an import error is the person pressing 取消导入 (not a failure to report). */
export function isImportCancelled(err: unknown): boolean {
  return err instanceof Error && err.name === 'ImportCancelledError';
}

/** Import mutation plus the stage it is at (for the status line). */
export function useImportFiles() {
  const client = useQueryClient();
  const [stage, setStage] = useState<ImportStage>('reading');
  const mutation = useMutation({
    mutationKey: IMPORT_MUTATION_KEY,
    mutationFn: (vars: ImportVariables) => importAndSave(client, vars, setStage),
    onSuccess: (result) => client.setQueryData(lastImportQueryKey, result),
  });
  return { ...mutation, stage };
}
