/**
 * The check of totals against the rows they cover (the rows are told apart by cells/row-label.ts).
 * A 小计 or `东湖街道合计` covers the rows since the previous subtotal of the same metric and period;
 * a 合计/总计/全区 covers every unit row so far; a 合计 written beside a street name (`东湖街道,合计`)
 * is that street's subtotal. A 合计 written above every row it sums (the first row of the table) is
 * checked when the table ends, against the rows below it. A street's row over its communities
 * (`中北镇`, then its 社区) is checked against the unit rows below it, up to that street's next
 * heading or the table's end. Only exact values are checked: a 余/约
 * value or a missing cell makes the sum unknowable, so no warning is raised then (a blank row a
 * 小计/合计 covers is named in the table's note instead: SKIP_BLANK_ROW, blankRow). A sum formula short
 * by exactly the numbers stored as text in its rows says so (records/text-numbers-note.ts).
 */
import type { ObservationRecords } from './observation-records';
import type { IssueAt } from '../report/make-issue';
import type { IssueSink } from '../report/issue-sink';
import { isRate, type MetricDef } from '../vocabulary/metric-catalog';
import type { SubtotalKind } from '../cells/row-label';
import type { VisibleSums } from '../rows/visible-sums';
import { sumMismatch } from './sum-mismatch';
import { RowSums, type Sum } from './row-sums';
import { groupTotalIssue, headingMismatch, headingUnchecked, totalMismatch, visibleRowsIssue, type RowsEnd, type SubtotalMismatch } from './total-issues';
import { SubtotalColumns } from './subtotal-columns';
import { SKIP_APPROXIMATE, SKIP_APPROXIMATE_ROW, SKIP_BLANK, SKIP_BLANK_ROW, SKIP_MERGED, SKIP_NOTHING_ABOVE, SKIP_RATE } from './subtotal-skips';

const EXACT = 0; // QUALIFIER_CODE.exact


/** A 合计 value with no row above it of its metric and period: checked when the table ends (settleAbove). */
interface TotalAbove {
  /** The key its metric's sums are kept under (lane: the metric's code, and its side's beside a second table). */
  readonly metricIndex: number;
  readonly period: number;
  readonly value: number;
  readonly metric: MetricDef;
  readonly label: string;
  readonly at: IssueAt & { line: number };
  /** A 小计 written above its rows (not a street's row): checked as a street row is, worded as a 小计. */
  readonly overRows?: true;
  /** A 合计 over its group after one above the first group (totalOverGroup): with no row below, it is the rows' above it, as any 合计. */
  readonly afterGroup?: true;
}

export { sumMismatch };

export class SubtotalChecker {
  /** Subtotal values compared with the sum of their rows (a blank or rate total is not). */
  compared = 0;
  /** Why values were not compared since the caller last cleared it (SKIP_ bits). */
  skipped = 0;
  /** With SKIP_BLANK_ROW (else SKIP_APPROXIMATE_ROW) in `skipped`: the line of the blank (approximate) row the first such total covers. */
  blankRow = 0;
  /** The running sums of the table's unit rows. */
  private readonly sums: RowSums;
  /** 合计 values written above their rows, for settleAbove. */
  private readonly above: TotalAbove[] = [];
  /** Street headings' values not yet compared, by metric and period (one street open at a time per key). */
  private readonly headings = new Map<number, TotalAbove>();
  /** Lines of street headings compared with the rows below them (settleAbove reports them). */
  private readonly headingLines: number[] = [];
  /** Totals above their rows found, when their rows ended, not to be checked for a blank row among them (`skipped`: SKIP_BLANK_ROW, its line `blankRow`). */
  readonly uncheckedBelow: { line: number; skipped: number; blankRow: number }[] = [];
  /** Each subtotal row's columns compared and not (TableNotes.partly names those of a row compared in some only). */
  readonly columns = new SubtotalColumns();
  /** Set by check when a total had nothing above it to compare with. */
  private nothingAbove = false;
  /** Whether the info that a SUBTOTAL sums the rows in view was given (once per table). */
  private visibleSaid = false;
  /** Keys (metric × 0x10000 + period) whose 小计 rows are written above their rows (overRows). */
  private readonly subtotalsOver = new Set<number>();
  /** Keys (metric × 0x10000 + period) whose 合计 rows of a label head their groups (totalOverGroup). */
  private readonly totalHeads = new Map<number, string>();
  /** Whether a 合计 was said to be its group's (subtotal-group-total: once per table). */
  private groupSaid = false;
  /** Street heading rows split the table into blocks (block): a 合计 may be its block's (check's group). */
  private blocks = false;
  /** A 合计 has ended a block's rows: the blocks are closed by 合计 rows, and one that matches neither sum is said against its block's (check). */
  private blockTotals = false;
  /** The count of unit rows added (RowSums.added) when the last block began (block), and its street's key. */
  private blockStart = 0;
  private blockStreet = '';

