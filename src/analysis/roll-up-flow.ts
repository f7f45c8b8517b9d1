/**
 * Flow roll-up: the value of a period is the sum of stored sub-periods that tile it. For each unit we
 * pick, among the stored pieces (months, quarters, halves, and differences of cumulative year-to-date
 * values), the tiling that leaves the fewest months uncovered, then the finest one (most pieces), then
 * the one using fewest cumulative differences. A small shortest-path over months (≤ 13 nodes).
 *
 * A cumulative value also combines with finer reports before it: with months 1–3 and `1-6月累计`,
 * Q2 = C06 − (Jan + Feb + Mar), using the complete roll-up of the months before as a virtual C03.
 * For a metric that is never negative (a count, an amount paid), a difference below zero says the
 * two year-to-date values contradict each other (the import warns cumulative-below): it is no piece,
 * so its months stay uncovered (partial, or no value), never a negative number of people.
 *
 * It also reports the stored columns it read (PeriodValues.reads): those of the pieces some unit's
 * tiling took, a prefix's own reads for the prefix it subtracted, the exact column where it won.
 */
import type { Dataset } from '../data/dataset/dataset';
import { monthRange, type Period } from '../data/vocabulary/period';
import { combineQualifiers, differenceQualifier, MISSING_CODE } from './combine-qualifiers';
import { columnRead, unionReads, type MetricColumns, type PeriodColumn } from './metric-index';

/** Values to subtract: a stored cumulative column, or a rolled-up prefix (only where not partial). */
interface Subtrahend {
  readonly values: Float64Array;
  readonly qualifiers: Uint8Array;
  readonly partial?: Uint8Array;
}

/** A rolled-up prefix: what it read is what a piece subtracting it reads. */
interface Prefix extends Subtrahend {
  readonly reads: readonly number[];
}

/** A stored piece covering months start..end of the target's year: plus − minus (minus for C keys). */
interface Piece {
  /** Its index among piecesFor's pieces: where the roll-up marks it used. */
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly plus: PeriodColumn;
  readonly minus: Subtrahend | undefined;
  readonly cost: number;
  /** The stored columns the piece reads (columnRead): its `plus` and what `minus` was read from. */
  readonly reads: readonly number[];
}

/** The roll-up of months 1..month of the target's year (periodValues of the `C` key). */
export type PrefixValues = (month: number) => Prefix;

// Lexicographic costs folded into one number: an uncovered month outweighs any number of pieces,
// one more piece outweighs any number of cumulative differences (there are at most 12 of each).
const UNCOVERED_COST = 1e4;
const PIECE_COST = -100;
const CUMULATIVE_COST = 1;

/** Pieces of `cols` inside months a..b of `year`, excluding the column stored at the target itself. */
function piecesFor(cols: MetricColumns, target: Period, exactSlot: number, prefix: PrefixValues): Piece[] {
  const [a, b] = monthRange(target);
  const read = (c: PeriodColumn) => columnRead(cols, c);
  const pieces: Piece[] = [];
  const piece = (p: Omit<Piece, 'id'>) => pieces.push({ id: pieces.length, ...p });
  const cumulative: PeriodColumn[] = [];
  // Months at which a finer (non-cumulative) report ends: a virtual cumulative value can exist there.
  const finerEnds = new Set<number>();
  for (const col of cols.byPeriod) {
    if (!col || col.period.year !== target.year || col.periodIndex === exactSlot) continue;
    if (col.period.granularity === 'C') {
      cumulative.push(col);
      continue;
    }
    const [s, e] = monthRange(col.period);
    finerEnds.add(e);
    if (s >= a && e <= b) piece({ start: s, end: e, plus: col, minus: undefined, cost: PIECE_COST, reads: [read(col)] });
  }
  cumulative.sort((x, y) => x.period.index - y.period.index);
  for (let k = 0; k < cumulative.length; k++) {
    const ck = cumulative[k]!;
    const end = ck.period.index;
    if (end > b) break;
    if (a === 1 && ck.periodIndex !== exactSlot) {
      piece({ start: 1, end, plus: ck, minus: undefined, cost: PIECE_COST + CUMULATIVE_COST, reads: [read(ck)] });
    }
    for (let j = 0; j < k; j++) {
      const cj = cumulative[j]!;
      if (cj.period.index + 1 < a) continue;
      piece({ start: cj.period.index + 1, end, plus: ck, minus: cj, cost: PIECE_COST + CUMULATIVE_COST, reads: [read(ck), read(cj)] });
    }
    const stored = new Set(cumulative.map((c) => c.period.index));
    for (const j of finerEnds) {
      if (j >= end || j + 1 < a || stored.has(j)) continue;
      const minus = prefix(j);
      piece({ start: j + 1, end, plus: ck, minus, cost: PIECE_COST + 2 * CUMULATIVE_COST, reads: [read(ck), ...minus.reads] });
    }
  }
  return pieces;
}

