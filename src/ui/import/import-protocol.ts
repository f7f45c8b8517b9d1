/**
 * Messages between the import client and the import Web Worker. Only plain JSON and transferable
 * ArrayBuffers cross: the dataset travels as packDataset's meta plus its column buffers.
 */
import type { ImportReport } from '../../data/import-report';
import type { packDataset } from '../../data/pack-dataset';

/** packDataset's JSON part. */
export type PackedMeta = ReturnType<typeof packDataset>['meta'];

/** Options the worker passes on to importFiles (the existing dataset travels packed). */
export interface ImportRequestOptions {
  readonly datasetName?: string;
  readonly isSample?: boolean;
  readonly id?: string;
  readonly createdAt?: string;
}

export interface ImportRequest {
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly opts: ImportRequestOptions;
  /** A dataset to merge into, packed (copied, not transferred: the page still shows it). */
  readonly existing?: { readonly meta: PackedMeta; readonly buffers: readonly ArrayBuffer[] };
}

export type ImportResponse =
  | { readonly kind: 'done'; readonly report: ImportReport; readonly packed: { readonly meta: PackedMeta; readonly buffers: ArrayBuffer[] } | null }
  /** A programmer error inside the worker (user-data problems come back in the report). */
  | { readonly kind: 'crash'; readonly message: string };
