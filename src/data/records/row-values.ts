/**
 * The value cells of one data row of a long or wide table whose unit (mention) and period are
 * known (read-table.ts): each value is read (a plain number as written, else by parse-value.ts)
 * and added to the store as an observation; on a subtotal row each is checked against the sum of
 * the unit rows instead (subtotal-check.ts). A long row has one value, its metric named by its
 * 指标 cell; a wide row one per measure column, checked against its total columns
 * (row-total-check.ts) and split with a second table beside the first (right-table.ts).
 *
 * Part of the hot loop of every import: nothing is allocated per value.
 */
import { QUALIFIER_CODE, type Qualifier } from '../dataset/dataset';
import type { TableShape } from '../table/detect-shape';
import type { Column, ColumnFormats } from './column-formats';
import type { ReadContext } from './read-context';
import { plainNumber } from './plain-number';
import { cellAt } from './cell-at';
import { skippedReason, type SubtotalKind } from '../cells/row-label';
import { SubtotalChecker } from './subtotal-check';
import { SKIP_NO_METRIC } from './subtotal-skips';
import type { TableNotes } from './table-notes';
import type { ValueCells } from './value-cells';
import { RowMetric } from './row-metric';
import { COMPARED_REASON } from './compared-rows';
import { RowTotalCheck } from './row-total-check';
import { NO_RIGHT_ROW, RightTable, type RowPlace } from './right-table';
import { tableUnits } from '../vocabulary/metric-aliases';
import { toDateThrough } from '../vocabulary/relative-period';
import { isDittoMark } from '../cells/ditto-mark';
import { dittoValue, type DittoValue } from './ditto-value';
import { namedPeriodIssue, namedPeriodToDateIssue, NamedRows, type NamedRow } from './named-period';
import { SpanMonths } from './month-of-span-row';
import type { GridRole, GridRows } from './grid-rows';
import type { MetricDef } from '../vocabulary/metric-catalog';
import type { IssueAt } from '../report/make-issue';

const EXACT = QUALIFIER_CODE.exact;
const MISSING = QUALIFIER_CODE.missing;
/** A ditto mark whose meaning is unclear: missing, as text that is no number. */
const UNCLEAR_DITTO: DittoValue = { value: NaN, qualifier: QUALIFIER_CODE.invalid };

/** Reads the value cells of each data row of one long or wide table into the store. */
export class RowValues {
  /** Sums the unit rows' values for the subtotal rows (from the store, when one comes); told of street blocks by the table. */
  readonly checker: SubtotalChecker;
  /** The metric of each row's 指标 cell (row-metric.ts). */
  private readonly metricCell: RowMetric;
  /** Total columns beside the values they sum, checked on every row (row-total-check.ts); null without any. */
  private readonly rowTotals: RowTotalCheck | null;
  /** The second table beside this one, when there is one (right-table.ts). */
  private readonly right: RightTable | null;
  /** Which measures are a year to date through the row's period (`再就业人数（本年累计）` beside a 期间 column); null when none is. */
  private readonly toDate: boolean[] | null;
  /** The year-to-date period through each row period (by the row period's index), found once each. */
  private readonly toDatePeriod: number[] = [];
  /** What a row whose 指标 cell names its months (`1-3月累计再就业人数`) reads as: a long row's period, a wide row's columns'. */
  private readonly namedRows: NamedRows;
  private readonly measureIdx: number[];
  private readonly measureFormats: Column[];
  /** Wide, with a 指标 column: every measure column's metric is the row's (wide). */
  private readonly metricByRow: boolean;
  /** The last month of each row period (a 本月 column's or 指标 cell's in a quarter's row), and the long rows read so. */
  private readonly months: SpanMonths;
  /** Every measure's own period (ownPeriod) in a row of each row period, by row period + 1 (0: rows of no period), found once each. */
  private readonly ownPeriodsByRow: (Int32Array | undefined)[] = [];
  /**
   * A wide table with a 单位 column (one unit per row): each measure's scale under a row's unit
   * text (`万元`: 10,000 for a metric in 元), by text; null without such a column.
   */
  private readonly unitScales: Map<string, readonly number[]> | null;
  /** A community's table of its grids (grid-rows.ts): where a grid's values go, and the community's row is said. */
  grids: GridRows | null = null;

