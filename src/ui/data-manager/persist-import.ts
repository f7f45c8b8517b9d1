/**
 * Glue between an import and IndexedDB for the app shell: save an accepted import (and ask for
 * persistent storage after the first one), and restore the saved current dataset at start-up.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../../data/dataset/dataset';
import type { ImportReport } from '../../data/report/import-report';
import {
  commitImport, listDatasets,
  type CommitResult, type RawFileInput,
} from '../../storage/dataset-store';
import type { StoreTarget } from '../../storage/connection';
import { requestPersistence, type PersistenceStatus } from '../../storage/storage-manager';
import { invalidateStorageQueries } from './datasets-query';
import { reopenSaved, type ReopenedDataset } from './reopen-client';

export interface PersistImportInput {
  readonly dataset: Dataset;
  readonly report: ImportReport;
  /**
   * The original files. Read them again from the File objects (or copy the buffers) after the
   * worker import: runImport transfers its buffers, which leaves them empty.
   */
  readonly files: readonly RawFileInput[];
  /** Id of the saved dataset the import was added to (atomic replace); omit for a new dataset. */
  readonly replaceId?: string;
}

export interface PersistImportOptions {
  readonly signal?: AbortSignal;
  readonly client?: QueryClient;
  readonly store?: StoreTarget;
}

/** The commit result, plus the persistence answer when this was the first saved dataset. */
export type PersistImportResult = CommitResult & { readonly persistence?: PersistenceStatus };

/**
 * Saves an accepted import from this thread. On failure nothing changed and `message` says so in
 * Chinese; show it. The synthetic sample is never saved (it is rebuilt at every start).
 * (In the app the import worker saves instead, see RunImportOptions.save; this is the fallback.)
 */
export async function persistImport(input: PersistImportInput, opts: PersistImportOptions = {}): Promise<PersistImportResult> {
  if (input.dataset.isSample) throw new Error('persistImport: the sample dataset is not saved');
  const wasEmpty = await storeIsEmpty(opts.store);
  const result = await commitImport(
    { dataset: input.dataset, report: input.report, rawFiles: input.files, replaceId: input.replaceId },
    { ...opts.store, signal: opts.signal },
  );
  return afterSave(result, wasEmpty, opts.client);
}

/** Whether no dataset is saved yet (read before a save, for afterSave). */
export async function storeIsEmpty(store?: StoreTarget): Promise<boolean> {
  return (await listDatasets(store).catch(() => [])).length === 0;
}

/**
 * What follows a save, wherever it ran: the storage queries refreshed and, after the first saved
 * dataset, the browser asked not to evict the data (navigator.storage.persist).
 */
export async function afterSave(result: CommitResult, wasEmpty: boolean, client?: QueryClient): Promise<PersistImportResult> {
  if (client) await invalidateStorageQueries(client);
  if (!result.ok || !wasEmpty) return result;
  const persistence = await requestPersistence();
  if (client) await invalidateStorageQueries(client);
  return { ...result, persistence };
}

/**
 * The saved current dataset with its cube and roll-ups, read in a worker (reopenSaved), or null
 * when none is saved (or storage cannot be read).
 */
export async function restoreSavedDataset(store?: StoreTarget): Promise<ReopenedDataset | null> {
  try {
    return await reopenSaved(null, store);
  } catch {
    // Storage unavailable (private mode, blocked): the app still works with the sample.
    return null;
  }
}
