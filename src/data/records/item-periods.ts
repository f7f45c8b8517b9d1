/**
 * The periods of a one-community form's item that names its own (periodWordsOf): `再就业人数（累计）`
 * is the year to date through each column's period; `1-3月累计再就业人数`, `1至6月再就业人数` the
 * months they name, in each column's year, by the rule a wide row's 指标 cell is read with
 * (namedColumns), said with its warnings when the months are not the form's. An item naming the
 * month (`再就业人数（本月）`) or nothing is in each column's own period: none here.
 */
import type { ImportIssue } from '../report/import-report';
import type { IssueAt } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import type { PeriodKey } from '../vocabulary/period';
import type { VerticalForm } from '../table/vertical-form';
import { namedColumns, namedPeriodIssue, namedPeriodToDateIssue } from './named-period';
import type { PeriodWords } from './metric-lookup';

/** Each form column's period (a period of the store, by the reader's column order) for an item's cells, and the months it names as said. */
export interface ItemPeriods {
  readonly period: readonly number[];
  /** The months the item names (`2024年1-3月累计`), when its cells are read in them rather than each column's year to date. */
  readonly label?: { readonly zh: string; readonly en: string };
}

/**
 * A form's columns as the reader orders them (readVertical: the current column, the 累计 column,
 * the months across; each `[column, period, year to date through it]`, periods of the store).
 */
type FormColumns = readonly (readonly [number, number, number])[];

export class ItemPeriodsOf {
  constructor(
    private readonly form: VerticalForm, private readonly columns: FormColumns,
    private readonly periodOf: (key: PeriodKey) => number,
  ) {}

  /**
   * The periods of the cells of an item whose period words are `words` (written `text`, of metric
   * `metricName`), at `at`; null when each cell is in its column's own period.
   */
  of(words: PeriodWords, at: IssueAt & { line: number }, text: string, metricName: string, sink: IssueSink): ItemPeriods | null {
    if (words.toDate === true) return { period: this.columns.map((c) => c[2]) };
    const named = words.namedPeriod;
    const current = this.form.currentKey;
    if (named === undefined || current === undefined) return null;
    // The month columns (the current one, then the months across) read the months as a wide row's columns do.
    const months = [current, ...(this.form.months ?? []).map((m) => m.key)];
    const read = namedColumns(months, named, () => false);
    if (read.from.length > 0) sink.push(this.warning(read, at, text, metricName));
    const monthPeriods = read.keys.map(this.periodOf);
    // The 累计 column says the current column's period, or its own year to date when each column is read so.
    const cumulative = read.toDate ? this.columns[1]![2] : monthPeriods[0]!;
    const period = [monthPeriods[0]!, cumulative, ...monthPeriods.slice(1)];
    if (read.toDate) return { period };
    return { period, label: { zh: formatPeriodLabel(read.keys[0]!, 'zh'), en: formatPeriodLabel(read.keys[0]!, 'en') } };
  }

  private warning(read: ReturnType<typeof namedColumns>, at: IssueAt & { line: number }, text: string, metricName: string): ImportIssue {
    return read.toDate
      ? namedPeriodToDateIssue(text, metricName, read.named!, read.from, read.to, at)
      : namedPeriodIssue(text, read.from, read.to, at);
  }
}