  /**
   * `located`: every row names its street (TableReader.located); `place`: a row's district and
   * street, filled down from above when its cells are blank (for the second table beside the first).
   */
  constructor(
    private readonly ctx: ReadContext, private readonly shape: TableShape,
    private readonly values: ValueCells, private readonly formats: ColumnFormats, private readonly notes: TableNotes,
    located: boolean, private readonly place: (cells: readonly string[]) => RowPlace,
  ) {
    this.checker = new SubtotalChecker(ctx.store, ctx.visibleSums, shape.rightUnit, shape.gridsOf !== undefined, ctx.mergedAcross);
    ctx.store.tableStarts(shape.names);
    this.rowTotals = shape.kind === 'wide' && shape.rowTotals !== undefined && shape.rowTotals.length > 0
      ? new RowTotalCheck(shape.rowTotals, shape.measures, ctx.sink, ctx.file) : null;
    this.right = shape.rightUnit !== undefined ? new RightTable(ctx, shape, shape.rightUnit, located) : null;
    // A wide table with a 指标 column (periods across the top) takes each row's metric from it.
    this.metricByRow = shape.kind === 'wide' && shape.metric >= 0;
    this.metricCell = new RowMetric(ctx, shape, formats);
    this.months = new SpanMonths(ctx, shape.names.get(shape.period) ?? '', shape.measures);
    this.namedRows = new NamedRows(ctx.store);
    this.measureIdx = this.metricByRow ? [] : shape.measures.map((m) => ctx.store.metricOf(m.metric));
    this.toDate = shape.measures.some((m) => m.toDate === true) ? shape.measures.map((m) => m.toDate === true) : null;
    this.measureFormats = this.metricByRow ? [] : shape.measures.map((m) => formats.column(`c${m.index}`, m.name, m.index + 1, m.metric.unit, m.scale));
    this.unitScales = shape.kind === 'wide' && !this.metricByRow && shape.measureUnit >= 0 ? new Map() : null;
  }

  /** The table has ended: 合计 rows written above their rows are checked against the rows below. */
  end(): void {
    const below = this.checker.settleAbove(this.ctx.sink);
    this.notes.checkedBelow(this.grids !== null ? this.grids.checkedBelow(below) : below, this.checker.uncheckedBelow, this.checker.columns.partly());
    this.grids?.end();
    this.metricCell.report();
    this.months.report(this.shape.metric, this.shape.names.get(this.shape.metric) ?? '');
  }

  /** Each measure's scale in a row whose 单位 cell says `unit`: the unit's scale for a metric of its base unit, else the header's. */
  private scalesUnder(unit: string): readonly number[] {
    let scales = this.unitScales!.get(unit);
    if (scales === undefined) {
      const written = tableUnits(unit);
      scales = this.shape.measures.map((m) => written.find((u) => u.base === m.metric.unit)?.scale ?? m.scale);
      this.unitScales!.set(unit, scales);
    }
    return scales;
  }

  /** A long row's one value, its metric named by its 指标 cell, in `period`; `sub`: a subtotal row's kind (`label` its text). */
  long(cells: string[], line: number, row: number, mention: number, period: number, sub: SubtotalKind | null, label: string, grid: GridRole | null = null): void {
    const store = this.ctx.store;
    const s = this.shape;
    // A total without its metric written: the one metric of the rows above it, else unchecked (metricless).
    const blank = sub !== null && cellAt(cells, s.metric) === '';
    if (blank && this.metricless(line, row, sub, label)) return;
    const m = blank ? this.metricCell.onlyMetric() : this.metricCell.of(cells, line, row, mention);
    if (m === undefined) return;
    if (m.total === true) { this.metricTotal(line, row); return; }
    if (m.comparison === true) { store.settleRow(row, 'subtotal', COMPARED_REASON); return; }
    // `再就业人数（累计）`: the year to date through the row's period; `本月再就业人数`: the last month of
    // the row's quarter, half or year to date (its 其中 rows with it, unsaid); `1-3月累计再就业人数`: the months it names.
    if (m.toDate === true) period = this.toDateOf(period);
    else if (m.month === true) period = m.part ? this.months.of(period) : this.months.text(period, m.text, line);
    else if (m.namedPeriod !== undefined) {
      const named = this.namedRows.period(period, m.namedPeriod);
      if (named.differs) this.namedPeriodWarning(cells, line, [period], [named.period]);
      period = named.period;
    }
    // Our normalised CSV keeps the source text in `raw`: re-parse that so qualifiers survive.
    const rawCell = cellAt(cells, s.rawText);
    const col = rawCell !== '' ? s.rawText + 1 : s.value + 1;
    // A plain number (most value cells) has no space to trim: read as it stands, no cellAt call.
    let value = m.scale === 1 && this.values.plain && s.qualifier < 0 ? plainNumber(rawCell !== '' ? rawCell : cells[s.value] ?? '') : NaN;
    let qualifier = EXACT;
    // A plain number is String(value) exactly: no raw text to keep (and no String() per row).
    let kept: string | null = null;
    if (Number.isNaN(value)) {
      const raw = rawCell !== '' ? rawCell : cellAt(cells, s.value);
      kept = raw;
      const ditto = sub === null && grid !== 'part' && isDittoMark(raw) ? this.ditto(raw, row, mention, m.index, line, col, s.names.get(s.value) ?? '') : null;
      if (ditto !== null) ({ value, qualifier } = ditto);
      else {
        const v = this.values.read(raw, m.scale, sub === null ? m.format : null, line, col, s.names.get(s.value) ?? '');
        value = v.value;
        qualifier = QUALIFIER_CODE[v.qualifier];
        // A 限定 column (our normalised CSV) gives the qualifier of a number read without its source text.
        const q = cellAt(cells, s.qualifier);
        if (rawCell === '' && !Number.isNaN(value) && q !== '' && q in QUALIFIER_CODE) qualifier = QUALIFIER_CODE[q as Qualifier];
      }
    } else if (sub === null) this.formats.addNumber(m.format, line, value);
    if (sub !== null) {
      const compared = this.checker.compared;
      this.checker.skipped = 0;
      this.checker.settle(sub, m.index, period, value, qualifier, m.def, label, { file: this.ctx.file, line, column: col }, this.ctx.sink);
      store.settleRow(row, 'subtotal', skippedReason(sub, label));
      this.notes.addSubtotal(line, sub === 'breakdown', this.checker.compared > compared ? 0 : this.checker.skipped, this.checker.blankRow);
      return;
    }
    if (grid !== null) {
      const at = { file: this.ctx.file, line, column: col };
      const compared = this.checker.compared;
      const kept = !this.gridValue(grid, m.index, col, period, value, qualifier, m.def, label, row, at);
      if (grid === 'part') { this.grids!.partRow(row, line); return; }
      this.grids!.wholeRow(row, line, label, this.checker.compared > compared);
      if (!kept) return;
    }
    store.add(mention, m.index, period, value, qualifier, row, col, kept);
  }

