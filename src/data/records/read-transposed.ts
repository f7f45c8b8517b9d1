/**
 * A transposed table: 指标 down the first column, unit names across the top
 * (`指标,东湖社区,西山社区,合计`). Each data row is one metric; each unit column gives one
 * observation. A 合计 column is excluded and checked against the sum of the unit columns. The units
 * are of the street merged over their columns, else the street the file names (ctx.defaultParent), as a wide table's without a street column.
 */
import { QUALIFIER_CODE } from '../dataset/dataset';
import type { HeaderResult } from '../table/find-header';
import { lineRanges, makeIssue } from '../report/make-issue';
import { parseValue } from '../cells/parse-value';
import { checkRowWidth, shortRowIssue } from '../table/row-checks';
import { isBlankRow } from '../rows/row-hygiene';
import type { TableShape } from '../table/detect-shape';
import { countNotScaledIssue, CountUnitsKept, isPartName, metricFor, partRow } from '../table/header-metric';
import { COMPARED_REASON, ComparedRows } from './compared-rows';
import { PART_REPEATS_REASON, partRepeatsIssue, partRepeatsWhole } from '../table/part-repeats-whole';
import type { MetricDef } from '../vocabulary/metric-catalog';
import { addValueNotes, readPeriod, type PeriodCache } from './read-cells';
import type { ReadContext } from './read-context';
import { isMetricError, METRIC_ERROR_REASON, metricErrorIssue } from './row-metric';
import { periodWordsOf } from './metric-lookup';
import { toDateThrough } from '../vocabulary/relative-period';
import { sumMismatch } from './subtotal-check';
import { textNumbersNote } from './text-numbers-note';
import { NamedRows, namedPeriodIssue, namedPeriodToDateIssue } from './named-period';
import type { PeriodKey } from '../vocabulary/period';
import { SpanMonths } from './month-of-span-row';
import { infoColumn, infoColumnText } from '../table/info-columns';

