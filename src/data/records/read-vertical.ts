/**
 * Reads a vertical-form table (vertical-form.ts): one community, one metric per row, this period's
 * value in the `本月` column and the year-to-date value in the `累计` column (as the cumulative
 * period through the same month: `2024-C03` for March).
 */
import type { HeaderResult } from '../table/find-header';
import { lineRanges, makeIssue } from '../report/make-issue';
import { parseValue } from '../cells/parse-value';
import { isBlankRow } from '../rows/row-hygiene';
import { countNotScaledIssue, CountUnitsKept, isPartName, isSexRow, partRow, sexRowPart } from '../table/header-metric';
import { COMPARED_REASON, ComparedRows } from './compared-rows';
import { PART_REPEATS_REASON, partRepeatsIssue, partRepeatsWhole } from '../table/part-repeats-whole';
import { metricWithUnit, periodWordsOf, unitClashIssue } from './metric-lookup';
import { sameValueIssue, toDateCell } from './vertical-to-date';
import { ItemPeriodsOf, type ItemPeriods } from './item-periods';
import { SpanMonths } from './month-of-span-row';
import { cumulativeThrough, toDateThrough } from '../vocabulary/relative-period';
import type { PeriodKey } from '../vocabulary/period';
import { cumulativeSkippedIssue, type VerticalForm } from '../table/vertical-form';
import { addValueNotes, unitCodeAbove } from './read-cells';
import { ColumnFormats } from './column-formats';
import { rowKind, skippedReason, subtotalKind } from '../cells/row-label';
import { TableNotes } from './table-notes';
import type { ReadContext } from './read-context';
import { isMetricError, METRIC_ERROR_REASON, metricErrorIssue } from './row-metric';
import { VerticalBlocks } from './vertical-blocks';

