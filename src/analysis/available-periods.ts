/**
 * Which periods a dataset can answer, whatever granularity its files came in: months roll up to
 * quarters, halves and years; cumulative keys (2024-C09) turn into the pieces between them.
 * Availability is judged over the whole dataset (any unit, any metric); per-unit gaps show up as
 * `partial` in periodValues.
 */
import type { Dataset } from '../data/dataset/dataset';
import {
  comparePeriods, formatPeriodKey, makePeriod, monthRange, parsePeriodKey, previousPeriod, sameLastYear,
  type Period, type PeriodKey,
} from '../data/vocabulary/period';
import { parsedPeriods } from './metric-index';
import type { Analysis } from './model/analysis';

export type RollUpGranularity = 'M' | 'Q' | 'H' | 'Y';
const GRANULARITIES: readonly RollUpGranularity[] = ['M', 'Q', 'H', 'Y'];
const COUNT: Record<RollUpGranularity, number> = { M: 12, Q: 4, H: 2, Y: 1 };

interface Coverage {
  /** Per year: stored pieces as [start, end] month ranges, cumulative keys already differenced. */
  readonly pieces: ReadonlyMap<number, readonly (readonly [number, number])[]>;
  readonly storedKeys: ReadonlySet<PeriodKey>;
}

/** What the stored periods cover: a pass over ds.periods (a few dozen keys), cheap enough to redo. */
function coverage(ds: Dataset): Coverage {
  const pieces = new Map<number, [number, number][]>();
  const cumulative = new Map<number, number[]>();
  const add = (year: number, s: number, e: number): void => {
    const list = pieces.get(year) ?? [];
    list.push([s, e]);
    pieces.set(year, list);
  };
  for (const p of parsedPeriods(ds)) {
    if (p.granularity === 'C') {
      const list = cumulative.get(p.year) ?? [];
      list.push(p.index);
      cumulative.set(p.year, list);
    } else {
      const [s, e] = monthRange(p);
      add(p.year, s, e);
    }
  }
  for (const [year, ends] of cumulative) {
    ends.sort((x, y) => x - y);
    // Months 1..j known completely from finer reports: a cumulative value minus them is a piece too
    // (months 1–3 and 1-6月累计 give Q2), as in roll-up-flow.ts.
    const finer = [...(pieces.get(year) ?? [])];
    const prefixKnown = (j: number): boolean => {
      let mask = 0;
      for (const [ps, pe] of finer) if (pe <= j) for (let m = ps; m <= pe; m++) mask |= 1 << (m - 1);
      return mask === (1 << j) - 1;
    };
    let prev = 0;
    for (const end of ends) {
      add(year, prev + 1, end);
      for (let j = prev + 1; j < end; j++) if (prefixKnown(j)) add(year, j + 1, end);
      prev = end;
    }
  }
  return { pieces, storedKeys: new Set(ds.periods) };
}

function rangeMask(p: Period): number {
  const [s, e] = monthRange(p);
  let mask = 0;
  for (let m = s; m <= e; m++) mask |= 1 << (m - 1);
  return mask;
}

/** True when stored pieces lying inside `p` cover every month of it (for some unit or metric). */
function isComplete(cov: Coverage, p: Period): boolean {
  const [s, e] = monthRange(p);
  let mask = 0;
  for (const [ps, pe] of cov.pieces.get(p.year) ?? []) {
    if (ps >= s && pe <= e) for (let m = ps; m <= pe; m++) mask |= 1 << (m - 1);
  }
  return mask === rangeMask(p);
}

/**
 * Period keys derivable from the data, chronological (comparePeriods). A period is listed when it is
 * stored itself or contains at least one stored piece, so a year with only some months is listed (its
 * values come out partial). Cumulative keys are never listed: they are converted. Without
 * `granularity`, all of months, quarters, halves and years.
 */
export function availablePeriods(ds: Dataset, granularity?: RollUpGranularity): PeriodKey[] {
  return listPeriods(coverage(ds), granularity);
}

/**
 * `availablePeriods(model.cube, granularity)` kept in the model: the analyses that walk the periods
 * (spread trend, 连续N期靠后, trend series) ask for the list on every call. Read-only.
 */
export function modelPeriods(model: Analysis, granularity: RollUpGranularity): readonly PeriodKey[] {
  return model.memo(`periods|${granularity}`, () => availablePeriods(model.cube, granularity));
}

function listPeriods(cov: Coverage, granularity: RollUpGranularity | undefined): PeriodKey[] {
  const out: Period[] = [];
  for (const g of granularity ? [granularity] : GRANULARITIES) {
    for (const [year, list] of cov.pieces) {
      for (let i = 1; i <= COUNT[g]; i++) {
        const p = makePeriod(year, g, i);
        const [s, e] = monthRange(p);
        if (cov.storedKeys.has(formatPeriodKey(p)) || list.some(([ps, pe]) => ps >= s && pe <= e)) out.push(p);
      }
    }
  }
  return out.sort(comparePeriods).map(formatPeriodKey);
}

/**
 * The period a view opens on: the latest quarter the data covers completely; failing that, the
 * latest completely covered period (the shortest one at that end); failing that, the latest
 * available period; '' for a dataset without periods.
 */
export function defaultPeriod(ds: Dataset): PeriodKey {
  const cov = coverage(ds);
  const all = listPeriods(cov, undefined).map((k) => parsePeriodKey(k)!);
  const complete = all.filter((p) => isComplete(cov, p));
  const quarters = complete.filter((p) => p.granularity === 'Q');
  const lastQuarter = quarters[quarters.length - 1];
  if (lastQuarter) return formatPeriodKey(lastQuarter);
  if (complete.length > 0) {
    const endOf = (p: Period): number => p.year * 12 + monthRange(p)[1];
    const latestEnd = endOf(complete[complete.length - 1]!);
    // Chronological order puts shorter periods first at the same end.
    return formatPeriodKey(complete.find((p) => endOf(p) === latestEnd)!);
  }
  const last = all[all.length - 1];
  return last ? formatPeriodKey(last) : '';
}

function parseOrThrow(key: PeriodKey): Period {
  const p = parsePeriodKey(key);
  if (!p) throw new Error(`not a canonical period key: ${JSON.stringify(key)}`);
  return p;
}

/** The period just before at the same granularity (环比): 2024-Q1 → 2023-Q4, 2024-03 → 2024-02. */
export function previousKey(key: PeriodKey): PeriodKey {
  return formatPeriodKey(previousPeriod(parseOrThrow(key)));
}

/** The same period one year earlier (同比): 2024-Q2 → 2023-Q2. */
export function sameLastYearKey(key: PeriodKey): PeriodKey {
  return formatPeriodKey(sameLastYear(parseOrThrow(key)));
}
