/**
 * The ascending order of a values array's finite entries as unit indices (an argsort): a stable
 * counting sort when the values are small integers (counts, the usual case), else an LSD radix
 * sort (on the offsets of wider integers, on the IEEE-754 bits of reals: their top 22 bits, then one
 * insertion pass over the short runs left); either is linear in practice, faster than a native
 * numeric sort of the values alone, and needs no binary search for each unit's rank. From the order, the sorted values, the
 * ranks in either direction, the median, the quartile cut and a table's row order all follow in
 * one linear pass or a binary search, so one metric and period costs one sort whichever views
 * ask for it.
 */
import type { Analysis } from './model/analysis';
import type { KeyedValues } from './unit-values';

/** True on little-endian hosts (every browser and Node platform we run on); the other case is handled. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

/**
 * Unit indices of the finite values of `values` (and, with `mask`, only those with mask[u] ≠ 0),
 * in ascending order of value; equal values keep index order (the sort is stable). −0 sorts
 * before +0, as in a native Float64Array sort.
 */
export function finiteOrder(values: Float64Array, mask?: Uint8Array): Int32Array {
  const n = values.length;
  // Counts are small integers: then one counting pass over their values sorts them (no −0 among
  // them, which must sort before +0). The first pass only reads; the counting sort reads the
  // values again rather than copies of them.
  const span = finiteSpan(values, mask);
  const count = span[SPAN.count]!;
  const integers = span[SPAN.integers] === 1;
  const min = span[SPAN.min]!;
  if (countable(span)) return countingOrder(values, mask, count, min, span[SPAN.max]! - min + 1);
  // Sortable keys (hi, lo) per finite unit, in unit order: int32 integers by their offset from the
  // minimum (in lo alone), other values by their IEEE-754 bits with the sign bit flipped for
  // positives and every bit flipped for negatives, so that unsigned comparison of (hi, lo) is
  // numeric order. The keys travel with the unit indices through the passes: each pass reads all
  // three arrays in order and writes them to the digit's bucket.
  const idx = new Int32Array(count);
  const hi = new Int32Array(count);
  const lo = new Int32Array(count);
  const words = new Int32Array(values.buffer, values.byteOffset, 2 * n);
  let andHi = -1;
  let orHi = 0;
  let andLo = -1;
  let orLo = 0;
  for (let u = 0, k = 0; k < count; u++) {
    const v = values[u]!;
    if (!Number.isFinite(v) || (mask !== undefined && mask[u] === 0)) continue;
    let h = 0;
    let l: number;
    if (integers) l = v - min;
    else {
      const sign = words[2 * u + HI]! >> 31;
      h = words[2 * u + HI]! ^ (sign | 0x80000000);
      l = words[2 * u + LO]! ^ sign;
    }
    idx[k] = u;
    hi[k] = h;
    lo[k] = l;
    andHi &= h;
    orHi |= h;
    andLo &= l;
    orLo |= l;
    k++;
  }
  // Only the bits that differ between keys are sorted on: wide integers differ in 17 or so (two
  // passes), reals in 50-odd (five).
  const diffHi = andHi ^ orHi;
  const diffLo = andLo ^ orLo;
  if (count < 2 || (diffHi === 0 && diffLo === 0)) return idx;
  const top = diffHi !== 0 ? 63 - Math.clz32(diffHi) : 31 - Math.clz32(diffLo);
  const bottom = diffLo !== 0 ? lowestBit(diffLo) : 32 + lowestBit(diffHi);
  const hist = new Int32Array(1 << DIGIT_BITS);
  let from: Keyed = { idx, hi, lo };
  let to: Keyed = { idx: new Int32Array(count), hi: new Int32Array(count), lo: new Int32Array(count) };
  const sortBits = (low: number): void => {
    const range = top - low + 1;
    const passes = Math.ceil(range / DIGIT_BITS);
    const width = Math.ceil(range / passes);
    for (let p = 0; p < passes; p++) {
      const shift = low + p * width;
      digitPass(from, to, count, shift, (1 << Math.min(width, top + 1 - shift)) - 1, hist);
      [from, to] = [to, from];
    }
  };
  // Reals differ in 50-odd bits: sorting on the top PREFIX_BITS of them leaves short runs of keys
  // sharing that prefix, which one insertion pass orders (keys that tie exactly keep index order
  // in both). Should the runs be long (values equal in their first dozens of bits), the passes over
  // the bits below follow instead: stable, they keep the exact ties in index order too.
  if (top - bottom + 1 > PREFIX_BITS + DIGIT_BITS) {
    sortBits(top - PREFIX_BITS + 1);
    if (insertionPass(from, count, INSERTION_MOVES * count)) return from.idx;
  }
  sortBits(bottom);
  return from.idx;
}