/**
 * Writes the flow roll-up of `target` for every unit into values/qualifiers/partial. `exact` (the
 * column stored at the target key, if any) wins wherever it has a value. Returns the stored columns
 * read (columnRead, ascending): the union over units.
 */
export function rollUpFlow(
  ds: Dataset, cols: MetricColumns, target: Period, exact: PeriodColumn | undefined, prefix: PrefixValues,
  nonNegative: boolean, values: Float64Array, qualifiers: Uint8Array, partial: Uint8Array,
): number[] {
  const [a, b] = monthRange(target);
  const nodes = b - a + 2;
  const pieces = piecesFor(cols, target, exact ? exact.periodIndex : -1, prefix);
  const exactRead = exact ? [columnRead(cols, exact)] : [];
  // used[p.id] = 1: some unit's value took piece p.
  const used = new Uint8Array(pieces.length);
  const simple = simpleTiling(pieces);
  if (simple) {
    const exactUsed = sumDisjoint(simple, a, b, exact, values, qualifiers, partial, used);
    return readsOf(pieces, used, exactUsed ? exactRead : []);
  }
  let exactUsed = false;
  const byStart: Piece[][] = Array.from({ length: nodes - 1 }, () => []);
  for (const p of pieces) byStart[p.start - a]!.push(p);
  const score = new Float64Array(nodes);
  const via: (Piece | null)[] = new Array<Piece | null>(nodes).fill(null);
  const n = ds.units.length;
  for (let u = 0; u < n; u++) {
    if (exact) {
      const v = exact.values[u]!;
      if (!Number.isNaN(v)) {
        values[u] = v;
        qualifiers[u] = exact.qualifiers[u]!;
        exactUsed = true;
        continue;
      }
    }
    score.fill(Infinity);
    score[0] = 0;
    for (let t = 0; t < nodes - 1; t++) {
      const st = score[t]!;
      if (st + UNCOVERED_COST < score[t + 1]!) {
        score[t + 1] = st + UNCOVERED_COST;
        via[t + 1] = null;
      }
      for (const p of byStart[t]!) {
        const minus = p.minus;
        if (Number.isNaN(p.plus.values[u]!)) continue;
        if (minus && (Number.isNaN(minus.values[u]!) || minus.partial?.[u] === 1)) continue;
        if (minus && nonNegative && p.plus.values[u]! < minus.values[u]!) continue;
        const node = p.end - a + 1;
        const c = st + p.cost;
        if (c < score[node]!) {
          score[node] = c;
          via[node] = p;
        }
      }
    }
    let t = nodes - 1;
    let sum = 0;
    let q = 0;
    let taken = 0;
    let uncovered = 0;
    while (t > 0) {
      const p = via[t];
      if (!p) {
        uncovered++;
        t--;
        continue;
      }
      if (p.minus) {
        sum += p.plus.values[u]! - p.minus.values[u]!;
        q = combineQualifiers(q, differenceQualifier(p.plus.qualifiers[u]!, p.minus.qualifiers[u]!));
      } else {
        sum += p.plus.values[u]!;
        q = combineQualifiers(q, p.plus.qualifiers[u]!);
      }
      taken++;
      used[p.id] = 1;
      t = p.start - a;
    }
    if (taken === 0) {
      values[u] = NaN;
      qualifiers[u] = exact ? exact.qualifiers[u]! : MISSING_CODE;
    } else {
      values[u] = sum;
      qualifiers[u] = q;
      if (uncovered > 0) partial[u] = 1;
    }
  }
  return readsOf(pieces, used, exactUsed ? exactRead : []);
}