  /**
   * A value of a grid's row (`part`: summed for the totals and the grids' sum, true) or of the
   * community's own row (`whole`: checked as a 合计 against the grids, then stored as the community's, false;
   * a blank one is not, true: the grids' sum stands for it).
   */
  private gridValue(
    grid: GridRole, metric: number, column: number, period: number, value: number, qualifier: number,
    def: MetricDef, label: string, row: number, at: IssueAt & { line: number },
  ): boolean {
    if (grid === 'part') {
      this.checker.addPart(metric, column, period, value, qualifier, at.line);
      this.grids!.part(metric, period, value, qualifier, row, at.line, column);
      return true;
    }
    this.checker.settle('total', metric, period, value, qualifier, def, label, at, this.ctx.sink);
    if (qualifier === MISSING) return true;
    this.grids!.whole(metric, period);
    return false;
  }

  /** A ditto mark in a value cell: the row above's value, or missing (dittoValue says which, and why). */
  private ditto(text: string, row: number, mention: number, metric: number, line: number, column: number, columnName: string): DittoValue {
    const cell = { row, mention, metric, file: this.ctx.file, line, column, columnName, text };
    return dittoValue(this.ctx.store, cell, this.ctx.sink) ?? UNCLEAR_DITTO;
  }

  /** A row whose 指标 cell is 合计: the sum of its unit's metrics (of unlike things), listed and never imported. */
  private metricTotal(line: number, row: number): void {
    this.ctx.store.settleRow(row, 'subtotal', '指标为合计');
    this.notes.addSkipped('metricTotal', line);
  }

  /** The year to date through row period `rowPeriod` (a year's is the year itself), as a period of the store. */
  private toDateOf(rowPeriod: number): number {
    let p = this.toDatePeriod[rowPeriod];
    if (p === undefined) {
      const key = this.ctx.store.periods[rowPeriod]!;
      p = this.toDatePeriod[rowPeriod] = this.ctx.store.periodOf(toDateThrough(key));
    }
    return p;
  }

  /**
   * A measure's own period in a row of period `rowPeriod`: its column's, the year to date through
   * the row's (`再就业人数（本年累计）`), a 本月 column's last month of the row's quarter, half or
   * year to date (as under a title of that period), or the row's.
   */
  private ownPeriod(k: number, rowPeriod: number): number {
    const ms = this.shape.measures[k]!;
    if (ms.period !== undefined) return this.ctx.store.periodOf(ms.period);
    if (this.toDate !== null && this.toDate[k] === true) return this.toDateOf(rowPeriod);
    return ms.month === true ? this.months.of(rowPeriod) : rowPeriod;
  }