/** Reads every metric row of a vertical-form table into `ctx.store`. */
export function readVertical(
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>,
  header: HeaderResult, form: VerticalForm, ctx: ReadContext,
): void {
  const { store, sink, file } = ctx;
  store.tableStarts(form.names);
  const reject = (why: string): void => {
    for (let r = header.dataStart; r < rows.length; r++) store.settleRow(store.addRow(ctx.fileIndex, lines[r]!), 'rejected', why);
  };
  if (form.summarySheet) {
    // A 合计 sheet among one-community sheets: its rows are a total, counted as such, not a community.
    for (let r = header.dataStart; r < rows.length; r++) {
      const row = store.addRow(ctx.fileIndex, lines[r]!);
      store.settleRow(row, isBlankRow(rows[r]!) ? 'blank' : 'subtotal', isBlankRow(rows[r]!) ? '空行' : '汇总表');
    }
    return;
  }
  if (!form.unitName) return reject('找不到社区名称');
  if (form.currentKey === undefined) return reject('找不到统计期间');
  const code = header.unitCode !== undefined ? unitCodeAbove(header.unitCode, form.unitName, file, sink) : '';
  const mention = store.mentionOf({
    code, district: '', parent: ctx.defaultParent ?? '', rawName: form.unitName, file: ctx.fileIndex,
    line: header.headerRow >= 0 ? lines[header.headerRow]! : 0, hasParentColumn: ctx.defaultParent !== undefined,
  });
  const cumKey = form.cumulative >= 0 ? form.cumulativeKey ?? null : null;
  let { columns, toDateCurrent, itemPeriods } = formPeriods(form, (key) => store.periodOf(key));
  /** The month the rows are read in: the form's, or a month's block's (vertical-blocks.ts). */
  let readKey: PeriodKey = form.currentKey;
  if (form.cumulative >= 0 && cumKey === null) {
    sink.push(cumulativeSkippedIssue({ file }, form.cumulative, form.names.get(form.cumulative) ?? '', form.currentKey));
  }
  const headings: number[] = [];
  const totals: number[] = [];
  const notes = new TableNotes();
  // Each metric's row is checked as a wide file's column is (0.85 for a rate, a negative count).
  const formats = new ColumnFormats();
  /** The last item that was no part (a 其中 row's whole), with its line, text and the periods of its cells. */
  let previous: (ReturnType<typeof metricWithUnit> & { line: number; text: string; periods: ItemPeriods | null; month: boolean }) | null = null;
  /** The items (custom counts) a 万元 over the form was not applied to, said once each (countNotScaledIssue). */
  const countsSaid = new Set<string>();
  /** The items that kept their own count unit over the form's note (单位：人 over 走访户数), said once at the end. */
  const unitsKept = new CountUnitsKept();
  /** The values read, by metric and period, with their line and item: one said twice (再就业人数 and 再就业人数（本月）) is read once. */
  const valuesRead = new Map<string, { line: number; text: string; value: number; worded: boolean; toDate: boolean }>();
  /** A 本月 item (`再就业人数（本月）`) in a quarter's form: the current column is its last month, as a long row's is. */
  const spanMonths = new SpanMonths(ctx, '');
  /** Items comparing with another period (a 其中 row or a bare 女 under one goes with it), said at the end. */
  const compared = new ComparedRows();
  const isPartOrSex = (text: string): boolean => isPartName(text) || isSexRow(text);
  /** The header again under the items, and the blocks of another period's figures it starts. */
  const blocks = new VerticalBlocks(form, (cells) => columns.map(([c]) => (c >= 0 ? (cells[c] ?? '').trim() : '')));
  for (let r = header.dataStart; r < rows.length; r++) {
    const line = lines[r]!;
    const row = store.addRow(ctx.fileIndex, line);
    if (broken.has(r)) { store.settleRow(row, 'rejected', '引号未闭合'); continue; }
    const cells = rows[r]!;
    if (isBlankRow(cells)) { notes.addBlank(line); store.settleRow(row, 'blank', '空行'); continue; }
    // 填表人：…　审核人：… under the items: a footer, not a metric.
    if (rowKind({ cells, unit: '', parent: '', district: '' }) === 'footer') {
      notes.addSkipped('footer', line);
      store.settleRow(row, 'rejected', skippedReason('footer', ''));
      continue;
    }
    const cell = (c: number): string => (c >= 0 ? (cells[c] ?? '').trim() : '');
    const metricText = (form.item !== undefined ? cell(form.item) : '') || cell(form.metric);
    const block = blocks.row(cells, line, metricText, sink, file);
    if (block === 'header') {
      // Under a title naming another month (`2024年2月`), the block's rows are that month's.
      if (blocks.key !== undefined && blocks.key !== readKey) {
        readKey = blocks.key;
        ({ columns, toDateCurrent, itemPeriods } = formPeriods(monthForm(form, readKey), (key) => store.periodOf(key)));
        previous = null;
      }
      store.settleRow(row, 'rejected', '重复的表头行');
      continue;
    }
    if (block === 'title') { headings.push(line); store.settleRow(row, 'blank', '分组标题行'); continue; }
    if (block === 'month') { store.settleRow(row, 'blank', '期间标题行'); continue; }
    if (block === 'compared') { store.settleRow(row, 'subtotal', COMPARED_REASON); continue; }
    const valueless = columns.every(([c]) => cell(c) === '');
    // `一、基本情况` over its items: a heading, not a metric.
    if (valueless && SECTION_HEADING.test(metricText)) { headings.push(line); store.settleRow(row, 'blank', '分组标题行'); continue; }
    // A 合计 row under the items adds people to households: a row sum, not a metric.
    const total = subtotalKind(metricText);
    if (total === 'total' || total === 'segment') {
      totals.push(line);
      store.settleRow(row, 'subtotal', skippedReason(total, metricText));
      continue;
    }
    if (metricText === '') {
      sink.push(makeIssue('error', 'metric-missing', { file, line, column: form.metric + 1 },
        `第${line}行缺少指标名称，但有数据。请补全后重新导入`, `Line ${line} has values but no metric name.`));
      store.settleRow(row, 'rejected', '缺少指标名称');
      continue;
    }
    if (isMetricError(metricText)) {
      sink.push(metricErrorIssue(metricText, { file, line, column: form.metric + 1 }, !valueless));
      store.settleRow(row, 'rejected', METRIC_ERROR_REASON);
      continue;
    }
    // `上年同期再就业人数`, `再就业人数（同比增减）`: another period's figure or a change, as a long table's 指标 cell (compared-rows.ts).
    const words = periodWordsOf(metricText);
    if (compared.take(line, metricText, words.comparison === true, isPartOrSex)) {
      previous = null;
      store.settleRow(row, 'subtotal', COMPARED_REASON);
      continue;
    }
    // `其中：再就业人数` under 再就业人数 itself: which part is not said (part-repeats-whole.ts); the row's unit is not read.
    if (previous !== null && partRepeatsWhole(metricText, previous.def)) {
      sink.push(partRepeatsIssue('row', metricText, previous.line, previous.text, previous.def.zh, { file, line, column: form.metric + 1 }));
      store.settleRow(row, 'subtotal', PART_REPEATS_REASON);
      continue;
    }
    // `再就业人数（累计）`, `1-3月累计再就业人数`, `再就业人数（本月）`: the metric, in the period its words say (item-periods.ts).
    const worded = words.toDate === true || words.month === true || words.namedPeriod !== undefined;
    const found = metricWithUnit(worded ? words.name : metricText, cell(form.measureUnit), ctx.defaultUnit);
    if (found.unitClash !== undefined) sink.push(unitClashIssue(found.unitClash, { file, line, column: (found.unitClash === 'own' ? form.metric : form.measureUnit) + 1 }, metricText, cell(form.measureUnit), found.def));
    // `其中：女` (or a bare `女`) under 下岗失业人员: a part of the metric above, named with it.
    const sex = previous !== null ? sexRowPart(metricText, previous.def) : null;
    const part = previous === null ? null : partRow(metricText, cell(form.measureUnit), previous) ?? (sex !== null ? { def: sex, scale: previous.scale } : null);
    const { def, scale } = part ?? found;
    if (part === null) {
      const periods = itemPeriods.of(words, { file, line, column: form.metric + 1, columnName: form.names.get(form.metric) ?? '' }, metricText, found.def.zh, sink);
      previous = { ...found, line, text: metricText, periods, month: words.month === true };
    }
    // A part is in its whole's periods (the whole's year to date, the months it names, the month).
    const { periods, month } = previous!;
    if (part === null && found.countKept !== undefined && !countsSaid.has(metricText)) {
      countsSaid.add(metricText);
      sink.push(countNotScaledIssue({ file, line, column: form.metric + 1 }, metricText, found.countKept, found.def.unit));
    }
    if (part === null && found.unitKept !== undefined) unitsKept.add({ file, line, column: form.metric + 1 }, metricText, found.def.unit, found.unitKept);
    const metric = store.metricOf(def);
    const format = formats.column(`m${metric}`, metricText, form.current + 1, def.unit);
    let added = 0;
    /** The row a value of this one repeats (its line and item). */
    let same: { line: number; text: string } | null = null;
    /** The two rows are one item written twice (再就业人数 and 再就业人数（本月）), not one year to date said twice. */
    let oneItem = false;
    for (let k = 0; k < columns.length; k++) {
      const [column, monthPeriod] = columns[k]!;
      if (column < 0 || monthPeriod < 0) continue;
      const raw = cell(column);
      const period = periods !== null ? toDateCell(column, periods.period[k]!, { form, current: toDateCurrent, cell, line, item: metricText, file, sink, ...(periods.label !== undefined ? { named: periods.label } : {}) })
        : month && column === form.current ? (part === null ? spanMonths.text(monthPeriod, metricText, line) : spanMonths.of(monthPeriod)) : monthPeriod;
      if (period < 0) continue;
      if (raw === '' && column === form.cumulative) continue; // 累计 left blank: nothing to record
      const v = parseValue(raw, scale !== 1 ? { columnScale: scale } : {});
      // The same value twice (再就业人数's 本年累计 cell and the 本月 cell of 再就业人数（累计）; 再就业人数 and 再就业人数（本月）): read once.
      const key = `${metric}\u0001${period}`;
      const before = valuesRead.get(key);
      if (before !== undefined && (worded || before.worded || column === form.cumulative) && before.value === v.value && v.qualifier === 'exact') {
        // One item written twice (a 本月 or months word on either) is said so; else one year to date.
        same = { line: before.line, text: before.text };
        oneItem ||= (worded && words.toDate !== true) || (before.worded && !before.toDate);
        continue;
      }
      if (before === undefined) valuesRead.set(key, { line, text: metricText, value: v.value, worded: part === null && worded, toDate: words.toDate === true });
      addValueNotes(formats.cellNotes(format, v), { file, line, column: column + 1, columnName: form.names.get(column) ?? '' }, sink);
      formats.add(format, line, v);
      store.addNamed(mention, metric, period, v.value, v.qualifier, row, column + 1, raw);
      added++;
    }
    if (same !== null) {
      sink.push(sameValueIssue(oneItem, { file, line, column: form.metric + 1 }, metricText, same.line, oneItem ? same.text : def.zh));
      if (added === 0) store.settleRow(row, 'merged', oneItem ? `与第${same.line}行数值相同` : `与第${same.line}行的累计数相同`);
    }
  }
  if (headings.length > 0) {
    sink.push(makeIssue('info', 'vertical-headings', { file, line: headings[0]! },
      `第${lineRanges(headings)}行是分组标题（如“一、基本情况”），没有数值，不是指标，未导入`,
      `Lines ${lineRanges(headings)} are section headings without values; not metrics, not imported.`));
  }
  if (totals.length > 0) {
    sink.push(makeIssue('info', 'vertical-total-rows', { file, line: totals[0]! },
      `第${lineRanges(totals)}行是合计行，各项指标单位不同，相加没有意义，不是指标，未导入`,
      `Lines ${lineRanges(totals)} are total rows (sums across different metrics); not imported.`));
  }
  blocks.finish(sink, file);
  unitsKept.report(sink);
  compared.report(sink, { file, column: form.metric + 1, columnName: form.names.get(form.metric) ?? '' });
  spanMonths.report(form.metric, form.names.get(form.metric) ?? '');
  notes.report(sink, file);
  formats.report(sink, file);
}

