/**
 * The analysis model of one dataset: the only place analysis results are kept between calls.
 * `createAnalysis(cube)` owns one memo keyed by what a view asks (metric, period, street, per-capita
 * base, …), within one memory budget in bytes (least recently used entries go first), and
 * `dispose()` empties it. Analysis functions are plain functions of their arguments: the ones
 * that reuse work take the model as their first argument and ask it through `memo`.
 *
 * The memo keys on the cube's content only (observations, units, periods, metrics), never on
 * display fields such as the dataset's name: a renamed dataset keeps its model (see sameCube).
 */
import type { Dataset } from '../../data/dataset/dataset';
import { HOME_FILES_KEY, packedFilesBytes } from '../column-files';
import { unpackColumns, type MetricColumns } from '../metric-index';
import { nameOrderFrom } from '../unit-scope';
import type { PackedCube } from './cube';
import { imbalanceEntries, orderEntries, rollUpEntries, rollUpsBytes, type PackedRollUps } from './roll-ups';

/** What the model holds, for tests and the bench. */
export interface AnalysisUsage {
  /** Entries in the memo (the cube's pinned ones not counted). */
  readonly entries: number;
  /** Their estimated size, bytes. */
  readonly bytes: number;
  /** The budget of those entries, bytes. */
  readonly budget: number;
  /** The cube handed over by the import worker, held outside the budget and never evicted (it is the data, not a cache), bytes. */
  readonly pinnedBytes: number;
  /** Results computed (misses) since the model was created. */
  readonly computed: number;
  /** Entries evicted to stay within the budget. */
  readonly evicted: number;
}

export interface Analysis {
  /** The dataset the model analyses (read-only; its display fields may be stale after a rename). */
  readonly cube: Dataset;
  /** Names the cube's content (id, import time, size), for caches outside the model (react-query keys). */
  readonly key: string;
  /**
   * The result for `key`, computed by `compute` on the first ask and kept while the budget allows.
   * `key` names the function and every argument the result depends on (`order|reemployed|2024-Q2|1000|`).
   * Results are shared: callers must not mutate them. `size` gives the bytes the result holds of
   * its own when estimateBytes would count memory it shares with another entry.
   */
  memo<T>(key: string, compute: () => T, size?: (value: T) => number): T;
  /** What the import worker handed over under `key` (pinned with the cube or its roll-ups), else undefined; never computes. */
  pinned<T>(key: string): T | undefined;
  /**
   * Pins the worker's rolled-up values (rollUpCube), which arrive after the cube: from then on a
   * view's periodValues reads them instead of rolling up here (the same results either way), and
   * imbalanceNumbers reads the numbers the worker computed from them (rollUps.imbalance), and
   * sharedFiniteOrder the worker's sorts (rollUps.orders). Needs the cube the model was started with; ignored after dispose() or when already pinned.
   */
  pinRollUps(rollUps: PackedRollUps): void;
  /** What the memo holds now. */
  usage(): AnalysisUsage;
  /** Drops every kept result; the model stays usable (it computes again when asked). */
  dispose(): void;
}

export interface AnalysisOptions {
  /** Memory budget of the memo, bytes. Default: defaultBudget(cube). */
  readonly budgetBytes?: number;
  /** The cube built by the import worker (packCube): put in the memo at once, so no pass over the observations and no name sort here. */
  readonly cube?: PackedCube;
  /** The rolled-up part of the cube (rollUpCube), when already at hand (a dataset reopened from IndexedDB); needs `cube`. */
  readonly rollUps?: PackedRollUps;
}

/**
 * The default memo budget: 8 bytes per observation, at least 16 MB so that a small dataset keeps
 * everything it is asked. With the dataset (about 23 bytes per observation) and the worker's cube
 * (9 per stored cell; the files of each cell's number cost 2 bytes per unit once, and 6 per unit
 * resent in a file other than its usual one, however many files the columns mix), a city stays
 * under 40 bytes per observation in all, one file per street as well as one per period. Once the worker's
 * roll-ups are pinned (rolledUpBudget) the memo no longer keeps roll-ups, and its budget shrinks by them.
 */
export function defaultBudget(cube: Dataset): number {
  return Math.max(16 * 2 ** 20, 8 * cube.obs.value.length);
}

/**
 * The default budget once `rollUpBytes` of roll-ups are pinned: smaller by them, but never under 2
 * bytes per observation (at least 8 MB), what sort orders, ranks and per-capita values need.
 */
export function rolledUpBudget(cube: Dataset, rollUpBytes: number): number {
  return Math.max(8 * 2 ** 20, 2 * cube.obs.value.length, defaultBudget(cube) - rollUpBytes);
}

interface Entry {
  readonly value: unknown;
  readonly bytes: number;
}