  /**
   * Every measure's own period in a row of period `rowPeriod` (ownPeriod), found once per row
   * period; 本月 columns read as its last month are said then, at the row's `line` (SpanMonths.columns).
   */
  private ownPeriods(rowPeriod: number, line: number): Int32Array {
    return this.ownPeriodsByRow[rowPeriod + 1] ?? this.findOwnPeriods(rowPeriod, line);
  }

  /** ownPeriods the first time for `rowPeriod`. Its own method: the arrow function below, in ownPeriods, had V8 make a context on every call. */
  private findOwnPeriods(rowPeriod: number, line: number): Int32Array {
    const measures = this.shape.measures;
    const own = Int32Array.from(measures, (_, k) => this.ownPeriod(k, rowPeriod));
    this.ownPeriodsByRow[rowPeriod + 1] = own;
    this.months.columns(measures, rowPeriod, line);
    return own;
  }

  /**
   * How a wide row of period `rowPeriod` whose 指标 cell names months `named` reads each column:
   * the months in each column's year, unless two columns of one side of different periods would
   * so take the same period (then each its own year to date; NamedRow.toDate). Found once per row
   * period and text.
   */
  private namedRow(rowPeriod: number, named: string, line: number): NamedRow {
    const { measures } = this.shape;
    const { right } = this;
    const keys = this.ctx.store.periods;
    return this.namedRows.of(rowPeriod, named, () => Array.from(this.ownPeriods(rowPeriod, line), (p) => keys[p]!),
      (k) => right !== null && right.owns(measures[k]!.index));
  }

  /** The one warning at a row's 指标 cell whose months differ from the row's periods `rowPeriods` (taken as `taken`). */
  private namedPeriodWarning(cells: readonly string[], line: number, rowPeriods: readonly number[], taken: readonly number[]): void {
    const s = this.shape;
    const keys = this.ctx.store.periods;
    this.ctx.sink.pushCapped(namedPeriodIssue(cellAt(cells, s.metric), rowPeriods.map((p) => keys[p]!), taken.map((p) => keys[p]!),
      { file: this.ctx.file, line, column: s.metric + 1, columnName: s.names.get(s.metric) ?? '' }));
  }

  /** The one warning at a row's 指标 cell (of metric `metricName`) whose columns were each read as their own year to date. */
  private namedToDateWarning(cells: readonly string[], line: number, metricName: string, row: NamedRow): void {
    const s = this.shape;
    const keys = this.ctx.store.periods;
    this.ctx.sink.pushCapped(namedPeriodToDateIssue(cellAt(cells, s.metric), metricName, keys[row.named]!,
      row.from.map((p) => keys[p]!), row.to.map((p) => keys[p]!),
      { file: this.ctx.file, line, column: s.metric + 1, columnName: s.names.get(s.metric) ?? '' }));
  }

  /**
   * A 合计 row with its 指标 cell blank (`合计,,,2024-03,,1234`) under rows of several metrics (or
   * of none yet): a total of no metric the file names, so nothing to check it against; skipped as
   * a total with that said, never the error a community's row without a metric is. Under rows of
   * one metric it is that metric's total: false, and checked. True when the row is settled so.
   */
  private metricless(line: number, row: number, sub: SubtotalKind, label: string): boolean {
    if (this.metricCell.onlyMetric() !== undefined) return false;
    this.ctx.store.settleRow(row, 'subtotal', skippedReason(sub, label));
    this.notes.addSubtotal(line, sub === 'breakdown', SKIP_NO_METRIC);
    return true;
  }