/** Whether readVertical reads the form's unit, and so a 区划代码 line above its header as its code. */
export function readsUnitCode(form: VerticalForm): boolean {
  return !form.summarySheet && form.unitName !== '' && form.currentKey !== undefined;
}

/**
 * The periods of a form's columns: the current column, the year to date, then any further months across (`项目 | 1月 | 2月 | 3月`),
 * each `[column, period, year to date through it]` (where a 累计 item's value goes; a whole year's: the year, toDateThrough);
 * the column the 累计 column's year to date is that of (3月 beside 1-3月累计), -1 when none is; the items' periods.
 */
function formPeriods(form: VerticalForm, periodOf: (key: string) => number): { columns: (readonly [number, number, number])[]; toDateCurrent: number; itemPeriods: ItemPeriodsOf } {
  const cumKey = form.cumulative >= 0 ? form.cumulativeKey ?? null : null;
  const cumulative = cumKey !== null ? periodOf(cumKey) : -1;
  const toDateOf = (key: string): number => periodOf(toDateThrough(key));
  const columns: (readonly [number, number, number])[] = [
    [form.current, periodOf(form.currentKey!), toDateOf(form.currentKey!)], [form.cumulative, cumulative, cumulative],
    ...(form.months ?? []).map((m) => [m.index, periodOf(m.key), toDateOf(m.key)] as const),
  ];
  const toDateCurrent = cumulative < 0 ? -1 : columns.find(([c, , toDate]) => c >= 0 && c !== form.cumulative && toDate === cumulative)?.[0] ?? -1;
  return { columns, toDateCurrent, itemPeriods: new ItemPeriodsOf(form, columns, periodOf) };
}

/** The form as a block of month `key` reads it (`2024年2月` over the header again): its 本月 that month, its 累计 through it. */
function monthForm(form: VerticalForm, key: PeriodKey): VerticalForm {
  return { ...form, currentKey: key, cumulativeKey: form.cumulativeKey === null ? null : cumulativeThrough(key) };
}

/** A section heading among the items: `一、基本情况`, `（二）就业情况`, `第三部分`. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(?:部分|项|类))/;
