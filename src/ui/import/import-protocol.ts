/**
 * Messages between the import client and the import Web Worker. Only plain JSON and transferable
 * ArrayBuffers cross: the dataset travels as packDataset's meta plus its column buffers, and the
 * cube the views read (packCube: every metric's dense columns, the name order, the street table),
 * then its rolled-up periods (rollUpCube) in a message of their own.
 */
import type { FileLimits } from '../../data/decode/file-limits';
import type { ImportReport } from '../../data/report/import-report';
import type { PackedCube } from '../../analysis/model/cube';
import type { PackedRollUps } from '../../analysis/model/roll-ups';
import type { packDataset } from '../../data/dataset/pack-dataset';
import type { CommitResult } from '../../storage/dataset-store';

/** packDataset's JSON part. */
export type PackedMeta = ReturnType<typeof packDataset>['meta'];

/** Options the worker passes on to importFiles (the existing dataset travels packed). */
export interface ImportRequestOptions {
  readonly datasetName?: string;
  readonly isSample?: boolean;
  readonly id?: string;
  readonly createdAt?: string;
  /**
   * Size limits for the import's own checks (default FILE_LIMITS). After 仍然导入 the client sends
   * CONFIRMED_LIMITS, so a file the person chose to import anyway is not blocked again inside.
   */
  readonly limits?: FileLimits;
  /** The files correct the dataset they are added to (以本次导入为准，更正已有数据; ImportOptions.correctExisting). */
  readonly correctExisting?: boolean;
}

export interface ImportRequest {
  /** Files already in memory (transferred). Used when `blobs` is absent. */
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  /**
   * Files as Blobs/Files (structured-cloned handles, not their bytes): the worker reads them in
   * chunks (STREAM_CHUNK_BYTES) and streams them through the fast import, posting progress.
   */
  readonly blobs?: readonly { readonly name: string; readonly blob: Blob }[];
  readonly opts: ImportRequestOptions;
  /** A dataset to merge into, packed (copied, not transferred: the page still shows it). */
  readonly existing?: { readonly meta: PackedMeta; readonly buffers: readonly ArrayBuffer[] };
  /**
   * Save an accepted import in IndexedDB from the worker, after posting `done`: hashing the
   * original files and cloning the dataset into the store then cost the worker, not the page.
   * `replaceId`: the saved dataset this import replaces.
   */
  readonly save?: { readonly replaceId?: string };
}

/**
 * The page's second message, after `done` with a dataset to roll up or save: the page has shown the
 * dataset and settled, so the worker's roll-ups and the save to IndexedDB (seconds of CPU and disk
 * for a city) no longer compete with the person's first clicks, on a machine of two cores.
 */
export interface ResumeRequest {
  readonly kind: 'resume';
}

/** How far the import is; posted at most every ~100 ms. */
export interface ImportProgressInfo {
  /** Bytes read so far (all files) and in total. */
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Data rows read so far. */
  readonly rows: number;
  /** 'stream': chunked fast path; 'general': whole-file path (no finer progress); 'pack': sending the result. */
  readonly phase: 'stream' | 'general' | 'pack';
}

export type ImportResponse =
  | { readonly kind: 'progress'; readonly progress: ImportProgressInfo }
  | {
    readonly kind: 'done'; readonly report: ImportReport;
    readonly packed: { readonly meta: PackedMeta; readonly buffers: ArrayBuffer[] } | null;
    /** The cube the views read (packCube), built here so the page starts its analysis model with it. */
    readonly cube?: PackedCube;
  }
  /**
   * The rolled-up periods of the cube (rollUpCube), computed when the page asks after `done` (only
   * when `done` carried a cube; ResumeRequest): the page's model pins them.
   */
  | { readonly kind: 'rollUps'; readonly rollUps: PackedRollUps }
  /** The save asked for by `ImportRequest.save`, after `done` (only for an accepted import). */
  | { readonly kind: 'saved'; readonly result: CommitResult }
  /** A programmer error inside the worker (user-data problems come back in the report). */
  | { readonly kind: 'crash'; readonly message: string };