  /**
   * A wide row's value in each measure column, in the column's own period or the row's
   * (`rowPeriod`); `sub`: a subtotal row's kind (`label` its text).
   */
  wide(cells: string[], line: number, row: number, mention: number, rowPeriod: number, sub: SubtotalKind | null, label: string, grid: GridRole | null = null): void {
    const store = this.ctx.store;
    const measures = this.shape.measures;
    const plain = this.values.plain;
    const { formats, measureIdx, measureFormats } = this;
    const blank = sub !== null && this.metricByRow && cellAt(cells, this.shape.metric) === '';
    if (blank && this.metricless(line, row, sub, label)) return;
    const byRow = !this.metricByRow ? null : blank ? this.metricCell.onlyMetric() : this.metricCell.of(cells, line, row, mention);
    if (byRow === undefined) return;
    if (byRow !== null && byRow.total === true) { this.metricTotal(line, row); return; }
    if (byRow !== null && byRow.comparison === true) { store.settleRow(row, 'subtotal', COMPARED_REASON); return; }
    const byRowToDate = byRow !== null && byRow.toDate === true;
    // A 指标 cell naming its months (rare): each column's period, found once for the row's period and text.
    const named = byRow !== null && !byRowToDate && byRow.namedPeriod !== undefined ? this.namedRow(rowPeriod, byRow.namedPeriod, line) : null;
    // `本月再就业人数` across quarters: each quarter's last month (SpanMonths.across, once per row period).
    let own = named === null ? this.ownPeriods(rowPeriod, line) : null;
    if (own !== null && byRow !== null && byRow.month === true) own = this.months.across(own, rowPeriod, byRow.text, line, byRow.part);
    // A second table beside the first: its columns belong to the unit named in its own 社区 column.
    const { right } = this;
    const rightOwner = right !== null ? right.owner(cells, line, mention, sub, label, () => this.place(cells)) : mention;
    const compared = this.checker.compared;
    this.checker.skipped = 0;
    const totals = this.rowTotals;
    const under = this.unitScales !== null ? this.scalesUnder(cellAt(cells, this.shape.measureUnit)) : null;
    for (let k = 0; k < measures.length; k++) {
      const ms = measures[k]!;
      const scale = byRow !== null ? byRow.scale : under !== null ? under[k]! : ms.scale;
      const format = byRow !== null ? byRow.format : measureFormats[k]!;
      // A plain number (most value cells) has no space to trim: read as it stands, no cellAt call.
      let value = scale === 1 && plain ? plainNumber(cells[ms.index] ?? '') : NaN;
      let qualifier = EXACT;
      let kept: string | null = null;
      if (Number.isNaN(value)) {
        const raw = cellAt(cells, ms.index);
        kept = raw;
        const ditto = sub === null && grid !== 'part' && isDittoMark(raw) && (right === null || !right.owns(ms.index))
          ? this.ditto(raw, row, mention, byRow !== null ? byRow.index : measureIdx[k]!, line, ms.index + 1, ms.name) : null;
        if (ditto !== null) ({ value, qualifier } = ditto);
        else {
          const v = this.values.read(raw, scale, sub === null ? format : null, line, ms.index + 1, ms.name);
          value = v.value;
          qualifier = QUALIFIER_CODE[v.qualifier];
        }
      } else if (sub === null) formats.addNumber(format, line, value);
      if (totals !== null) {
        totals.value[k] = value;
        totals.exact[k] = qualifier === EXACT ? 1 : 0;
      }
      // The column's own period, or the one its 指标 cell's months give it.
      let period = own !== null ? own[k]! : named!.period[k]!;
      if (byRowToDate) period = this.toDateOf(period);
      const metric = byRow !== null ? byRow.index : measureIdx[k]!;
      if (sub !== null) {
        this.checker.settle(sub, metric, period, value, qualifier, byRow !== null ? byRow.def : ms.metric, label,
          { file: this.ctx.file, line, column: ms.index + 1, columnName: ms.name }, this.ctx.sink);
        continue;
      }
      if (grid !== null && this.gridValue(grid, metric, ms.index + 1, period, value, qualifier, byRow !== null ? byRow.def : ms.metric, label, row,
        { file: this.ctx.file, line, column: ms.index + 1, columnName: ms.name })) continue;
      const owner = right !== null && right.owns(ms.index) ? rightOwner : mention;
      if (owner === NO_RIGHT_ROW) continue;
      if (owner < 0) {
        right!.notImported(cells, line, ms.index + 1, ms.name);
        continue;
      }
      store.add(owner, metric, period, value, qualifier, row, ms.index + 1, kept);
    }
    if (named !== null && named.from.length > 0) {
      if (named.toDate) this.namedToDateWarning(cells, line, byRow!.def.zh, named);
      else this.namedPeriodWarning(cells, line, named.from, named.to);
    }
    if (sub !== null) {
      store.settleRow(row, 'subtotal', skippedReason(sub, label));
      this.notes.addSubtotal(line, sub === 'breakdown', this.checker.compared > compared ? 0 : this.checker.skipped, this.checker.blankRow);
    } else if (measures.length === 0) store.settleRow(row, 'rejected', '没有数值列');
    else {
      // (With one value column a blank row is a blank cell, missing without a word: catalogue #27.)
      if (grid === null && measures.length > 1 && measures.every((m) => cellAt(cells, m.index) === '')) this.notes.addNoValues(line, cellAt(cells, this.shape.unit));
      if (totals !== null) totals.check(cells, line, this.values, byRow ?? undefined);
    }
    if (grid === 'part') this.grids!.partRow(row, line);
    else if (grid === 'whole') this.grids!.wholeRow(row, line, label, this.checker.compared > compared);
  }
}
