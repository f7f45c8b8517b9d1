/**
 * The save of an accepted import as the import worker runs it (import.worker.ts): the original
 * files and the dataset go into IndexedDB from the worker, so the SHA-256 of a 200 MB file and the
 * structured clone of 4 million observations never block the page. Files that came as Blobs (a
 * chosen File) are stored as Blobs, which the browser writes without copying them through script.
 * The transaction is the same as a save from the page (commitImport): all or nothing.
 */
import type { Dataset } from '../../data/dataset/dataset';
import type { ImportReport } from '../../data/report/import-report';
import type { StoreTarget } from '../../storage/connection';
import { commitImport, type CommitInput, type CommitResult } from '../../storage/dataset-store';
import { storeFailure } from '../../storage/store-result';

export interface WorkerSaveInput {
  readonly dataset: Dataset;
  readonly report: ImportReport;
  /** The files as sent to the worker: in memory, or as Blobs (then `files` is empty). */
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly blobs?: readonly { readonly name: string; readonly blob: Blob }[];
  readonly replaceId?: string;
  /** The cube the worker built and rolled up, stored with the dataset for reopening. */
  readonly cube?: CommitInput['cube'];
}

/** Commits the import; never throws (an unexpected error comes back as an 'unknown' failure). */
export async function saveInWorker(input: WorkerSaveInput, target: StoreTarget = {}): Promise<CommitResult> {
  try {
    const rawFiles = input.blobs ? input.blobs.map((b) => ({ name: b.name, bytes: b.blob })) : input.files;
    const { dataset, report, replaceId, cube } = input;
    return await commitImport({ dataset, report, rawFiles, replaceId, ...(cube ? { cube } : {}) }, target);
  } catch (err) {
    return storeFailure('unknown', '导入', err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
}