  /**
   * With a `store`: the table's unit rows are the observations the store gets from now on (one
   * table at a time is read into it), and they are added here only when a subtotal is checked,
   * so a table without subtotal rows never sums anything (row-sums.ts).
   */
  constructor(
    store?: ObservationRecords, private readonly visible?: VisibleSums,
    /** A second table beside the first (TableShape.rightUnit, 0-based): each side's totals sum that side's rows. */
    rightUnit?: number,
    /** The rows summed are parts given by addPart (a community's grids), never the store's: its observations are the totals'. */
    partsOnly = false,
    /** Whether a cell (line, 1-based column) is of a value merged across value columns: a total there is taken as blank (SKIP_MERGED). */
    private readonly mergedAcross?: (line: number, column: number) => boolean,
  ) {
    this.sums = new RowSums(store, visible, rightUnit, partsOnly);
  }

  /**
   * A part's value of `metric` (its code) in 1-based `column`: a row summed for the totals but never
   * stored (a grid of the community a table lists: records/grid-rows.ts), added as a unit row's is.
   */
  addPart(metric: number, column: number, period: number, value: number, qualifier: number, line: number): void {
    this.sums.add(this.sums.lane(metric, column), period, value, qualifier, line);
  }

  /** Adds an ordinary unit row's value for (metric, period), both small non-negative codes (RowSums.add). */
  add(metric: number, period: number, value: number, qualifier: number, line: number, obs = -1, text = false): void {
    this.sums.add(metric, period, value, qualifier, line, obs, text);
  }

  /**
   * A street heading row (street-rows.ts) at `line`, valued or not, of the street of key `street`: the
   * unit rows below it are a new block, its street's, that a 小计 (or a 合计: check's group) under them
   * covers; a valued heading before it is compared with its block. A heading right under another (a long file's, one per
   * metric), or the same street's again (a printed page's, `中北镇（续）`), starts no new block.
   */
  block(sink: IssueSink, street: string, line: number, label = ''): void {
    this.sums.sync();
    this.blocks = true;
    if (this.sums.added === this.blockStart || street === this.blockStreet) { this.blockStreet = street; return; }
    this.blockStart = this.sums.added;
    this.blockStreet = street;
    for (const t of this.headings.values()) this.closeHeading(t, sink, { line, label });
    this.headings.clear();
    this.sums.newBlock(line);
  }

  /** A 小计 (`until`) ends its block: the street heading of `key` and `period` open above it is compared with the block's rows now. */
  private closeOpenHeading(key: number, period: number, sink: IssueSink, until: RowsEnd): void {
    if (this.headings.size === 0) return;
    const hk = key * 0x10000 + period;
    const t = this.headings.get(hk);
    if (t === undefined) return;
    this.sums.sync();
    this.closeHeading(t, sink, until);
    this.headings.delete(hk);
  }

