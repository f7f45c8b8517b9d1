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
 * integer group codes, parallel to values). All parts are NaN when there are no values, any value
 * is negative, or the values sum to 0 (no level to be unequal about). between + within = total up
 * to floating-point rounding; a single-unit group contributes nothing within.
 */
export function theilIndex(values: ArrayLike<number>, groups: Int32Array | readonly (string | number)[]): TheilDecomposition {
  if (groups.length !== values.length) {
    throw new Error(`theilIndex: ${values.length} values but ${groups.length} groups`);
  }
  // Each unit's group number (−1: no value).
  const gOf = new Int32Array(values.length).fill(-1);
  const counted = numberGroups(values, smallIds(groups) ?? idsByFirstAppearance(groups), gOf);
  if (counted === undefined) return NAN_RESULT;
  const { n, sum, groupCount } = counted;
  if (n === 0 || sum <= 0) return NAN_RESULT;
  const mu = sum / n;
  const gn = new Float64Array(groupCount);
  const gsum = new Float64Array(groupCount);
  for (let i = 0; i < values.length; i++) {
    const g = gOf[i]!;
    if (g < 0) continue;
    gn[g]! += 1;
    gsum[g]! += values[i]!;
  }
  let total = 0;
  const gT = new Float64Array(groupCount); // Σ over group of (x/μ_g) ln(x/μ_g)
  // One logarithm per unit: ln(x/μ) = ln x − ln μ and ln(x/μ_g) = ln x − ln μ_g.
  const lnMu = Math.log(mu);
  const lnMuG = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) lnMuG[g] = Math.log(gsum[g]! / gn[g]!);
  for (let i = 0; i < values.length; i++) {
    const g = gOf[i]!;
    if (g < 0) continue;
    const v = values[i]!;
    if (v === 0) continue; // 0 · ln 0 = 0
    const lnV = v < LN_TABLE_SIZE && (v | 0) === v ? lnOfInteger(v) : Math.log(v);
    total += (v / mu) * (lnV - lnMu);
    const muG = gsum[g]! / gn[g]!;
    gT[g]! += (v / muG) * (lnV - lnMuG[g]!);
  }
  total /= n;
  let between = 0;
  let within = 0;
  for (let g = 0; g < groupCount; g++) {
    const muG = gsum[g]! / gn[g]!;
    between += (gn[g]! / n) * xlnx(muG / mu);
    // s_g · T_g = (N_g μ_g / (N μ)) · (1/N_g) Σ … = (μ_g / (N μ)) · Σ …
    within += (muG / (n * mu)) * gT[g]!;
  }
  return { total, between, within };
}

interface Counted {
  readonly n: number;
  readonly sum: number;
  readonly groupCount: number;
}

/** Small non-negative integer group ids, each below `range`. */
interface GroupIds {
  readonly ids: Int32Array;
  readonly range: number;
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

/** Any group keys (street names) as small integer ids, numbered in order of first appearance. */
function idsByFirstAppearance(groups: ArrayLike<string | number>): GroupIds {
  const code = new Map<string | number, number>();
  const ids = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const key = groups[i]!;
    let g = code.get(key);
    if (g === undefined) { g = code.size; code.set(key, g); }
    ids[i] = g;
  }
  return { ids, range: code.size };
}

/**
 * Numbers the groups in order of first appearance among the values (the order the sums run in)
 * into gOf (−1: no value), and counts and sums the values; undefined when a value is negative.
 * `ids` are small non-negative integers: an array does the numbering, with no hashing.
 */
function numberGroups(values: ArrayLike<number>, { ids, range }: GroupIds, gOf: Int32Array): Counted | undefined {
  const codes = new Int32Array(range).fill(-1);
  let groupCount = 0;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < 0) return undefined;
    const key = ids[i]!;
    let g = codes[key]!;
    if (g < 0) {
      g = groupCount++;
      codes[key] = g;
    }
    gOf[i] = g;
    n++;
    sum += v;
  }
  return { n, sum, groupCount };
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
