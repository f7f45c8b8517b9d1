/**
 * Rows of a long or wide table → observation records, with an outcome for every data row:
 * blank, subtotal (excluded and checked), rejected (with a reason and an issue), or pending
 * (decided at merge time: imported or merged). Street/district blanks left by merged cells are
 * forward-filled with a warning; measure columns are never filled.
 */
import { QUALIFIER_CODE, type Qualifier } from '../dataset/dataset';
import type { HeaderResult } from '../table/find-header';
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import { ColumnFormats, type Column } from './column-formats';
import { applyDecimalComma, findDecimalComma, reportDecimalComma } from './number-locale';
import { PeriodMix } from './period-mix';
import { readSecondTable, startsSecondTable } from '../table/second-table';
import { TableNotes } from './table-notes';
import type { ObservationRecords } from './observation-records';
import { parseValue, type ParsedValue } from './parse-value';
import { checkRowWidth, isBlankRow, shortRowIssue } from '../table/row-checks';
import { rowKind, skippedReason, SubtotalChecker, type SubtotalKind } from './subtotal-check';
import { metricFor, type TableShape } from '../table/detect-shape';
import { addValueNotes, readCode, readPeriod, type PeriodCache } from './read-cells';
import type { MetricDef } from '../vocabulary/metric-catalog';

export interface ReadContext {
  readonly file: string;
  readonly fileIndex: number;
  readonly encoding: string;
  readonly store: ObservationRecords;
  readonly sink: IssueSink;
  readonly defaultUnit?: string;
}

/** Measure-unit cells (`万元`) that scale a long file's value. */
const UNIT_SCALE: Readonly<Record<string, number>> = { 万: 1e4, 万元: 1e4, 万人: 1e4, 万人次: 1e4, 千: 1e3, 千元: 1e3, 亿: 1e8, 亿元: 1e8 };

const TWELVE_DIGITS = /^\d{12}$/;

interface FillTrack { readonly column: number; readonly name: string; readonly lines: number[] }

