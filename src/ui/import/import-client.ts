/**
 * Runs an import in a module Web Worker (one worker per import, ended afterwards), falling back to
 * calling importFiles on this thread where there is no Worker (jsdom, node tests).
 *
 * `runImportFiles` is the big-file entry: it checks the size limits before any work, hands the
 * File handles to the worker (which reads 4 MB slices and posts progress), publishes progress in
 * `importActivity` (for ImportProgress) and can be cancelled with `cancelImport()`: the worker is
 * terminated, nothing is committed, and the promise rejects with ImportCancelledError.
 */
import type { PackedCube } from '../../analysis/model/cube';
import type { PackedRollUps } from '../../analysis/model/roll-ups';
import type { Dataset } from '../../data/dataset/dataset';
import { importFiles } from '../../data/pipeline/import-files';
import { workbookLibFor } from '../../data/rows/load-workbook-lib';
import type { ImportReport } from '../../data/report/import-report';
import { emptyCounts } from '../../data/report/import-report';
import { packDataset, unpackDataset } from '../../data/dataset/pack-dataset';
import { CONFIRMED_LIMITS } from '../../data/decode/file-limits';
import { checkImportSize } from '../../data/decode/stream-limits';
import { storeFailure } from '../../storage/store-result';
import type { CommitResult } from '../../storage/dataset-store';
import { createStore } from '../shared/create-store';
import { whenIdle } from '../shared/when-idle';
import type { ImportProgressInfo, ImportRequest, ImportRequestOptions, ImportResponse, ResumeRequest } from './import-protocol';

/** A file read into memory, ready to import. */
export interface FileBytes {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** The result of one import: the dataset (null when blocked: nothing changed) and its report. */
export interface ImportOutcome {
  readonly dataset: Dataset | null;
  readonly report: ImportReport;
  /**
   * Blocked before any work by the size check, and 仍然导入 (runImportFiles with `confirmLarge`)
   * would accept it. Absent otherwise.
   */
  readonly confirmable?: boolean;
  /**
   * When the worker saves the accepted import itself (RunImportOptions.save): the save's result.
   * Absent when there is nothing to save or no worker ran (then the caller saves).
   */
  readonly saved?: Promise<CommitResult>;
  /** The cube the views read, built by the worker (absent without a worker): for createAnalysis. */
  readonly cube?: PackedCube;
  /**
   * With `cube`: its rolled-up periods, which the worker posts after the dataset (for
   * Analysis.pinRollUps); resolves undefined when the worker fails before they come.
   */
  readonly rollUps?: Promise<PackedRollUps | undefined>;
}

/** Options of runImportFiles: the worker's options, the dataset to add to, and the size choice. */
export interface RunImportOptions extends ImportRequestOptions {
  readonly existing?: Dataset;
  /**
   * The person read the size message and chose 仍然导入: check against CONFIRMED_LIMITS only and
   * import with them (the pre-check and the import's own size checks both relax).
   */
  readonly confirmLarge?: boolean;
  /** Save an accepted import from the worker (ImportRequest.save); ignored without a Worker. */
  readonly save?: ImportRequest['save'];
}

/** Thrown (as a rejection) when the user cancels an import; the shown data did not change. */
export class ImportCancelledError extends Error {
  constructor() {
    super('已取消导入，原有数据未改变');
    this.name = 'ImportCancelledError';
  }
}

/**
 * The import machinery itself failed (not the user's data): `crash` a bug inside the worker,
 * `start` the worker could not run. The UI words it from the code; the message is for the console.
 */
export class ImporterError extends Error {
  constructor(readonly code: 'crash' | 'start', detail: string) {
    super(detail);
    this.name = 'ImporterError';
  }
}

/** What the import machinery is doing, for the progress bar. */
export type ImportActivity =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: ImportProgressInfo | null }
  | { readonly state: 'cancelled' };

const activityStore = createStore<ImportActivity>({ state: 'idle' });
let active: { cancel: () => void } | null = null;

function setActivity(a: ImportActivity): void {
  activityStore.set(a);
}

/** The current import's progress (read it with useStore), and `reset` back to idle. */
export const importActivity = {
  get: activityStore.get,
  subscribe: activityStore.subscribe,
  /** Back to idle (e.g. after the cancelled note was shown). */
  reset(): void {
    if (activityStore.get().state !== 'running') setActivity({ state: 'idle' });
  },
};

/** Cancels the running import, if any. Returns whether there was one. */
export function cancelImport(): boolean {
  if (!active) return false;
  active.cancel();
  return true;
}

/** Reads browser File objects into memory. */
export async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

function blockedOutcome(report: Pick<ImportReport, 'issues' | 'files'>): ImportOutcome {
  return { dataset: null, report: { status: 'blocked', files: report.files, counts: emptyCounts(), issues: report.issues, rows: [], observations: 0 } };
}

/**
 * Imports browser Files (the big-file path): size limits first, then a streamed import in the
 * worker with progress. Where there is no Worker, reads the files and imports on this thread.
 */
