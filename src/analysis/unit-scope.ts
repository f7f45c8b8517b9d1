/**
 * Which units a view looks at (all, or one street/town) and which of their values may be ranked
 * against each other. Shared by the league table, street league, compare and trend builders.
 */
import type { Dataset } from '../data/dataset/dataset';
import type { PeriodValues } from './period-values';

const SCOPES = new WeakMap<Dataset, Map<string, Uint8Array>>();

/** 1 for units of street/town `parent` (all units when parent is undefined or ''). Cached; read-only. */
export function scopeMask(ds: Dataset, parent?: string): Uint8Array {
  const key = parent ?? '';
  let cache = SCOPES.get(ds);
  if (!cache) {
    cache = new Map();
    SCOPES.set(ds, cache);
  }
  let mask = cache.get(key);
  if (!mask) {
    mask = new Uint8Array(ds.units.length);
    for (let u = 0; u < mask.length; u++) mask[u] = key === '' || ds.units[u]!.parent === key ? 1 : 0;
    cache.set(key, mask);
  }
  return mask;
}

/**
 * The units whose values are ranked: in scope, with a value, and complete. A partial value (months
 * missing) is not ranked against complete ones, since it would look worse only for lack of data. When
 * every value in scope is partial (a quarter still in progress), they are ranked among themselves.
 */
export function rankableMask(scope: Uint8Array, pv: Pick<PeriodValues, 'values' | 'partial'>): Uint8Array {
  const n = scope.length;
  const mask = new Uint8Array(n);
  let complete = 0;
  for (let u = 0; u < n; u++) {
    if (scope[u] === 1 && !Number.isNaN(pv.values[u]!) && pv.partial[u] === 0) {
      mask[u] = 1;
      complete++;
    }
  }
  if (complete === 0) {
    for (let u = 0; u < n; u++) mask[u] = scope[u] === 1 && !Number.isNaN(pv.values[u]!) ? 1 : 0;
  }
  return mask;
}

/** Chinese collation for unit and street names (pinyin order), shared so sorting is consistent. */
export const ZH_COLLATOR = new Intl.Collator('zh-Hans-CN');

/** Units in Chinese name order: `position[u]` is unit u's place, `unitAt[k]` the unit in place k. */
export interface NameOrder {
  readonly position: Int32Array;
  readonly unitAt: Int32Array;
}

const NAME_ORDER = new WeakMap<Dataset, NameOrder>();

/**
 * Chinese name order of the units (ties by unit index), computed once per dataset so that sorting
 * 5,617 rows compares integers instead of calling the collator on every tie.
 */
export function unitNameOrder(ds: Dataset): NameOrder {
  let order = NAME_ORDER.get(ds);
  if (!order) {
    const unitAt = Int32Array.from(ds.units, (_, u) => u)
      .sort((a, b) => ZH_COLLATOR.compare(ds.units[a]!.name, ds.units[b]!.name) || a - b);
    const position = new Int32Array(unitAt.length);
    unitAt.forEach((u, k) => { position[u] = k; });
    order = { position, unitAt };
    NAME_ORDER.set(ds, order);
  }
  return order;
}

/** Streets/towns numbered once per dataset: `ids[u]` indexes `names` (in order of first appearance). */
export interface StreetIds {
  readonly ids: Int32Array;
  readonly names: readonly string[];
}

const STREET_IDS = new WeakMap<Dataset, StreetIds>();

/** True once unitNameOrder(ds) has been computed (a later call is a lookup). */
export function nameOrderReady(ds: Dataset): boolean {
  return NAME_ORDER.has(ds);
}

/** Street/town id of every unit, computed once per dataset (for Theil groups and street counts). */
export function streetIds(ds: Dataset): StreetIds {
  let hit = STREET_IDS.get(ds);
  if (!hit) {
    const index = new Map<string, number>();
    const names: string[] = [];
    const ids = new Int32Array(ds.units.length);
    ds.units.forEach((unit, u) => {
      let s = index.get(unit.parent);
      if (s === undefined) {
        s = names.length;
        index.set(unit.parent, s);
        names.push(unit.parent);
      }
      ids[u] = s;
    });
    hit = { ids, names };
    STREET_IDS.set(ds, hit);
  }
  return hit;
}