/** Reads every metric row of a transposed table into `ctx.store`. */
export function readTransposed(
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>,
  header: HeaderResult, shape: TableShape, ctx: ReadContext,
): void {
  const { store, sink, file } = ctx;
  const kept = header.columns.map((c) => c.index);
  const names = shape.names;
  store.tableStarts(names);
  const periodCache: PeriodCache = new Map();
  const blankLines: number[] = [];
  /** The items that kept their own count unit over the table's note (单位：人 over 走访户数), said once at the end. */
  const unitsKept = new CountUnitsKept();
  /** The items (custom counts) a 万元 over the table was not applied to, said once each at their first row. */
  const countsSaid = new Set<string>();
  const headingLines: number[] = [];
  const units = shape.measures.filter((m) => !m.subtotal);
  const totals = shape.measures.filter((m) => m.subtotal);
  const mentions = units.map((m) => store.mentionOf({
    code: '', district: '', parent: m.parent ?? ctx.defaultParent ?? '', rawName: m.name.trim(), file: ctx.fileIndex,
    line: header.headerRow >= 0 ? lines[header.headerRow]! : 0, hasParentColumn: m.parent !== undefined || ctx.defaultParent !== undefined,
    ...(m.part !== undefined ? { unitLevel: { level: m.part.level, from: `分段表头“${m.part.heading}”`, fromEn: `part heading "${m.part.heading}"`, below: '列' as const } }
      : ctx.unitLevel !== undefined ? { unitLevel: ctx.unitLevel } : {}),
  }));
  // Total cells compared with their communities, and those left blank: the note says which it did.
  let compared = 0;
  let blankTotals = 0;
  // `本月再就业人数` in a quarter's row: its last month, as in a long table (SpanMonths); said only where a column reads the row's period.
  const months = new SpanMonths(ctx, names.get(shape.period) ?? '');
  const rowPeriodRead = units.some((ms) => ms.period === undefined);

  /** The last row that was no part (a 其中 row's whole), with its line, text and period words (its 其中 rows' too). */
  let previous: { def: MetricDef; scale: number; line: number; text: string; toDate: boolean; month: boolean; named?: string } | null = null;
  /** Items comparing with another period (a 其中 row under one goes with it), said at the end. */
  const comparedRows = new ComparedRows();
  /** The year to date through each period (toDateThrough) in the store, by its key, found once each. */
  const toDatePeriods = new Map<PeriodKey, number>();
  const toDateOf = (key: PeriodKey): number => {
    let t = toDatePeriods.get(key);
    if (t === undefined) toDatePeriods.set(key, (t = store.periodOf(toDateThrough(key))));
    return t;
  };
  /** Each unit column's own period in the store, and its year to date (-1: none, the row's), each found at the first row asking. */
  let columnsOwn: Int32Array | undefined;
  let columnsToDate: Int32Array | undefined;
  /** How a row naming its months (1-3月累计…) reads each column, as a wide row's. */
  const namedRows = new NamedRows(store);
  const noSide = (): boolean => false;
  /** Unit columns a value was written in, and the rows of values read: a column of blanks only is said at the end. */
  const written = new Uint8Array(units.length);
  let valueRows = 0;
  for (let r = header.dataStart; r < rows.length; r++) {
    const line = lines[r]!;
    const row = store.addRow(ctx.fileIndex, line);
    const at = { file, line };
    if (broken.has(r)) { store.settleRow(row, 'rejected', '引号未闭合'); continue; }
    const cells = rows[r]!;
    if (isBlankRow(cells)) { blankLines.push(line); store.settleRow(row, 'blank', '空行'); continue; }
    const width = checkRowWidth(cells, header.width, kept, names, at);
    if (width.kind === 'reject') { sink.push(width.issue); store.settleRow(row, 'rejected', width.reason); continue; }
    if (width.kind === 'short') sink.pushCapped(shortRowIssue(width.missing, names, at));
    const cell = (c: number): string => (c >= 0 ? (cells[c] ?? '').trim() : '');
    const metricText = (shape.item !== undefined ? cell(shape.item) : '') || cell(shape.metric);
    if (metricText === '') {
      sink.push(makeIssue('error', 'metric-missing', { ...at, column: shape.metric + 1 },
        `第${line}行缺少指标名称，但有数据。请补全后重新导入`, `Line ${line} has values but no metric name.`));
      store.settleRow(row, 'rejected', '缺少指标名称');
      continue;
    }
    if (isMetricError(metricText)) {
      sink.push(metricErrorIssue(metricText, { ...at, column: shape.metric + 1 }, shape.measures.some((m) => cell(m.index) !== '')));
      store.settleRow(row, 'rejected', METRIC_ERROR_REASON);
      continue;
    }
    const p = readPeriod(cell(shape.period), shape, periodCache, { ...at, column: shape.period + 1 }, sink);
    if (p === null) { store.settleRow(row, 'rejected', '期间无法识别'); continue; }
    // `上年同期再就业人数`, `再就业人数（同比增减）`: another period's figure or a change, as a long table's 指标 cell (compared-rows.ts).
    const words = periodWordsOf(metricText);
    if (comparedRows.take(line, metricText, words.comparison === true, isPartName)) {
      previous = null;
      store.settleRow(row, 'subtotal', COMPARED_REASON);
      continue;
    }
    // `再就业人数（累计）`, `1-3月累计再就业人数`, `再就业人数（本月）`: the metric in the period its words say, as a long file's 指标 cell.
    const worded = words.toDate === true || words.month === true || words.namedPeriod !== undefined;
    const found = metricFor(worded ? words.name : metricText, cell(shape.measureUnit) || ctx.defaultUnit, cell(shape.measureUnit) === '');
    // 排名, 负责人, 联系电话 (names across): no statistic, as a column so named is none (info-columns.ts).
    const info = found.def.id.startsWith('custom:') ? infoColumn(metricText, units.map((m) => cell(m.index))) : null;
    if (info !== null) {
      const { zh, en } = infoColumnText(info, metricText, '行');
      sink.push(makeIssue('info', 'info-row', { ...at, column: shape.metric + 1, columnName: names.get(shape.metric) ?? '' }, zh, en));
      store.settleRow(row, 'rejected', `“${metricText}”不是统计指标`);
      continue;
    }
    // `一、就业` over the rows of its group: a name that is no metric, with no value in any column.
    if (found.def.id.startsWith('custom:') && shape.measures.every((m) => cell(m.index) === '')) {
      headingLines.push(line);
      store.settleRow(row, 'blank', `分组标题“${metricText}”，没有数值`);
      continue;
    }
    // `其中：再就业人数` under 再就业人数 itself: which part is not said (part-repeats-whole.ts).
    if (previous !== null && partRepeatsWhole(metricText, previous.def)) {
      sink.push(partRepeatsIssue('row', metricText, previous.line, previous.text, previous.def.zh, { ...at, column: shape.metric + 1 }));
      store.settleRow(row, 'subtotal', PART_REPEATS_REASON);
      continue;
    }
    // `其中：女` under 再就业人数: a part of the metric above, named with it (as in a vertical form).
    const part = previous !== null ? partRow(metricText, cell(shape.measureUnit), previous) : null;
    const { def, scale } = part ?? found;
    if (part === null) {
      previous = { ...found, line, text: metricText, toDate: words.toDate === true, month: words.month === true, ...(words.namedPeriod !== undefined ? { named: words.namedPeriod } : {}) };
    }
    const toDate = previous?.toDate === true;
    const month = previous?.month === true;
    let period = toDate ? toDateOf(p) : store.periodOf(p);
    // A 其中 row goes with its 本月 whole, unsaid.
    if (month) period = part === null && rowPeriodRead ? months.text(period, metricText, line) : months.of(period);
    const columnOwn = toDate ? (columnsToDate ??= Int32Array.from(units, (ms) => (ms.period !== undefined ? toDateOf(ms.period) : -1)))
      : (columnsOwn ??= Int32Array.from(units, (ms) => (ms.period !== undefined ? store.periodOf(ms.period) : -1)));
    // Months named (1-3月累计…, never with 累计 or 本月 words: `period` is the row's): each column's as a wide row's, said at the whole's row.
    const named = previous?.named !== undefined ? namedRows.of(period, previous.named, () => units.map((ms) => ms.period ?? p), noSide) : null;
    if (named !== null && part === null && named.from.length > 0) {
      const where = { ...at, column: shape.metric + 1 };
      const keys = store.periods;
      const [from, to] = [named.from.map((q) => keys[q]!), named.to.map((q) => keys[q]!)];
      sink.push(named.toDate ? namedPeriodToDateIssue(metricText, found.def.zh, keys[named.named]!, from, to, where) : namedPeriodIssue(metricText, from, to, where));
    }
    if (part === null && found.countKept !== undefined && !countsSaid.has(metricText)) {
      countsSaid.add(metricText);
      sink.push(countNotScaledIssue({ ...at, column: shape.metric + 1 }, metricText, found.countKept, found.def.unit));
    }
    if (part === null && found.unitKept !== undefined) unitsKept.add({ ...at, column: shape.metric + 1 }, metricText, found.def.unit, found.unitKept);
    const metric = store.metricOf(def);
    // The sum of the units' values by the period their columns give (one sum when none does), and by
    // the street merged over them too (sumKey): a street's 小计 column totals its own communities.
    const sums = new Map<string, { sum: number; exact: boolean }>();
    const firstOfRow = store.size;
    valueRows++;
    for (let k = 0; k < units.length; k++) {
      const ms = units[k]!;
      const raw = cell(ms.index);
      if (raw !== '') written[k] = 1;
      const v = parseValue(raw, scale !== 1 ? { columnScale: scale } : {});
      addValueNotes(v, { ...at, column: ms.index + 1, columnName: ms.name }, sink);
      for (const key of ms.parent === undefined ? [sumKey(ms.period)] : [sumKey(ms.period), sumKey(ms.period, ms.parent)]) {
        const s = sums.get(key) ?? { sum: 0, exact: true };
        if (v.qualifier === 'exact') s.sum += v.value;
        else s.exact = false;
        sums.set(key, s);
      }
      const own = columnOwn[k]!;
      const colPeriod = named !== null ? named.period[k]! : own < 0 ? period : month ? months.of(own) : own;
      store.addNamed(mentions[k]!, metric, colPeriod, v.value, v.qualifier, row, ms.index + 1, raw);
    }
    for (const t of totals) {
      const v = parseValue(cell(t.index), scale !== 1 ? { columnScale: scale } : {});
      const { sum, exact } = sums.get(sumKey(t.period, t.parent)) ?? { sum: 0, exact: false };
      const checked = exact && QUALIFIER_CODE[v.qualifier] === 0 && Number.isFinite(v.value);
      if (checked) compared++;
      else if (cell(t.index) === '') blankTotals++;
      const expected = checked ? sumMismatch(sum, v.value) : null;
      if (expected !== null) {
        // The unit columns this total sums, for the numbers stored as text among them (text-numbers-note.ts).
        const key = sumKey(t.period, t.parent);
        const summed = new Set(units.filter((ms) => sumKey(ms.period) === key || (ms.parent !== undefined && sumKey(ms.period, ms.parent) === key)).map((ms) => ms.index + 1));
        const rowObs = Array.from({ length: store.size - firstOfRow }, (_, k) => firstOfRow + k);
        const note = textNumbersNote(store, rowObs, (i) => summed.has(store.column[i]!), ctx.visibleSums, `${t.parent ?? ''}${t.name}`, line, t.index + 1, v.value, expected, 'column');
        sink.push(makeIssue('warning', 'subtotal-mismatch', { ...at, column: t.index + 1, columnName: t.name },
          `第${line}行“${t.parent ?? ''}${t.name}”的${def.zh}为${v.value}，但${t.parent ?? ''}各社区之和为${expected}${note?.zh ?? '，请核对'}`,
          `Line ${line}: "${t.parent ?? ''}${t.name}" ${def.en} is ${v.value} but ${t.parent !== undefined ? `${t.parent}'s units` : 'the units'} sum to ${expected}${note?.en ?? '.'}`));
      }
    }
  }
  months.report(shape.metric, names.get(shape.metric) ?? '');
  // (With one row of values a blank column is a blank cell, as a wide table's blank row with one value column.)
  for (let k = 0; valueRows > 1 && k < units.length; k++) {
    if (written[k] === 1) continue;
    const ms = units[k]!;
    sink.push(makeIssue('warning', 'column-no-values', { file, column: ms.index + 1, columnName: ms.name },
      `“${ms.name}”列（第${ms.index + 1}列）各行数值都是空白，没有填写任何数据，已按缺失值导入（不计为0）；如为漏填，请补上后重新导入`,
      `Column ${ms.index + 1} ("${ms.name}"): every value is blank; imported as missing (not 0). Fill it in if it was left out.`));
  }
  unitsKept.report(sink);
  comparedRows.report(sink, { file, column: shape.metric + 1, columnName: names.get(shape.metric) ?? '' });
  if (totals.length > 0) {
    // A 合计 column merged down from its header (or of formulas saved without results) is blank: nothing was compared.
    const how = compared > 0 ? ['已与各社区之和核对', 'checked against the sum of the unit columns']
      : blankTotals > 0 ? ['其数值为空（或公式没有保存结果），未能与各社区之和核对', 'their values are blank, so not checked']
        : ['其数值或所加各社区的数有空值、约数或非确数，未能核对', 'blank or approximate values, so not checked'];
    sink.push(makeIssue('info', 'subtotal-column', { file, column: totals[0]!.index + 1, columnName: totals[0]!.name },
      `“${[...new Set(totals.map((t) => t.name))].join('、')}”列是合计列，不作为社区导入，${how[0]}`,
      `Total columns are excluded from units; ${how[1]}.`));
  }
  if (headingLines.length > 0) {
    sink.push(makeIssue('info', 'group-heading-rows', { file, line: headingLines[0]! },
      `第${lineRanges(headingLines)}行是分组标题（如“一、就业”），各列都没有数值，不作为指标导入`,
      `Lines ${lineRanges(headingLines)} are group headings with no values; not imported as metrics.`));
  }
  if (blankLines.length > 0) {
    sink.push(makeIssue('info', 'blank-rows', { file, line: blankLines[0]! },
      `第${lineRanges(blankLines)}行是空行，已跳过`, `Blank lines skipped: ${lineRanges(blankLines)}.`));
  }
}

/** The key of a sum of unit columns: their period's, and their street's when merged over them. */
function sumKey(period: string | undefined, street?: string): string {
  return street === undefined ? period ?? '' : `${period ?? ''}\u0000${street}`;
}