  /**
   * A non-unit row's value of `metric` (code `metricIndex`) in `period`: a total or a segment's
   * subtotal is checked against the rows it covers, a mismatch a warning in `sink` naming `label`
   * and the cell `at`. Rates are not sums (a 合计 row's 再就业率 is no sum of rates): skipped. A
   * value merged across value columns (one figure over 常住人口 and 户数) is no known column's
   * total: read as blank (its rows still end at it), never said to be a wrong one.
   */
  settle(
    kind: SubtotalKind, metricIndex: number, period: number, cellValue: number, qualifier: number,
    metric: MetricDef, label: string, at: IssueAt & { line: number }, sink: IssueSink,
  ): void {
    if (kind !== 'total' && kind !== 'segment' && kind !== 'heading') return;
    // This column's outcome apart from the row's others (SubtotalColumns), then the row's bits again.
    const [skipped, blankRow, compared] = [this.skipped, this.blankRow, this.compared];
    this.skipped = 0;
    this.settleValue(kind, metricIndex, period, cellValue, qualifier, metric, label, at, sink);
    this.columns.note(at.line, at.column ?? 0, at.columnName ?? '', this.compared > compared ? 0 : this.skipped, this.blankRow);
    this.skipped |= skipped;
    if ((skipped & (SKIP_BLANK_ROW | SKIP_APPROXIMATE_ROW)) !== 0) this.blankRow = blankRow;
  }

  private settleValue(
    kind: 'total' | 'segment' | 'heading', metricIndex: number, period: number, cellValue: number, qualifier: number,
    metric: MetricDef, label: string, at: IssueAt & { line: number }, sink: IssueSink,
  ): void {
    if (isRate(metric)) { this.skipped |= SKIP_RATE; return; }
    const merged = this.mergedAcross?.(at.line, at.column ?? 0) === true;
    if (merged) this.skipped |= SKIP_MERGED;
    const value = merged ? NaN : cellValue;
    const key = this.sums.lane(metricIndex, at.column ?? 0);
    if (kind === 'heading' || (kind === 'segment' && this.overRows(key, period))) {
      this.head(key, period, value, qualifier, metric, label, at, sink, kind === 'segment');
      return;
    }
    if (kind === 'total' && this.totalOverGroup(key, period, value, label)) {
      this.head(key, period, value, qualifier, metric, label, at, sink, true, true);
      return;
    }
    if (kind === 'segment') this.closeOpenHeading(key, period, sink, { line: at.line, label });
    this.nothingAbove = false;
    const leftOut = this.visible?.leftOut(at.line, at.column ?? 0) ?? null;
    if (leftOut !== null && this.settleVisible(kind, key, period, value, qualifier, metric, label, at, sink, leftOut)) return;
    const miss = this.check(kind, key, period, value, qualifier, at.line);
    if (this.nothingAbove && kind === 'total' && qualifier === EXACT) this.above.push({ metricIndex: key, period, value, metric, label, at });
    if (!miss) return;
    // A 合计 that is the sum of the rows since the 合计 (or street heading) before it: its group's (a 合计 under each group, a 总计 under all), said once.
    if (miss.group !== undefined) {
      if (!this.groupSaid) sink.push(groupTotalIssue(at, label, metric, value, miss, miss.group));
      this.groupSaid = true;
      return;
    }
    const note = this.sums.textNote(key, period, kind === 'segment', miss.firstLine, at.line, value, miss.expected, label, at);
    sink.push(totalMismatch(at, label, metric, value, miss, note));
  }

