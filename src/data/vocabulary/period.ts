/**
 * Canonical periods. A period is modelled as {year, granularity, index}, never as a Date
 * (date-only ISO strings parse as UTC in JS and shift a month at midnight in China).
 *
 * Keys: `2024` (year), `2024-H1`, `2024-Q3`, `2024-03` (month), and `2024-C09` for a cumulative
 * year-to-date value through month 9 (`1-9月累计`, `前三季度`).
 */

/** Y year, H half, Q quarter, M month, C cumulative year-to-date (index = last month covered). */
export type Granularity = 'Y' | 'H' | 'Q' | 'M' | 'C';

export interface Period {
  readonly year: number;
  readonly granularity: Granularity;
  /** 1-based: H 1..2, Q 1..4, M 1..12, C 1..12 (last month covered), Y always 1. */
  readonly index: number;
}

/** A canonical period key such as `2024-Q2`; the form stored in datasets and URLs. */
export type PeriodKey = string;

const KEY_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|C(?:0[1-9]|1[0-2])|0[1-9]|1[0-2]))?$/;

const MAX_INDEX: Record<Granularity, number> = { Y: 1, H: 2, Q: 4, M: 12, C: 12 };

/** Throws on an impossible period: this is a programmer's mistake, not user data. */
export function makePeriod(year: number, granularity: Granularity, index = 1): Period {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new Error(`bad period year: ${year}`);
  if (!Number.isInteger(index) || index < 1 || index > MAX_INDEX[granularity]) {
    throw new Error(`bad period index ${index} for granularity ${granularity}`);
  }
  return { year, granularity, index: granularity === 'Y' ? 1 : index };
}

export function formatPeriodKey(p: Period): PeriodKey {
  switch (p.granularity) {
    case 'Y': return String(p.year);
    case 'H': return `${p.year}-H${p.index}`;
    case 'Q': return `${p.year}-Q${p.index}`;
    case 'M': return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'C': return `${p.year}-C${String(p.index).padStart(2, '0')}`;
    default: return assertNever(p.granularity);
  }
}

/** Parses a canonical key only (`2024-Q2`); Chinese labels go through `parsePeriodLabel`. */
export function parsePeriodKey(key: string): Period | null {
  const m = KEY_PATTERN.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  const rest = m[2];
  if (rest === undefined) return makePeriod(year, 'Y');
  const head = rest[0];
  if (head === 'H' || head === 'Q' || head === 'C') return makePeriod(year, head, Number(rest.slice(1)));
  return makePeriod(year, 'M', Number(rest));
}

/** First and last month (1..12) a period covers. A cumulative period starts in January. */
export function monthRange(p: Period): readonly [number, number] {
  switch (p.granularity) {
    case 'Y': return [1, 12];
    case 'H': return [p.index * 6 - 5, p.index * 6];
    case 'Q': return [p.index * 3 - 2, p.index * 3];
    case 'M': return [p.index, p.index];
    case 'C': return [1, p.index];
    default: return assertNever(p.granularity);
  }
}

/** Period `inner`'s months all fall in `outer`'s, in the same year (a month of its quarter, of its year), or they are one. */
export function periodWithin(inner: PeriodKey, outer: PeriodKey): boolean {
  if (inner === outer) return true;
  const a = parsePeriodKey(inner);
  const b = parsePeriodKey(outer);
  if (!a || !b || a.year !== b.year) return false;
  const [af, at] = monthRange(a);
  const [bf, bt] = monthRange(b);
  return bf <= af && at <= bt;
}

/** Months covered, as keys (`2024-01` …). */
export function monthsOf(p: Period): PeriodKey[] {
  const [from, to] = monthRange(p);
  const out: PeriodKey[] = [];
  for (let m = from; m <= to; m++) out.push(formatPeriodKey(makePeriod(p.year, 'M', m)));
  return out;
}

/** Chronological order by end month, then by length (shorter first). Stable total order on keys. */
export function comparePeriods(a: Period, b: Period): number {
  const [aFrom, aTo] = monthRange(a);
  const [bFrom, bTo] = monthRange(b);
  const aEnd = a.year * 12 + aTo;
  const bEnd = b.year * 12 + bTo;
  if (aEnd !== bEnd) return aEnd - bEnd;
  if (aFrom !== bFrom) return bFrom - aFrom;
  return a.granularity === b.granularity ? 0 : a.granularity < b.granularity ? -1 : 1;
}

/** The period just before, at the same granularity (环比). A cumulative period steps back one year. */
export function previousPeriod(p: Period): Period {
  if (p.granularity === 'Y' || p.granularity === 'C') return { ...p, year: p.year - 1 };
  if (p.index > 1) return { ...p, index: p.index - 1 };
  return { ...p, year: p.year - 1, index: MAX_INDEX[p.granularity] };
}

/** The same period one year earlier (同比). */
export function sameLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** The period of `granularity` that contains month `month` of `year`. */
export function containingPeriod(year: number, month: number, granularity: Exclude<Granularity, 'C'>): Period {
  switch (granularity) {
    case 'Y': return makePeriod(year, 'Y');
    case 'H': return makePeriod(year, 'H', month <= 6 ? 1 : 2);
    case 'Q': return makePeriod(year, 'Q', Math.ceil(month / 3));
    case 'M': return makePeriod(year, 'M', month);
    default: return assertNever(granularity);
  }
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