/** Widest digit per pass: 2,048 buckets, few enough to count and sum quickly for 5,617 keys. */
const DIGIT_BITS = 11;
/** Key bits the radix passes sort reals on before the insertion pass (two passes of 11). */
const PREFIX_BITS = 2 * DIGIT_BITS;
/** Moves per key the insertion pass may make before it gives up (runs are then long). */
const INSERTION_MOVES = 4;

/**
 * Sorts `keyed` (sorted already on a prefix of the keys) by the whole (hi, lo) keys, unsigned,
 * moving a key only past greater ones (stable); false when it gave up after `budget` moves (the
 * keys are then still a stable permutation: equal keys in their earlier order).
 */
function insertionPass(keyed: Keyed, count: number, budget: number): boolean {
  const { idx, hi, lo } = keyed;
  let moves = 0;
  for (let k = 1; k < count; k++) {
    const h = hi[k]! >>> 0;
    const l = lo[k]! >>> 0;
    let j = k - 1;
    if ((hi[j]! >>> 0) < h || ((hi[j]! >>> 0) === h && (lo[j]! >>> 0) <= l)) continue;
    const i = idx[k]!;
    while (j >= 0 && ((hi[j]! >>> 0) > h || ((hi[j]! >>> 0) === h && (lo[j]! >>> 0) > l))) {
      idx[j + 1] = idx[j]!;
      hi[j + 1] = hi[j]!;
      lo[j + 1] = lo[j]!;
      j--;
    }
    idx[j + 1] = i;
    hi[j + 1] = h;
    lo[j + 1] = l;
    moves += k - 1 - j;
    if (moves > budget) return false;
  }
  return true;
}

/**
 * How many finite (unmasked) values there are, whether all are int32 integers (no −0: 1, else 0),
 * and their least and greatest value then (0 without values), read at the SPAN positions. A
 * typed array rather than an object: spans are short-lived, and when a collection freed the last
 * span object, V8 threw away the optimised code of every function that had read one (its hidden
 * class is embedded weakly), so the next 均衡 period switch ran the counting passes unoptimised,
 * in some processes at every switch. A Float64Array's hidden class never goes away.
 */
export type FiniteSpan = Float64Array;

/** Positions in a FiniteSpan. */
export const SPAN = { count: 0, integers: 1, min: 2, max: 3 } as const;

/** Length of a FiniteSpan. */
export const SPAN_FIELDS = 4;

function makeSpan(count: number, integers: boolean, min: number, max: number): FiniteSpan {
  const span = new Float64Array(SPAN_FIELDS);
  span[SPAN.count] = count;
  span[SPAN.integers] = integers ? 1 : 0;
  span[SPAN.min] = min;
  span[SPAN.max] = max;
  return span;
}

/** The FiniteSpan of `values` (with `mask`, of the units with mask[u] ≠ 0): one pass that only reads. */
export function finiteSpan(values: Float64Array, mask?: Uint8Array): FiniteSpan {
  const n = values.length;
  let integers = true;
  let min = 0;
  let max = 0;
  let count = 0;
  for (let u = 0; u < n; u++) {
    const v = values[u]!;
    if (!Number.isFinite(v) || (mask !== undefined && mask[u] === 0)) continue;
    if (integers) {
      const i = v | 0;
      if (i !== v || (v === 0 && 1 / v < 0)) integers = false;
      else {
        if (count === 0 || i < min) min = i;
        if (count === 0 || i > max) max = i;
      }
    }
    count++;
  }
  return makeSpan(count, integers, min, max);
}

/** Whether values of this span are sorted (and scored) by counting: small integers, at least two. */
export function countable(span: FiniteSpan): boolean {
  const count = span[SPAN.count]!;
  return span[SPAN.integers] === 1 && count >= 2 && span[SPAN.max]! - span[SPAN.min]! < COUNTING_RANGE + 2 * count;
}

/**
 * Integer keys spanning fewer values than this (plus two per key) are sorted by one counting pass
 * over their values: its table costs less to clear and sum than the radix passes it saves.
 */
const COUNTING_RANGE = 4096;

/**
 * The stable counting sort of the `count` finite (and unmasked) values of `values`, all int32
 * integers in min..min+range−1: their unit indices in ascending order of value, ties in index order.
 */
function countingOrder(values: Float64Array, mask: Uint8Array | undefined, count: number, min: number, range: number): Int32Array {
  const n = values.length;
  const start = new Int32Array(range + 1);
  for (let u = 0; u < n; u++) {
    const v = values[u]!;
    if (Number.isFinite(v) && (mask === undefined || mask[u] !== 0)) start[(v - min + 1) | 0]!++;
  }
  for (let b = 1; b < range; b++) start[b]! += start[b - 1]!;
  const out = new Int32Array(count);
  for (let u = 0; u < n; u++) {
    const v = values[u]!;
    if (Number.isFinite(v) && (mask === undefined || mask[u] !== 0)) out[start[(v - min) | 0]!++] = u;
  }
  return out;
}

function lowestBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** Unit indices with their sort keys (hi, lo), position by position. */
interface Keyed {
  readonly idx: Int32Array;
  readonly hi: Int32Array;
  readonly lo: Int32Array;
}

/**
 * One stable counting-sort pass of the `count` keyed units of `from` into `to` on the key bits
 * shift..shift+width−1 (bits 0–31 in lo, 32–63 in hi; a digit may straddle the two).
 */
function digitPass(from: Keyed, to: Keyed, count: number, shift: number, digitMask: number, counts: Int32Array): void {
  const { idx, hi, lo } = from;
  const { idx: toIdx, hi: toHi, lo: toLo } = to;
  counts.fill(0, 0, digitMask + 1);
  if (shift >= 32) {
    const sh = shift - 32;
    for (let k = 0; k < count; k++) counts[(hi[k]! >>> sh) & digitMask]!++;
    prefixSums(counts, digitMask + 1);
    for (let k = 0; k < count; k++) {
      const at = counts[(hi[k]! >>> sh) & digitMask]!++;
      toIdx[at] = idx[k]!;
      toHi[at] = hi[k]!;
      toLo[at] = lo[k]!;
    }
  } else if (shift + 31 - Math.clz32(digitMask) < 32) {
    for (let k = 0; k < count; k++) counts[(lo[k]! >>> shift) & digitMask]!++;
    prefixSums(counts, digitMask + 1);
    for (let k = 0; k < count; k++) {
      const at = counts[(lo[k]! >>> shift) & digitMask]!++;
      toIdx[at] = idx[k]!;
      toHi[at] = hi[k]!;
      toLo[at] = lo[k]!;
    }
  } else {
    const up = 32 - shift;
    for (let k = 0; k < count; k++) counts[((lo[k]! >>> shift) | (hi[k]! << up)) & digitMask]!++;
    prefixSums(counts, digitMask + 1);
    for (let k = 0; k < count; k++) {
      const at = counts[((lo[k]! >>> shift) | (hi[k]! << up)) & digitMask]!++;
      toIdx[at] = idx[k]!;
      toHi[at] = hi[k]!;
      toLo[at] = lo[k]!;
    }
  }
}

/** counts[b] becomes the number of keys in buckets before b (the first slot of bucket b). */
function prefixSums(counts: Int32Array, buckets: number): void {
  let sum = 0;
  for (let b = 0; b < buckets; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
}

/**
 * `finiteOrder(v.values)` kept in the model under the values' key, for values that are never
 * mutated (the results of periodValues / perCapita / scopedValues); the result is read-only. The
 * import worker's sort of the same values is read instead when it kept one (PackedRollUps.orders).
 */
export function sharedFiniteOrder(a: Analysis, v: KeyedValues): Int32Array {
  return a.memo(`order|${v.key}`, () => {
    const kept = a.pinned<Uint16Array>(packedOrderKey(v.key));
    return kept ? new Int32Array(kept) : finiteOrder(v.values);
  });
}

/** The key the worker's sort of the values keyed `valuesKey` is pinned under (roll-ups.ts). */
export function packedOrderKey(valuesKey: string): string {
  return `packed-order|${valuesKey}`;
}

/** The values at `order`, i.e. the finite values sorted ascending when `order` is a finiteOrder. */
export function gatherValues(values: Float64Array, order: Int32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]!]!;
  return out;
}

/**
 * How many of the values at `order` (a finiteOrder: ascending) are below t, or with `orEqual` at
 * most t: a binary search.
 */
export function countBelow(values: Float64Array, order: Int32Array, t: number, orEqual = false): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = values[order[mid]!]!;
    if (x < t || (orEqual && x === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lowest unit index among the units whose value equals (===) the value at order[k], for an
 * order made by finiteOrder: its tie group starts where the values below it end, in index order,
 * except that −0 sorts before +0 (equal values), so a group of zeros is looked through.
 */
export function firstOfTieGroup(values: Float64Array, order: Int32Array, k: number): number {
  const t = values[order[k]!]!;
  let s = countBelow(values, order, t);
  let first = order[s]!;
  if (t !== 0) return first;
  // The −0 run first (index order), then the +0 run: the first +0 may come earlier among the units.
  while (s < order.length && Object.is(values[order[s]!], -0)) s++;
  if (s < order.length && values[order[s]!] === 0 && order[s]! < first) first = order[s]!;
  return first;
}
