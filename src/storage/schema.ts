/**
 * The IndexedDB schema of Shequ Compare: store names, record shapes and the cumulative upgrade.
 * Dataset metadata is kept apart from the (large) payload so the 数据管理 list never loads observations.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PackedCube } from '../analysis/model/cube';
import type { PackedRollUps } from '../analysis/model/roll-ups';
import type { Dataset } from '../data/dataset/dataset';
import type { ImportIssue, RowCounts } from '../data/report/import-report';

/** Database name used by the app. Tests pass their own names. */
export const DB_NAME = 'shequ-compare';
/** Current schema version. Bump it and add a `case` to `upgradeSchema` for every change. */
export const DB_VERSION = 2;

/** One source file of a stored dataset, as listed in 数据管理. */
export interface StoredFileInfo {
  readonly name: string;
  /** Detected or chosen encoding (utf-8, gb18030, utf-16le, utf-16be). */
  readonly encoding: string;
  /** Size of the original file in bytes. */
  readonly bytes: number;
  /** Hex SHA-256 of the original bytes; '' when the original was not kept. */
  readonly sha256: string;
}

/** Summary of one stored dataset (store `datasets`, key `id`). Small: read for every list. */
export interface DatasetMeta {
  readonly id: string;
  readonly name: string;
  /** ISO timestamp of the first import. */
  readonly createdAt: string;
  /** ISO timestamp of the last commit or rename. */
  readonly updatedAt: string;
  readonly files: readonly StoredFileInfo[];
  readonly unitCount: number;
  /** Streets/towns (街道/镇) among the units, '' not counted. */
  readonly parentCount: number;
  readonly periodCount: number;
  readonly metricCount: number;
  readonly observationCount: number;
  /**
   * Observations with a number (not a blank cell, “—” or text): what the 数据 view's 数值 tile says.
   * Absent in a summary saved before it was kept; the list then shows observationCount, marked 含空白.
   */
  readonly numberCount?: number;
  /** Earliest and latest period key, '' when the dataset has no periods. */
  readonly firstPeriod: string;
  readonly lastPeriod: string;
  readonly isSample: boolean;
}

/** An original file kept byte for byte (store `rawFiles`, key [datasetId, name]). */
export interface RawFileRecord {
  readonly datasetId: string;
  readonly name: string;
  /** The file's bytes: a Blob when the import worker saved it (the File itself), else an ArrayBuffer. */
  readonly bytes: ArrayBuffer | Blob;
  /** Hex SHA-256 of `bytes`. */
  readonly sha256: string;
}

/** What one import did (store `importLog`, auto-increment key). */
export interface ImportLogEntry {
  readonly id?: number;
  readonly datasetId: string;
  /** ISO timestamp of the commit. */
  readonly at: string;
  readonly files: readonly string[];
  readonly counts: RowCounts;
  readonly observations: number;
  /** Observations with a number (entries saved before 2026-12 have none). */
  readonly values?: number;
  /** An import onto saved data (追加): the numbers it added and, as a correction, replaced (entries saved before 2026-12-06 have none). */
  readonly added?: number;
  readonly corrected?: number;
  readonly errorCount: number;
  readonly warningCount: number;
  /** The first issues of the report (capped, see `issuesOmitted`). */
  readonly issues: readonly ImportIssue[];
  /** Issues not stored because of the cap. */
  readonly issuesOmitted: number;
}

/**
 * The cube of a stored dataset as the import worker built it (store `cubes`, key `id`, since
 * version 2): read with the payload on reopen, so the page starts its analysis model with it
 * instead of a pass over the observations and the roll-ups. Datasets saved before version 2, or
 * saved from the page, have none: their model rolls up when views ask, as then.
 */
export interface CubeRecord {
  readonly id: string;
  readonly cube: PackedCube;
  readonly rollUps: PackedRollUps;
}

export interface ShequSchema extends DBSchema {
  datasets: { key: string; value: DatasetMeta };
  payloads: { key: string; value: Dataset };
  cubes: { key: string; value: CubeRecord };
  rawFiles: { key: [string, string]; value: RawFileRecord };
  importLog: { key: number; value: ImportLogEntry; indexes: { 'by-dataset': string } };
  settings: { key: string; value: unknown };
}

export type ShequDatabase = IDBPDatabase<ShequSchema>;
export type ShequStoreName = StoreNames<ShequSchema>;

/** Every store: a commit or delete touches them all in one transaction. */
export const ALL_STORES: readonly ShequStoreName[] = ['datasets', 'payloads', 'cubes', 'rawFiles', 'importLog', 'settings'];

/** Setting key holding the id of the dataset the views show. */
export const CURRENT_DATASET_KEY = 'currentDatasetId';

/**
 * Applies every schema step from `oldVersion` up to `newVersion`, in order, inside the upgrade
 * transaction. A throw aborts the open and leaves the database at its old version (nothing lost).
 */
export function upgradeSchema(
  db: ShequDatabase,
  oldVersion: number,
  newVersion: number,
  _tx: IDBPTransaction<ShequSchema, ShequStoreName[], 'versionchange'>,
): void {
  for (let from = oldVersion; from < newVersion; from++) {
    switch (from) {
      case 0: {
        db.createObjectStore('datasets', { keyPath: 'id' });
        db.createObjectStore('payloads', { keyPath: 'id' });
        db.createObjectStore('rawFiles', { keyPath: ['datasetId', 'name'] });
        const log = db.createObjectStore('importLog', { keyPath: 'id', autoIncrement: true });
        log.createIndex('by-dataset', 'datasetId');
        db.createObjectStore('settings');
        break;
      }
      case 1:
        // Saved datasets keep opening without a cube (their model rolls up on demand).
        db.createObjectStore('cubes', { keyPath: 'id' });
        break;
      // case 2: the v2 → v3 step goes here (use `_tx` to rewrite records); keep every old step.
      default:
        throw new Error(`no schema step from version ${from}`);
    }
  }
}
