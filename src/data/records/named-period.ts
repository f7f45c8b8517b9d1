/**
 * A 指标 cell naming its months without a year (`1-3月累计再就业人数`) in a row of a period ending
 * in another month (2024年5月): which the clerk meant is asked (metric-lookup's namedPeriod). Under
 * periods across the top with two columns of one year (2024年3月, 2024年4月) the months cannot be
 * every column's: the clerk copied the metric's name, and each column is read as its own year to
 * date (1-3月 under 3月, 1-4月 under 4月), which is asked too.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { monthRange, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { toDateThrough } from '../vocabulary/relative-period';
import type { ObservationRecords } from './observation-records';

/** The last month (1-12) of a period key, 0 when it is no period. */
export function lastMonth(key: PeriodKey): number {
  const p = parsePeriodKey(key);
  return p === null ? 0 : monthRange(p)[1];
}

/** The period months `named` (`C03`: a period key after its year) name in the year of period `key`. */
export function namedIn(key: PeriodKey, named: string): PeriodKey {
  return `${key.slice(0, 4)}-${named}`;
}

/** How a row's columns, each of its own period, read a cell naming months without their year. */
export interface NamedColumns {
  /** Each column's period. */
  readonly keys: readonly PeriodKey[];
  /**
   * Two columns of one side of the row, of different periods, would take the same months (2024年3月
   * and 2024年4月 both 2024年1-3月累计): the months cannot be both's, and each column is read as the
   * year to date through its own period instead.
   */
  readonly toDate: boolean;
  /** The columns' own periods that the reading changes (distinct, in column order; empty: none), and the period taken for each. */
  readonly from: readonly PeriodKey[];
  readonly to: readonly PeriodKey[];
  /** The months named in the year of `from[0]`; undefined when the reading changes none. */
  readonly named?: PeriodKey;
}

/**
 * How columns of periods `own` (a wide row's measures, a one-community form's month columns) read
 * a 指标 cell naming months `named` (`C03` for `1-3月累计再就业人数`): the months in each column's
 * year, unless two columns of one side (`side`) of different periods would so take the same period;
 * then each its own year to date (NamedColumns.toDate). The one rule of wide rows and forms.
 */
export function namedColumns(own: readonly PeriodKey[], named: string, side: (k: number) => boolean): NamedColumns {
  const taken = own.map((key) => namedIn(key, named));
  const toDate = taken.some((t, k) => taken.some((u, l) => l < k && u === t && own[l] !== own[k] && side(l) === side(k)));
  const keys = own.map((key, k) => (toDate ? toDateThrough(key) : taken[k]!));
  const from: PeriodKey[] = [];
  const to: PeriodKey[] = [];
  let first: PeriodKey | undefined;
  own.forEach((key, k) => {
    if ((toDate || lastMonth(taken[k]!) !== lastMonth(key)) && !from.includes(key)) {
      first ??= taken[k]!;
      from.push(key);
      to.push(keys[k]!);
    }
  });
  return { keys, toDate, from, to, ...(first !== undefined ? { named: first } : {}) };
}

/** How a row whose 指标 cell names its months reads each column (namedColumns), in periods of the store. */
export interface NamedRow {
  /** Each column's period. */
  readonly period: Int32Array;
  /** NamedColumns.toDate: each column read as its own year to date. */
  readonly toDate: boolean;
  /** The columns' own periods that the reading changes (distinct, in column order; empty: none), and the period taken for each. */
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** The period the cell's months name in the year of the first column the reading changes (`from[0]`'s); -1 when it changes none. */
  readonly named: number;
}

/** The period a 指标 cell's yearless months name in a row period's year (a period of the store), and whether it ends in another month. */
export interface NamedPeriod {
  readonly period: number;
  readonly differs: boolean;
}

/**
 * What the 指标 cells of one table that name their months (`1-3月累计再就业人数`) read as, found once
 * per row period and months: a long row's period (period), a wide row's columns' (of: NamedRow).
 */
export class NamedRows {
  private readonly rows = new Map<string, NamedRow>();
  private readonly periods = new Map<string, NamedPeriod>();

  constructor(private readonly store: ObservationRecords) {}