export async function runImportFiles(files: readonly File[], options: RunImportOptions = {}): Promise<ImportOutcome> {
  const { confirmLarge = false, save, ...opts } = options;
  const heads = await Promise.all(files.map(async (f) => ({ name: f.name, size: f.size, head: new Uint8Array(await f.slice(0, 64 * 1024).arrayBuffer()) })));
  const tooBig = checkImportSize(heads, confirmLarge ? CONFIRMED_LIMITS : undefined);
  if (tooBig) {
    const blocked = blockedOutcome({ files: files.map((f) => f.name), issues: [tooBig.issue] });
    return !confirmLarge && tooBig.confirmable ? { ...blocked, confirmable: true } : blocked;
  }
  const run = confirmLarge ? { ...opts, limits: CONFIRMED_LIMITS } : opts;
  if (typeof Worker === 'undefined') return runImport(await readFiles(files), run);
  return inWorker({ files: [], blobs: files.map((f) => ({ name: f.name, blob: f })), save }, [], run);
}

/**
 * Imports files already in memory. The file buffers are transferred to the worker (they are not
 * usable afterwards); an `existing` dataset is copied, not transferred.
 */
export function runImport(
  files: readonly FileBytes[],
  opts: ImportRequestOptions & { existing?: Dataset } = {},
): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') {
    const { existing, ...rest } = opts;
    const inputs = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
    return workbookLibFor(inputs).then((workbookLib) => importFiles(inputs, { ...rest, existing, ...(workbookLib ? { workbookLib } : {}) }));
  }
  return inWorker({ files: files.map((f) => ({ name: f.name, bytes: f.bytes })) }, files.map((f) => f.bytes), opts);
}

function inWorker(
  input: Pick<ImportRequest, 'files' | 'blobs' | 'save'>, transfer: ArrayBuffer[], opts: ImportRequestOptions & { existing?: Dataset },
): Promise<ImportOutcome> {
  const { existing, ...rest } = opts;
  active?.cancel();
  return new Promise<ImportOutcome>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    // After `done`, the worker may still owe the roll-ups and the save (and then stores the cube):
    // it ends itself when it is through; the page ends it only on 取消 or a failure.
    let settleSave: ((r: CommitResult) => void) | undefined;
    let settleRollUps: ((r: PackedRollUps | undefined) => void) | undefined;
    const end = (): void => {
      worker.terminate();
      if (active === handle) active = null;
    };
    const handle = {
      cancel: () => {
        end();
        setActivity({ state: 'cancelled' });
        reject(new ImportCancelledError());
      },
    };
    active = handle;
    setActivity({ state: 'running', progress: null });
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      const msg = e.data;
      if (msg.kind === 'progress') {
        if (active === handle) setActivity({ state: 'running', progress: msg.progress });
        return;
      }
      if (msg.kind === 'saved') {
        settleSave?.(msg.result);
        settleSave = undefined;
        return;
      }
      if (msg.kind === 'crash' && failOwed(msg.message)) {
        console.error('[导入后台]', msg.message);
        return;
      }
      if (msg.kind === 'rollUps') {
        settleRollUps?.(msg.rollUps);
        settleRollUps = undefined;
        return;
      }
      const saving = msg.kind === 'done' && input.save !== undefined && msg.packed !== null && msg.report.status === 'ok';
      const rolling = msg.kind === 'done' && msg.packed !== null && msg.cube !== undefined;
      // The import is over (取消 no longer applies); the worker stays only to roll up and save.
      if (saving || rolling) {
        if (active === handle) active = null;
      } else {
        end();
      }
      setActivity({ state: 'idle' });
      if (msg.kind === 'crash') {
        reject(new ImporterError('crash', msg.message));
        return;
      }
      const saved = saving ? new Promise<CommitResult>((r) => { settleSave = r; }) : undefined;
      const rollUps = rolling ? new Promise<PackedRollUps | undefined>((r) => { settleRollUps = r; }) : undefined;
      // The dataset's buffers arrive with this message, and V8 may start a major GC for them now: the
      // page takes the dataset in the next task, so that collection does not lengthen the task that shows it.
      setTimeout(() => {
        const dataset = msg.packed ? unpackDataset(msg.packed.meta, msg.packed.buffers) : null;
        const cube = dataset && msg.cube ? { cube: msg.cube, ...(rollUps ? { rollUps } : {}) } : {};
        resolve(saved ? { dataset, report: msg.report, saved, ...cube } : { dataset, report: msg.report, ...cube });
      }, 0);
      // The roll-ups and the save are asked for once the page has shown the dataset and settled, so they
      // do not slow the first chart the person opens.
      if (rolling || saving) setTimeout(() => whenIdle(() => worker.postMessage({ kind: 'resume' } satisfies ResumeRequest)), SETTLE_MS);
    };
    // After `done` the page keeps the dataset; what the worker still owed is lost (the model rolls up itself).
    const failOwed = (detail: string): boolean => {
      if (!settleSave && !settleRollUps) return false;
      end();
      settleRollUps?.(undefined);
      settleSave?.(storeFailure('unknown', '导入', detail));
      settleRollUps = undefined;
      settleSave = undefined;
      return true;
    };
    worker.onerror = (e) => {
      if (failOwed(e.message || 'worker error')) return;
      end();
      setActivity({ state: 'idle' });
      reject(new ImporterError('start', e.message || 'worker error'));
    };
    const packed = existing ? packDataset(existing) : undefined;
    const request: ImportRequest = {
      ...input,
      opts: rest,
      // Copy the existing columns: the page keeps drawing them while the worker runs.
      existing: packed ? { meta: packed.meta, buffers: packed.transfer.map((b) => b.slice(0)) } : undefined,
    };
    worker.postMessage(request, transfer);
  });
}

/**
 * How long after the hand-over the worker's roll-ups and save wait (then for the page to be idle):
 * time for the first view the person opens to be drawn without them.
 */
export const SETTLE_MS = 1000;