/** Reads every data row of one long or wide table into `ctx.store`. */
export function readTable(
  rows: readonly string[][], lines: readonly number[], broken: ReadonlySet<number>,
  header: HeaderResult, shape: TableShape, ctx: ReadContext,
): void {
  const { store, sink, file } = ctx;
  const kept = header.columns.map((c) => c.index);
  const names = shape.names;
  const checker = new SubtotalChecker();
  const periodCache: PeriodCache = new Map();
  const metricCache = new Map<string, { def: MetricDef; scale: number; index: number; format: Column }>();
  const notes = new TableNotes();
  const formats = new ColumnFormats();
  const periodMix = new PeriodMix();
  const decimalComma = findDecimalComma(rows, lines, header.dataStart,
    shape.kind === 'long' ? [shape.value] : shape.measures.map((m) => m.index));
  if (decimalComma > 0) reportDecimalComma(decimalComma, sink, file);
  const readCell = (raw: string, scale: number): ParsedValue => {
    const v = parseValue(raw, scale !== 1 ? { columnScale: scale } : {});
    return decimalComma > 0 ? applyDecimalComma(raw, v) : v;
  };
  const fills: FillTrack[] = [shape.parent, shape.district].filter((c) => c >= 0)
    .map((c) => ({ column: c, name: names.get(c) ?? '', lines: [] }));
  const lastDim = new Map<number, string>();
  const headerCells = header.headerRow >= 0 ? rows[header.headerRow]!.map((c) => c.trim()).join('\u0001') : '';
  const headerFirst = header.headerRow >= 0 ? (rows[header.headerRow]![0] ?? '').trim() : '';
  const measureIdx = shape.measures.map((m) => store.metricOf(m.metric));
  const measureFormats = shape.measures.map((m) => formats.column(`c${m.index}`, m.name, m.index + 1, m.metric.unit));
  const needRowPeriod = shape.period >= 0 || shape.kind === 'long' || shape.measures.some((m) => m.period === undefined);

  for (let r = header.dataStart; r < rows.length; r++) {
    const line = lines[r]!;
    if (startsSecondTable(rows, r, header.dataStart) && readSecondTable(rows, lines, broken, r, header, ctx, readTable)) break;
    const row = store.addRow(ctx.fileIndex, line);
    const at = { file, line };
    if (broken.has(r)) { store.settleRow(row, 'rejected', '引号未闭合'); continue; }
    const cells = rows[r]!;
    if (isBlankRow(cells)) { notes.addBlank(line); store.settleRow(row, 'blank', '空行'); continue; }
    if ((cells[0] ?? '').trim() === headerFirst && cells.map((c) => c.trim()).join('\u0001') === headerCells) {
      store.settleRow(row, 'rejected', '重复的表头行');
      sink.push(makeIssue('warning', 'repeated-header', at,
        `第${line}行与表头相同，可能是第二个表格的开始，已跳过该行`, `Line ${line} repeats the header; skipped.`));
      continue;
    }
    const width = checkRowWidth(cells, header.width, kept, names, at);
    if (width.kind === 'reject') { sink.push(width.issue); store.settleRow(row, 'rejected', width.reason); continue; }
    if (width.kind === 'extra-empty') notes.addExtraEmpty(line);
    if (width.kind === 'short') sink.pushCapped(shortRowIssue(width.missing, names, at));

    const cell = (c: number): string => (c >= 0 ? (cells[c] ?? '').trim() : '');
    const unitName = cell(shape.unit);
    const label = unitName || cell(shape.parent) || cell(shape.district);
    const sub = rowKind({ cells, unit: unitName, parent: cell(shape.parent), district: cell(shape.district) });
    if (sub === 'average' || sub === 'comparison' || sub === 'footer') {
      // Not a unit and not a total to check: listed with its line, never imported.
      store.settleRow(row, sub === 'footer' ? 'rejected' : 'subtotal', skippedReason(sub, label));
      notes.addSkipped(sub, line);
      continue;
    }
    // Forward-fill street/district left blank by merged cells (a 合计 row's blank street is not a gap).
    for (const f of fills) {
      const v = cell(f.column);
      if (v !== '') lastDim.set(f.column, v);
      else if (sub === null && lastDim.has(f.column)) f.lines.push(line);
    }
    const dim = (c: number): string => (c < 0 ? '' : cell(c) || lastDim.get(c) || '');
    const codeText = cell(shape.code);
    const code = codeText === '' || TWELVE_DIGITS.test(codeText) ? codeText
      : readCode(codeText, { ...at, column: shape.code + 1, columnName: names.get(shape.code) }, sink);
    if (code === null) { store.settleRow(row, 'rejected', '区划代码被Excel改成了科学计数法'); continue; }
    if (sub === null && unitName === '' && code === '') {
      const hasValues = shape.kind === 'long' ? cell(shape.value) !== '' : shape.measures.some((m) => cell(m.index) !== '');
      sink.push(makeIssue(hasValues ? 'error' : 'warning', 'unit-name-missing', { ...at, column: shape.unit + 1, columnName: names.get(shape.unit) },
        `第${line}行缺少社区名称${hasValues ? '，但有数据。请补全社区名称后重新导入' : '，已跳过'}`,
        `Line ${line} has no unit name${hasValues ? ' but has values' : ''}.`));
      store.settleRow(row, 'rejected', '缺少社区名称');
      continue;
    }
    if (sub === null) notes.checkName(unitName, line, shape.unit + 1);
    if (ctx.encoding === 'gb18030' && /[?？]/.test(unitName)) {
      sink.pushCapped(makeIssue('warning', 'gbk-lost-char', { ...at, column: shape.unit + 1, columnName: names.get(shape.unit) },
        `第${line}行名称“${unitName}”含“?”，可能有字符在导出为GBK时丢失（生僻字），请核对`,
        `Line ${line}: "${unitName}" contains "?"; a rare character may have been lost in the GBK export.`));
    }
    let rowPeriod: number | undefined;
    if (needRowPeriod) {
      const text = cell(shape.period);
      const hit = periodCache.get(text);
      const p = text === '' && shape.filePeriod ? shape.filePeriod.key
        : hit && hit.key !== null && hit.notes.length === 0 ? hit.key
          : readPeriod(text, shape, periodCache, { ...at, column: shape.period + 1, columnName: names.get(shape.period) }, sink);
      if (p === null) { store.settleRow(row, 'rejected', '期间无法识别'); continue; }
      if (text !== '') periodMix.add(line, periodCache.get(text)?.cumulative ?? false);
      rowPeriod = store.periodOf(p);
    }
    const mention = sub === null
      ? store.mentionOf({
        code, district: dim(shape.district), parent: dim(shape.parent), rawName: unitName,
        file: ctx.fileIndex, line, hasParentColumn: shape.parent >= 0,
      })
      : -1;

    if (shape.kind === 'long') {
      const metricText = cell(shape.metric);
      if (metricText === '') {
        sink.push(makeIssue('error', 'metric-missing', { ...at, column: shape.metric + 1, columnName: names.get(shape.metric) },
          `第${line}行缺少指标名称，请补全后重新导入`, `Line ${line} has no metric name.`));
        store.settleRow(row, 'rejected', '缺少指标名称');
        continue;
      }
      const unitText = cell(shape.measureUnit);
      let m = metricCache.get(metricText + '\u0001' + unitText);
      if (!m) {
        const unitScale = UNIT_SCALE[unitText] ?? 1;
        // A 万元 cell scales the value to 元, so a custom metric's unit is the base unit.
        const baseUnit = unitScale !== 1 ? unitText.replace(/^[万千亿]/, '') : unitText;
        const found = metricFor(metricText, baseUnit || ctx.defaultUnit);
        const index = store.metricOf(found.def);
        m = { ...found, scale: found.scale * unitScale, index, format: formats.column(`m${index}`, metricText, shape.value + 1, found.def.unit) };
        metricCache.set(metricText + '\u0001' + unitText, m);
      }
      // Our normalised CSV keeps the source text in `raw`: re-parse that so qualifiers survive.
      const rawCell = cell(shape.rawText);
      const col = rawCell !== '' ? shape.rawText + 1 : shape.value + 1;
      const raw = rawCell !== '' ? rawCell : cell(shape.value);
      const v = readCell(raw, m.scale);
      const q = cell(shape.qualifier);
      if (rawCell === '' && !Number.isNaN(v.value) && q !== '' && q in QUALIFIER_CODE) v.qualifier = q as Qualifier;
      addValueNotes(v, { ...at, column: col, columnName: names.get(shape.value) }, sink);
      const key = `${m.index}|${rowPeriod}`;
      if (sub !== null) {
        settleSubtotal(checker, sub, key, v.value, QUALIFIER_CODE[v.qualifier], m.def, label, { ...at, column: col }, sink);
        store.settleRow(row, 'subtotal', skippedReason(sub, label));
        notes.addSubtotal(line, sub === 'breakdown');
        continue;
      }
      formats.add(m.format, line, v);
      checker.add(key, v.value, QUALIFIER_CODE[v.qualifier], line);
      store.add({ mention, metric: m.index, period: rowPeriod!, value: v.value, qualifier: v.qualifier, row, column: col, raw });
      continue;
    }

    // Wide: one observation per metric column.
    for (let k = 0; k < shape.measures.length; k++) {
      const ms = shape.measures[k]!;
      const raw = cell(ms.index);
      const v = readCell(raw, ms.scale);
      addValueNotes(v, { ...at, column: ms.index + 1, columnName: ms.name }, sink);
      const period = ms.period !== undefined ? store.periodOf(ms.period) : rowPeriod!;
      const key = `${measureIdx[k]}|${period}`;
      if (sub !== null) {
        settleSubtotal(checker, sub, key, v.value, QUALIFIER_CODE[v.qualifier], ms.metric, label, { ...at, column: ms.index + 1, columnName: ms.name }, sink);
        continue;
      }
      formats.add(measureFormats[k]!, line, v);
      checker.add(key, v.value, QUALIFIER_CODE[v.qualifier], line);
      store.add({ mention, metric: measureIdx[k]!, period, value: v.value, qualifier: v.qualifier, row, column: ms.index + 1, raw });
    }
    if (sub !== null) {
      store.settleRow(row, 'subtotal', skippedReason(sub, label));
      notes.addSubtotal(line, sub === 'breakdown');
    } else if (shape.measures.length === 0) store.settleRow(row, 'rejected', '没有数值列');
  }

  notes.report(sink, file);
  formats.report(sink, file);
  periodMix.report(sink, { file, column: shape.period + 1, ...(names.get(shape.period) ? { columnName: names.get(shape.period)! } : {}) });
  for (const f of fills) {
    if (f.lines.length === 0) continue;
    sink.push(makeIssue('warning', 'forward-filled', { file, line: f.lines[0]!, column: f.column + 1, columnName: f.name },
      `第${lineRanges(f.lines)}行${f.name}列为空（合并单元格），已由上方单元格填充，请核对`,
      `Blank ${f.name} cells on lines ${lineRanges(f.lines)} (merged cells) were filled from above.`));
  }
}

function settleSubtotal(
  checker: SubtotalChecker, kind: SubtotalKind, key: string, value: number, qualifier: number,
  metric: MetricDef, label: string, at: { file: string; line: number; column: number; columnName?: string }, sink: IssueSink,
): void {
  // Rates are not sums: a 合计 row's 再就业率 is never the sum of the units' rates.
  if ((kind !== 'total' && kind !== 'segment') || metric.kind === 'ratio' || metric.unit === '%') return;
  const miss = checker.check(kind, key, value, qualifier);
  if (!miss) return;
  sink.push(makeIssue('warning', 'subtotal-mismatch', at,
    `第${at.line}行“${label}”的${metric.zh}为${value}，但其覆盖的${miss.rows}行（自第${miss.firstLine}行起）之和为${miss.expected}，请核对`,
    `Line ${at.line}: "${label}" ${metric.en} is ${value} but the ${miss.rows} rows it covers sum to ${miss.expected}.`));
}