  /**
   * The period a 指标 cell names without its year (`C03`: 1-3月累计) in the year of row period
   * `rowPeriod`, as a period of the store, and whether it ends in another month than the row's
   * period (a 1-3月累计 row in 2024-05).
   */
  period(rowPeriod: number, named: string): NamedPeriod {
    const memoKey = `${rowPeriod}\u0001${named}`;
    let found = this.periods.get(memoKey);
    if (found === undefined) {
      const rowKey = this.store.periods[rowPeriod]!;
      const key = namedIn(rowKey, named);
      found = { period: this.store.periodOf(key), differs: lastMonth(key) !== lastMonth(rowKey) };
      this.periods.set(memoKey, found);
    }
    return found;
  }

  /**
   * A row of period `rowPeriod` (of the store) whose 指标 cell names months `named`: its columns'
   * periods by namedColumns, of their own periods `own` (asked the first time only) and sides `side`.
   */
  of(rowPeriod: number, named: string, own: () => readonly PeriodKey[], side: (k: number) => boolean): NamedRow {
    const memoKey = `${rowPeriod}\u0001${named}`;
    let found = this.rows.get(memoKey);
    if (found !== undefined) return found;
    const read = namedColumns(own(), named, side);
    const index = (key: PeriodKey): number => this.store.periodOf(key);
    found = {
      period: Int32Array.from(read.keys, index), toDate: read.toDate, from: read.from.map(index), to: read.to.map(index),
      named: read.named !== undefined ? index(read.named) : -1,
    };
    this.rows.set(memoKey, found);
    return found;
  }
}

/** Period keys as a message lists them: `2024年3月、2024年4月`, `Mar 2024, Apr 2024`. */
function labels(keys: readonly PeriodKey[], lang: 'zh' | 'en'): string {
  return keys.map((k) => formatPeriodLabel(k, lang)).join(lang === 'zh' ? '、' : ', ');
}

/**
 * The one warning at a row's 指标 cell: its text, and each period of the row that differs (a long
 * row's, or each column's under periods across the top: `rowKeys`) with the one taken for it (the
 * months the cell names in that period's year: `takenKeys`, in the same order).
 */
export function namedPeriodIssue(metricText: string, rowKeys: readonly PeriodKey[], takenKeys: readonly PeriodKey[], at: IssueAt & { line: number }): ImportIssue {
  const first = takenKeys[0]!;
  const words = monthsOf(first);
  const wordsEn = formatPeriodLabel(first, 'en');
  const several = rowKeys.length > 1;
  return makeIssue('warning', 'period-metric-months', at,
    `第${at.line}行指标“${metricText}”写的是${words}，与该行${several ? '各列' : ''}期间${labels(rowKeys, 'zh')}不一致；已按指标所写记为${labels(takenKeys, 'zh')}，请核对`,
    `Line ${at.line}: the metric "${metricText}" names ${wordsEn}, which differs from the row's ${several ? 'column periods' : 'period'} ${labels(rowKeys, 'en')}; recorded as ${labels(takenKeys, 'en')} as the metric says. Please check.`);
}

/** The months a named-period key names, without its year (`2024-C03` → 1-3月累计). */
function monthsOf(key: PeriodKey): string {
  return formatPeriodLabel(key, 'zh').slice(key.slice(0, 4).length + 1);
}

/**
 * The one warning at a row's 指标 cell (its text, and the metric's name) whose months cannot be
 * every column's (two columns of one year, `columnKeys`): each column was read as the year to date
 * through its own period (`takenKeys`, in the same order).
 */
export function namedPeriodToDateIssue(metricText: string, metricName: string, namedKey: PeriodKey,
  columnKeys: readonly PeriodKey[], takenKeys: readonly PeriodKey[], at: IssueAt & { line: number }): ImportIssue {
  const words = monthsOf(namedKey);
  return makeIssue('warning', 'period-metric-months-to-date', at,
    `第${at.line}行指标“${metricText}”写的是${words}，但该行各列是不同期间（${labels(columnKeys, 'zh')}），同一年的几列不能都是${words}；已按各列期间的本年累计记为${labels(takenKeys, 'zh')}，请核对；如各列是当期数，请把指标改为“${metricName}”`,
    `Line ${at.line}: the metric "${metricText}" names ${formatPeriodLabel(namedKey, 'en')}, but the row's columns are different periods (${labels(columnKeys, 'en')}), and columns of one year cannot all be those months; each is recorded as the year to date through its own period (${labels(takenKeys, 'en')}). Please check; if the columns are each period's own figures, rename the metric "${metricName}".`);
}