/** The distinct stored columns of the used pieces (used[p.id] = 1) and `exactRead`, ascending. */
function readsOf(pieces: readonly Piece[], used: Uint8Array, exactRead: readonly number[]): number[] {
  return unionReads(exactRead, ...pieces.filter((p) => used[p.id] === 1).map((p) => p.reads));
}

/**
 * The pieces in month order when every piece is a plain stored period (no cumulative difference) and no two overlap: the
 * common case of months rolled up to a quarter, half or year. The shortest path then simply uses
 * every piece that has a value (each one covers months nothing else can), so no search is needed.
 * Null otherwise.
 */
function simpleTiling(pieces: readonly Piece[]): Piece[] | null {
  const sorted = [...pieces].sort((x, y) => x.start - y.start);
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    if (p.minus) return null;
    if (k > 0 && p.start <= sorted[k - 1]!.end) return null;
  }
  return sorted;
}

/**
 * The roll-up over disjoint plain pieces, with the same arithmetic as the path search: pieces
 * summed and qualifiers combined from the last piece to the first (the order of its backtrack).
 * One pass over the units, each reading its few pieces' values. Marks used[p.id] = 1 for each
 * piece some unit's value took; returns whether some unit's value is `exact`'s.
 */
function sumDisjoint(
  pieces: readonly Piece[], a: number, b: number, exact: PeriodColumn | undefined,
  values: Float64Array, qualifiers: Uint8Array, partial: Uint8Array, used: Uint8Array,
): boolean {
  const months = b - a + 1;
  const n = values.length;
  const count = pieces.length;
  const vals = pieces.map((p) => p.plus.values);
  const quals = pieces.map((p) => p.plus.qualifiers);
  const lens = pieces.map((p) => p.end - p.start + 1);
  const ids = pieces.map((p) => p.id);
  const exactValues = exact?.values;
  const exactQualifiers = exact?.qualifiers;
  // Three pieces (a quarter of months, the usual roll-up): their columns held in locals, and a unit
  // with all three summed at once, in the same order; the others go through the loop below.
  const three = count === 3;
  const [c0, c1, c2] = three ? vals : [vals[0]!, vals[0]!, vals[0]!];
  const [q0, q1, q2] = three ? quals : [quals[0]!, quals[0]!, quals[0]!];
  const threePartial = three && lens[0]! + lens[1]! + lens[2]! < months ? 1 : 0;
  const [i0, i1, i2] = three ? ids : [0, 0, 0];
  let exactUsed = false;
  for (let u = 0; u < n; u++) {
    if (exactValues !== undefined) {
      const v = exactValues[u]!;
      if (!Number.isNaN(v)) {
        values[u] = v;
        qualifiers[u] = exactQualifiers![u]!;
        partial[u] = 0;
        exactUsed = true;
        continue;
      }
    }
    if (three) {
      const sum = 0 + c2![u]! + c1![u]! + c0![u]!;
      if (!Number.isNaN(sum)) {
        values[u] = sum;
        qualifiers[u] = combineQualifiers(combineQualifiers(combineQualifiers(0, q2![u]!), q1![u]!), q0![u]!);
        partial[u] = threePartial;
        used[i0!] = used[i1!] = used[i2!] = 1;
        continue;
      }
    }
    // covered: months with a value so far; 0 = none yet (sum and q unset).
    let covered = 0;
    let sum = 0;
    let q = 0;
    for (let j = count - 1; j >= 0; j--) {
      const v = vals[j]![u]!;
      if (Number.isNaN(v)) continue;
      if (covered === 0) {
        sum = 0 + v;
        q = combineQualifiers(0, quals[j]![u]!);
      } else {
        sum += v;
        q = combineQualifiers(q, quals[j]![u]!);
      }
      used[ids[j]!] = 1;
      covered += lens[j]!;
    }
    if (covered === 0) {
      values[u] = NaN;
      qualifiers[u] = exactQualifiers !== undefined ? exactQualifiers[u]! : MISSING_CODE;
    } else {
      values[u] = sum;
      qualifiers[u] = q;
      if (covered < months) partial[u] = 1;
    }
  }
  return exactUsed;
}