  /**
   * A total whose formula sums only the rows in view (SUBTOTAL(109,…) with rows a filter hides,
   * `leftOut`): compared with the rows it covers but those, as Excel summed them. Rare (a filtered
   * sheet's SUBTOTAL cells), so the rows are summed from the store here, from the first it covers.
   * False, having done nothing, when no row it covers is hidden: it is then checked as any total.
   */
  private settleVisible(
    kind: 'total' | 'segment', key: number, period: number, value: number, qualifier: number,
    metric: MetricDef, label: string, at: IssueAt & { line: number }, sink: IssueSink, leftOut: readonly number[],
  ): boolean {
    if (this.sums.partsOnly) return false;
    this.sums.sync();
    const s = this.sums.of(key, period);
    const from = s === undefined ? Infinity : kind === 'segment' ? s.segFirstLine : s.firstLine;
    // The rows it covers are the store's from its first (a segment's) on: not the whole table's again for each total.
    const start = Math.max(this.sums.first, s === undefined ? 0 : kind === 'segment' ? s.segFirstObs : s.firstObs);
    const hidden = leftOut.filter((l) => l >= from && l < at.line);
    if (hidden.length === 0) return false;
    const compared = this.compared;
    this.check(kind, key, period, value, qualifier);
    if (this.compared === compared) return true; // blank, approximate or nothing above: as any total
    const out = new Set(leftOut);
    const { sum, rows } = this.sums.sumOfLines(key, period, start, from, at.line, out);
    const expected = sumMismatch(sum, value);
    if (expected === null) {
      if (this.visibleSaid) return true;
      this.visibleSaid = true;
      sink.push(visibleRowsIssue(at, label, hidden));
      return true;
    }
    const note = this.sums.textNote(key, period, kind === 'segment', from, at.line, value, expected, label, at, out);
    sink.push(visibleRowsIssue(at, label, hidden, { metric, value, rows, expected, note }));
    return true;
  }

  /**
   * At the end of the table: each 合计 written above its rows is compared with the sum of the rows
   * below it (a mismatch is a warning in `sink`). Returns the lines of those compared.
   */
  settleAbove(sink: IssueSink): number[] {
    if (this.above.length === 0 && this.headings.size === 0) return [...this.headingLines];
    this.sums.sync();
    for (const t of this.headings.values()) this.closeHeading(t, sink);
    this.headings.clear();
    const lines: number[] = [...this.headingLines];
    for (const t of this.above) {
      const s = this.sums.of(t.metricIndex, t.period);
      if (s === undefined || s.rows === 0) continue;
      if (!s.exact) { this.notExact(t.at, s.blankLine, s.approxLine); continue; }
      if (lines[lines.length - 1] !== t.at.line) lines.push(t.at.line);
      this.columns.note(t.at.line, t.at.column ?? 0, t.at.columnName ?? '', 0, 0);
      const expected = sumMismatch(s.sum, t.value);
      if (expected === null) continue;
      const note = this.sums.textNote(t.metricIndex, t.period, false, t.at.line, Infinity, t.value, expected, t.label, t.at);
      sink.push(headingMismatch(t.at, `“${t.label}”写在各行之上，其`, `"${t.label}" above its rows`, '', t.metric, t.value, { expected, rows: s.rows, firstLine: s.firstLine }, note));
    }
    this.above.length = 0;
    return lines;
  }

  /**
   * A street heading's value: the heading of this metric and period before it is compared with the
   * rows since (its street's), and this one's street starts. Checked later, so listed as unchecked
   * until then (settleAbove returns the lines compared).
   */
  private head(
    metricIndex: number, period: number, value: number, qualifier: number,
    metric: MetricDef, label: string, at: IssueAt & { line: number }, sink: IssueSink, overRows = false, afterGroup = false,
  ): void {
    this.sums.sync();
    const key = metricIndex * 0x10000 + period;
    const before = this.headings.get(key);
    if (before !== undefined) { this.closeHeading(before, sink, { line: at.line, label }); this.headings.delete(key); }
    const s = this.sums.of(metricIndex, period);
    if (s !== undefined) s.segRows = 0;
    if (Number.isNaN(value)) { this.skipped |= SKIP_BLANK; return; }
    if (qualifier !== EXACT) { this.skipped |= SKIP_APPROXIMATE; return; }
    this.skipped |= SKIP_NOTHING_ABOVE;
    this.headings.set(key, { metricIndex, period, value, metric, label, at, ...(overRows ? { overRows } : {}), ...(afterGroup ? { afterGroup } : {}) });
  }

