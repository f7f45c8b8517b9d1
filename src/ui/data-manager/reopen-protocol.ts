/**
 * Messages between the page and the reopen Web Worker (reopen.worker.ts), which reads a saved
 * dataset and its cube from IndexedDB off the page and hands them over as transferable buffers,
 * in the import worker's shapes: `done` with the packed dataset and the cube (with its roll-ups
 * when they were stored), then `rollUps` when the worker had to roll up itself.
 */
import type { PackedCube } from '../../analysis/model/cube';
import type { PackedRollUps } from '../../analysis/model/roll-ups';
import type { PackedMeta } from '../import/import-protocol';

export interface ReopenRequest {
  /** The saved dataset to open; null: the current one (CURRENT_DATASET_KEY). */
  readonly id: string | null;
  /** Database name (tests); default DB_NAME. */
  readonly dbName?: string;
}

export type ReopenResponse =
  | {
    readonly kind: 'done';
    /** null: nothing saved under that id (or no current dataset). */
    readonly packed: { readonly meta: PackedMeta; readonly buffers: ArrayBuffer[] } | null;
    readonly cube?: PackedCube;
    /** Present when they were stored with the dataset; otherwise a `rollUps` message follows. */
    readonly rollUps?: PackedRollUps;
  }
  | { readonly kind: 'rollUps'; readonly rollUps: PackedRollUps }
  | { readonly kind: 'crash'; readonly message: string };
