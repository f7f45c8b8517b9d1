/**
 * Theil T index with its exact decomposition into a between-group part (streets differ from each
 * other) and a within-group part (communities of one street differ among themselves).
 */

export interface TheilDecomposition {
  /** T = (1/N) Σ (xᵢ/μ) ln(xᵢ/μ); 0 = perfect equality, ln N = one unit has everything. */
  readonly total: number;
  /** Σ_g (N_g/N)(μ_g/μ) ln(μ_g/μ): the inequality left if every unit had its group's mean. */
  readonly between: number;
  /** Σ_g s_g T_g with s_g = N_g μ_g / (N μ) the group's share of the total. */
  readonly within: number;
}

const NAN_RESULT: TheilDecomposition = { total: NaN, between: NaN, within: NaN };

/** x ln x with the 0 · ln 0 = 0 convention. */
function xlnx(x: number): number {
  return x === 0 ? 0 : x * Math.log(x);
}

/**
 * Theil T over `values` (NaN ignored, with its group) grouped by `groups` (street names or
 * integer group codes, parallel to values; the street name '' is no street: see theilAndGroups). All parts are NaN when there are no values, any value
 * is negative, or the values sum to 0 (no level to be unequal about). between + within = total up
 * to floating-point rounding; a single-unit group contributes nothing within. `groupCount`, when
 * given with integer codes, promises that every code lies in 0..groupCount−1 (a street table's
 * ids), which saves a pass to check them.
 */
export function theilIndex(values: ArrayLike<number>, groups: Int32Array | readonly (string | number)[], groupCount?: number): TheilDecomposition {
  if (groups.length !== values.length) {
    throw new Error(`theilIndex: ${values.length} values but ${groups.length} groups`);
  }
  return theilAndGroups(values, groups instanceof Int32Array && groupCount !== undefined
    ? { ids: groups, range: groupCount }
    : smallIds(groups) ?? idsByFirstAppearance(groups)).theil;
}

/**
 * `theilIndex(values, ids, range)` and, from the same pass, how many distinct groups the finite
 * values fall in (−1 when a negative value stopped the count). `ids` lie in 0..range−1. A finite
 * value in group `none` (units whose street is not known) leaves the split NaN, the total kept:
 * such units are in no group, and reading them as one would put part of the gap in the wrong part.
 */
export function theilAndGroups(values: ArrayLike<number>, { ids, range, none = -1 }: GroupIds): { readonly theil: TheilDecomposition; readonly groups: number } {
  // Per group id: its count and sum, summed in unit order; `appearance` lists the ids in order of
  // first appearance among the values, the order the group terms are summed in. Units of one
  // street mostly follow each other: a group's count and sum are carried in locals while it lasts
  // (the same additions in the same order, without a store and reload per unit).
  const gn = new Float64Array(range);
  const gsum = new Float64Array(range);
  const appearance = new Int32Array(range);
  let seen = 0;
  let n = 0;
  let sum = 0;
  let g = -1;
  let cn = 0;
  let cs = 0;
  let ungrouped = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < 0) return { theil: NAN_RESULT, groups: -1 };
    const gi = ids[i]!;
    if (gi !== g) {
      if (gi === none) ungrouped = true;
      if (g >= 0) { gn[g] = cn; gsum[g] = cs; }
      g = gi;
      cn = gn[g]!;
      cs = gsum[g]!;
      if (cn === 0) appearance[seen++] = g;
    }
    cn += 1;
    cs += v;
    n++;
    sum += v;
  }
  if (g >= 0) { gn[g] = cn; gsum[g] = cs; }
  if (n === 0 || sum <= 0) return { theil: NAN_RESULT, groups: seen };
  const mu = sum / n;
  // One logarithm per unit: ln(x/μ) = ln x − ln μ and ln(x/μ_g) = ln x − ln μ_g.
  const lnMu = Math.log(mu);
  const muG = new Float64Array(range);
  const lnMuG = new Float64Array(range);
  for (let k = 0; k < seen; k++) {
    const h = appearance[k]!;
    muG[h] = gsum[h]! / gn[h]!;
    lnMuG[h] = Math.log(muG[h]!);
  }
  let total = 0;
  const gT = new Float64Array(range); // Σ over group of (x/μ_g) ln(x/μ_g)
  g = -1;
  let ct = 0;
  let mg = 0;
  let lg = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // 0 · ln 0 = 0; NaN and ±Infinity have no group.
    if (v === 0 || !Number.isFinite(v)) continue;
    const gi = ids[i]!;
    if (gi !== g) {
      if (g >= 0) gT[g] = ct;
      g = gi;
      ct = gT[g]!;
      mg = muG[g]!;
      lg = lnMuG[g]!;
    }
    const lnV = v < LN_TABLE_SIZE && (v | 0) === v ? lnOfInteger(v) : Math.log(v);
    total += (v / mu) * (lnV - lnMu);
    ct += (v / mg) * (lnV - lg);
  }
  if (g >= 0) gT[g] = ct;
  total /= n;
  let between = 0;
  let within = 0;
  for (let k = 0; k < seen; k++) {
    const h = appearance[k]!;
    between += (gn[h]! / n) * xlnx(muG[h]! / mu);
    // s_g · T_g = (N_g μ_g / (N μ)) · (1/N_g) Σ … = (μ_g / (N μ)) · Σ …
    within += (muG[h]! / (n * mu)) * gT[h]!;
  }
  return { theil: ungrouped ? { total, between: NaN, within: NaN } : { total, between, within }, groups: seen };
}

/** Small non-negative integer group ids, each below `range`. */
export interface GroupIds {
  readonly ids: Int32Array;
  readonly range: number;
  /** The id of units in no group (street not known), if any. */
  readonly none?: number;
}

/** `groups` itself when it holds small non-negative integers (street ids), else undefined. */
function smallIds(groups: Int32Array | readonly (string | number)[]): GroupIds | undefined {
  if (!(groups instanceof Int32Array)) return undefined;
  let max = -1;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g < 0) return undefined;
    if (g > max) max = g;
  }
  return max > 4 * groups.length + 1024 ? undefined : { ids: groups, range: max + 1 };
}

/** Any group keys (street names) as small integer ids, numbered in order of first appearance; the name '' is no street (`none`). */
function idsByFirstAppearance(groups: ArrayLike<string | number>): GroupIds {
  const code = new Map<string | number, number>();
  const ids = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const key = groups[i]!;
    let g = code.get(key);
    if (g === undefined) { g = code.size; code.set(key, g); }
    ids[i] = g;
  }
  return { ids, range: code.size, none: code.get('') ?? -1 };
}

/** Most values are counts: their logarithms come from a table (the same doubles Math.log gives). */
const LN_TABLE_SIZE = 4096;
/** ln k for k in 1..LN_TABLE_SIZE−1, filled once when the module loads and never written again. */
const LN_TABLE: Float64Array = (() => {
  const t = new Float64Array(LN_TABLE_SIZE);
  for (let i = 1; i < LN_TABLE_SIZE; i++) t[i] = Math.log(i);
  return t;
})();

function lnOfInteger(k: number): number {
  // `| 0`: k arrives as a double (read from a Float64Array), and typed-array access by a double index takes a slow path.
  return LN_TABLE[k | 0]!;
}