/** Creates the analysis model of `cube`. Cheap: nothing is computed until a view asks. */
export function createAnalysis(cube: Dataset, options: AnalysisOptions = {}): Analysis {
  let budget = options.budgetBytes ?? defaultBudget(cube);
  // Insertion order is recency order: a hit moves its entry to the end, eviction takes the front.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let computed = 0;
  let evicted = 0;
  // The worker's cube: read like memo entries, but not evicted (the page could only rebuild it by a
  // pass over the observations) and not counted against the budget.
  const pinned = new Map<string, unknown>();
  let pinnedBytes = 0;
  const put = (key: string, value: unknown, size: number): void => {
    pinned.set(key, value);
    pinnedBytes += size;
  };
  // With a cube: one all-zero row per unit, shared by its all-exact qualifier rows and every result with no partial value.
  const zeros = new Uint8Array(options.cube ? cube.units.length : 0);
  if (options.cube) {
    const { columns, unitAt, streets } = options.cube;
    if (unitAt.length !== cube.units.length || streets.ids.length !== cube.units.length) {
      throw new Error(`packed cube of ${unitAt.length} units does not fit dataset ${cube.id} (${cube.units.length} units)`);
    }
    put('zeros', zeros, zeros.byteLength);
    // The packed buffers, counted once (under the first metric), not again per metric.
    const own = columns.values.byteLength + columns.qualifiers.byteLength + columns.qualifierRow.byteLength + packedFilesBytes(columns);
    cube.metrics.forEach((_, m) => put(`columns|${m}`, unpackColumns(cube, columns, m, zeros), m === 0 ? own : OBJECT_BYTES));
    put(HOME_FILES_KEY, columns.homeFile, OBJECT_BYTES);
    put('name-order', nameOrderFrom(unitAt), 2 * unitAt.byteLength);
    put('street-ids', streets, estimateBytes(streets));
  }
  let disposed = false;
  let rolledUp = false;
  const pinRollUps = (rollUps: PackedRollUps): void => {
    if (disposed || rolledUp) return;
    if (!options.cube) throw new Error(`roll-ups pinned in a model of ${cube.id} started without a cube`);
    rolledUp = true;
    const stored = (m: number) => pinned.get(`columns|${m}`) as MetricColumns | undefined;
    const entriesOf = rollUpEntries(cube, rollUps, stored, zeros);
    // Results rolled up here before the roll-ups came are the same values: the pinned ones replace them.
    entriesOf.forEach(([key, value], k) => {
      put(key, value, k === 0 ? rollUpsBytes(rollUps) : OBJECT_BYTES);
      drop(key);
    });
    // The worker's imbalance numbers (their buffer is counted in rollUpsBytes above).
    for (const [key, value] of imbalanceEntries(rollUps)) {
      put(key, value, OBJECT_BYTES);
      drop(key);
    }
    // The worker's sorts (counted in rollUpsBytes too), read by sharedFiniteOrder.
    for (const [key, value] of orderEntries(rollUps)) put(key, value, OBJECT_BYTES);
    if (options.budgetBytes === undefined) {
      budget = rolledUpBudget(cube, rollUpsBytes(rollUps));
      evictOver();
    }
  };
  /** Evicts least recently used entries until the memo is within its budget (`keep` stays). */
  const evictOver = (keep?: string): void => {
    for (const [k, e] of entries) {
      if (bytes <= budget || k === keep) break;
      entries.delete(k);
      bytes -= e.bytes;
      evicted++;
    }
  };
  const drop = (key: string): void => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.bytes;
  };
  if (options.rollUps) pinRollUps(options.rollUps);
  return {
    cube,
    key: `${cube.id}|${cube.createdAt}|${cube.obs.value.length}`,
    memo<T>(key: string, compute: () => T, size?: (value: T) => number): T {
      // Pinned values are never undefined: one lookup tells.
      const held = pinned.get(key);
      if (held !== undefined) return held as T;
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as T;
      }
      const value = compute();
      computed++;
      const own = size ? size(value) : estimateBytes(value);
      // A nested ask may have stored this key meanwhile (a roll-up asking its own prefix): replace it.
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.bytes;
      }
      entries.set(key, { value, bytes: own });
      bytes += own;
      evictOver(key);
      return value;
    },
    pinned: <T>(key: string) => pinned.get(key) as T | undefined,
    pinRollUps,
    usage: () => ({ entries: entries.size, bytes, budget, pinnedBytes, computed, evicted }),
    dispose() {
      entries.clear();
      bytes = 0;
      pinned.clear();
      pinnedBytes = 0;
      disposed = true;
    },
  };
}

/** Fixed cost of an object or array, bytes (headers, hidden class, a few fields). */
const OBJECT_BYTES = 64;

/**
 * A result's size in bytes, estimated: typed arrays by their byte length, arrays and plain
 * objects by a fixed cost per element or field, two levels deep. Getters are not called.
 */
export function estimateBytes(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object') return 16;
  if (ArrayBuffer.isView(value)) return value.byteLength + OBJECT_BYTES;
  if (depth >= 3) return OBJECT_BYTES;
  let total = OBJECT_BYTES;
  if (Array.isArray(value)) {
    const sample = value.length > 0 ? estimateBytes(value[0], depth + 1) : 0;
    return total + value.length * (8 + sample);
  }
  if (value instanceof Map) return total + value.size * 2 * OBJECT_BYTES;
  for (const key of Object.keys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    total += 16 + (d && 'value' in d ? estimateBytes(d.value, depth + 1) : 0);
  }
  return total;
}

/**
 * True when `next` is the cube `model` analyses, perhaps with other display fields (a renamed
 * dataset shares the observation arrays): the model's results hold for it.
 */
export function sameCube(model: Analysis, next: Dataset): boolean {
  const a = model.cube;
  return a.id === next.id && a.obs === next.obs && a.units === next.units && a.periods === next.periods && a.metrics === next.metrics;
}