  /**
   * Whether a 合计 after rows heads the group below it: one of its label stands above them all
   * and is exactly their sum (合计 30 over 东湖社区 10, 西山社区 20, then 合计 12 over 北岸社区 5,
   * 南岸社区 7), or its label's 合计 rows were found to (totalHeads). The one above is then checked
   * (it agrees), and each such 合计 after it against the rows below it (head).
   */
  private totalOverGroup(key: number, period: number, value: number, label: string): boolean {
    const k = key * 0x10000 + period;
    const heads = this.totalHeads.get(k);
    if (heads !== undefined) return heads === label;
    let i = this.above.length - 1;
    while (i >= 0 && !(this.above[i]!.metricIndex === key && this.above[i]!.period === period && this.above[i]!.label === label)) i--;
    if (i < 0) return false;
    this.sums.sync();
    const s = this.sums.of(key, period);
    // (A 合计 checked under rows already makes the next its group's, under them: check's group.)
    if (s === undefined || s.rows === 0 || !s.exact || s.lastTotal > 0 || sumMismatch(s.sum, value) === null || sumMismatch(s.sum, this.above[i]!.value) !== null) return false;
    this.headingLines.push(this.above[i]!.at.line);
    this.above.splice(i, 1);
    this.totalHeads.set(k, label);
    return true;
  }

  /**
   * Whether the 小计 rows of `key` in `period` are written above their rows: the first comes before
   * any row it could sum (小计 30 over 东湖社区 10, 西山社区 20; 小计 5 over 南湖社区 5). Each is then
   * its group's as a street's row over its communities is (head), never compared with the group above.
   */
  private overRows(key: number, period: number): boolean {
    const k = key * 0x10000 + period;
    if (this.subtotalsOver.has(k)) return true;
    this.sums.sync();
    if ((this.sums.of(key, period)?.rows ?? 0) > 0) return false;
    this.subtotalsOver.add(k);
    return true;
  }

  /**
   * Compares street heading `t` with the unit rows of its metric and period since it, up to the row
   * `until` that ends them (a street heading, a 小计 or 合计; none: the table's end). None of them
   * (a long file's street row of a month its communities' rows lack): a value nothing confirms,
   * which may be the street's alone or its communities' rows left out, is warned about; a 小计
   * above its rows says up to where it looked.
   */
  private closeHeading(t: TotalAbove, sink: IssueSink, until?: RowsEnd): void {
    const s = this.sums.of(t.metricIndex, t.period);
    const [row, its, rowEn] = t.overRows === true ? [`“${t.label}”写在各行之上，其`, '', `"${t.label}" above its rows`] : [`街道行“${t.label}”的`, '该街道', `street row "${t.label}"`];
    // A 合计 after the groups with none below it (合计 30 on top, 合计 31 under the rows): the rows' total, as any 合计.
    if (t.afterGroup === true && s !== undefined && s.segRows === 0) { this.settleAfterGroup(t, s, sink); return; }
    if (s === undefined || s.segRows === 0) { sink.push(headingUnchecked(t.at, row, rowEn, its, t.metric, t.value, until)); return; }
    if (!s.segExact) { this.notExact(t.at, s.segBlankLine, s.segApproxLine); return; }
    this.checkedBelow(t.at);
    const expected = sumMismatch(s.segSum, t.value);
    if (expected === null) return;
    const note = this.sums.textNote(t.metricIndex, t.period, true, s.segFirstLine, Infinity, t.value, expected, t.label, t.at);
    sink.push(headingMismatch(t.at, row, rowEn, its, t.metric, t.value, { expected, rows: s.segRows, firstLine: s.segFirstLine }, note));
  }

  /** The total at `at` above its rows is not checked: a row it covers is blank (at `blankLine`), else approximate (at `approxLine`). */
  private notExact(at: IssueAt & { line: number }, blankLine: number, approxLine: number): void {
    const [skipped, row] = blankLine !== 0 ? [SKIP_BLANK_ROW, blankLine] : [SKIP_APPROXIMATE_ROW, approxLine];
    this.uncheckedBelow.push({ line: at.line, skipped, blankRow: row });
    this.columns.note(at.line, at.column ?? 0, at.columnName ?? '', skipped, row);
  }

  /** The total at `at` above its rows was compared with them (settleAbove reports its line). */
  private checkedBelow(at: IssueAt & { line: number }): void {
    if (!this.headingLines.includes(at.line)) this.headingLines.push(at.line);
    this.columns.note(at.line, at.column ?? 0, at.columnName ?? '', 0, 0);
  }

