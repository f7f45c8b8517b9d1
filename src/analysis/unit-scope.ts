/**
 * Which units a view looks at (all, or one street/town) and which of their values may be ranked
 * against each other. Shared by the league table, street league, compare and trend builders.
 */
import type { Analysis } from './model/analysis';
import type { PeriodValues } from './period-values';

/** 1 for units of street/town `parent` (all units when parent is undefined or ''). Kept in the model; read-only. */
export function scopeMask(a: Analysis, parent?: string): Uint8Array {
  const key = parent ?? '';
  return a.memo(`scope|${key}`, () => {
    const units = a.cube.units;
    const mask = new Uint8Array(units.length);
    for (let u = 0; u < mask.length; u++) mask[u] = key === '' || units[u]!.parent === key ? 1 : 0;
    return mask;
  });
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

/**
 * Chinese name order of the units (ties by unit index), kept in the model so that sorting 5,617
 * rows compares integers instead of calling the collator on every tie.
 */
export function unitNameOrder(a: Analysis): NameOrder {
  return a.memo('name-order', () => nameOrderOf(a.cube.units));
}

/** The Chinese name order of `units` (ties by index); `unitAt` alone is enough to rebuild it (nameOrderFrom). */
export function nameOrderOf(units: readonly { readonly name: string }[]): NameOrder {
  return nameOrderFrom(Int32Array.from(units, (_, u) => u)
    .sort((x, y) => ZH_COLLATOR.compare(units[x]!.name, units[y]!.name) || x - y));
}

/** The name order whose k-th unit is unitAt[k]. */
export function nameOrderFrom(unitAt: Int32Array): NameOrder {
  const position = new Int32Array(unitAt.length);
  unitAt.forEach((u, k) => { position[u] = k; });
  return { position, unitAt };
}

/** Streets/towns numbered once per dataset: `ids[u]` indexes `names` (in order of first appearance). */
export interface StreetIds {
  readonly ids: Int32Array;
  readonly names: readonly string[];
}

/** Street/town id of every unit, kept in the model (for Theil groups and street counts). */
export function streetIds(a: Analysis): StreetIds {
  return a.memo('street-ids', () => streetIdsOf(a.cube.units));
}

/** The street/town table of `units`: each unit's street id, the names in order of first appearance. */
export function streetIdsOf(units: readonly { readonly parent: string }[]): StreetIds {
  const index = new Map<string, number>();
  const names: string[] = [];
  const ids = new Int32Array(units.length);
  units.forEach((unit, u) => {
    let s = index.get(unit.parent);
    if (s === undefined) {
      s = names.length;
      index.set(unit.parent, s);
      names.push(unit.parent);
    }
    ids[u] = s;
  });
  return { ids, names };
}