  /** A 合计 taken to head a group with no row below it: compared with every row above it, as a 合计 under them is. */
  private settleAfterGroup(t: TotalAbove, s: Sum, sink: IssueSink): void {
    if (!s.exact) { this.notExact(t.at, s.blankLine, s.approxLine); return; }
    this.checkedBelow(t.at);
    const expected = sumMismatch(s.sum, t.value);
    if (expected === null) return;
    const note = this.sums.textNote(t.metricIndex, t.period, false, s.firstLine, t.at.line, t.value, expected, t.label, t.at);
    sink.push(totalMismatch(t.at, t.label, t.metric, t.value, { expected, rows: s.rows, firstLine: s.firstLine }, note));
  }

  /**
   * Compares a subtotal value with the sum it covers; returns the mismatch or null. A segment
   * subtotal then starts a new segment for that key.
   */
  check(kind: 'total' | 'segment', metric: number, period: number, value: number, qualifier: number, line = 0): SubtotalMismatch | null {
    this.sums.sync();
    const s = this.sums.of(metric, period);
    if (s === undefined) {
      if (Number.isNaN(value)) this.skipped |= SKIP_BLANK; else { this.skipped |= SKIP_NOTHING_ABOVE; this.nothingAbove = true; }
      return null;
    }
    const seg = kind === 'segment';
    const rows = seg ? s.segRows : s.rows;
    // A segment subtotal starts a new segment for that key; a 合计, a new group (the rows until the next 合计).
    if (seg) s.segRows = 0;
    const group = !seg && (s.lastTotal > 0 || s.runHeading > 0) && s.runRows > 0 && s.runRows < rows && s.runExact
      ? { sum: s.runSum, after: s.runHeading || s.lastTotal, fromHeading: s.runHeading > 0, rows: s.runRows, firstLine: s.runFirstLine, lastLine: s.runLastLine } : null;
    // Under street blocks, once a 合计 has ended a block, one that is neither sum is said against its block's rows.
    const blockFirst = this.blocks && this.blockTotals;
    if (!seg) {
      if (this.blocks && s.runRows > 0) this.blockTotals = true;
      s.runRows = 0; s.lastTotal = line; s.runHeading = 0;
    }
    if (Number.isNaN(value)) { this.skipped |= SKIP_BLANK; return null; }
    if (rows === 0) { this.skipped |= SKIP_NOTHING_ABOVE; this.nothingAbove = !seg; return null; }
    const blank = seg ? s.segBlankLine : s.blankLine;
    // A row it covers blank, else approximate (3500余) under an exact total: not checked, that row named (a blank one first).
    const row = blank !== 0 ? blank : !(seg ? s.segExact : s.exact) && qualifier === EXACT ? (seg ? s.segApproxLine : s.approxLine) : 0;
    const bit = blank !== 0 ? SKIP_BLANK_ROW : SKIP_APPROXIMATE_ROW;
    if (row !== 0 && (this.skipped & (SKIP_BLANK_ROW | bit)) === 0) this.blankRow = row;
    if (row !== 0) { this.skipped |= bit; return null; }
    if (!(seg ? s.segExact : s.exact) || qualifier !== EXACT) { this.skipped |= SKIP_APPROXIMATE; return null; }
    this.compared++;
    const expected = sumMismatch(seg ? s.segSum : s.sum, value);
    if (expected === null) return null;
    const firstLine = seg ? s.segFirstLine : s.firstLine;
    const inGroup = group === null ? null : sumMismatch(group.sum, value);
    if (group === null || (inGroup !== null && !blockFirst)) return { expected, rows, firstLine };
    if (inGroup !== null) return { expected: inGroup, rows: group.rows, firstLine: group.firstLine };
    const { after, fromHeading } = group;
    return { expected, rows, firstLine, group: { after, fromHeading, rows: group.rows, firstLine: group.firstLine, lastLine: group.lastLine } };
  }
}
