/**
 * Column roles and table shape. Long: 指标 + 数值 columns, one row per (unit, period, metric).
 * Wide: a unit column plus one column per metric (metric-columns.ts), or value columns of one
 * metric that are periods or 本月/累计 (one-metric-columns.ts). Transposed: 指标 down the first
 * column and unit names across the top. The period comes from a column, the header
 * (`常住人口/2023`), the title row, the sheet or the file name (`2024年3月.csv`); with none of
 * these the file is blocked.
 */
import { endsLikeUnit } from '../vocabulary/place-words';
import type { MeasureColumn } from './measure-column';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { groupsMetricRows, matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { isSpaceSeparated } from './space-separated';
import { lostChineseIssue } from './lost-chinese';
import { cumulativeThrough, isRelativePeriodColumn, relativeWord } from '../vocabulary/relative-period';
import type { CoverPeriod } from './cover-period';
import { filePeriodOf, noPeriodIssue, periodSourceNote, type FilePeriod } from './file-period';
import { headerYearTypo } from './header-year-typo';
import { periodLookingColumn } from './period-looking-column';
import type { HeaderColumn } from './find-header';
import { UNIT_HEADER } from './header-rows';
import { longExtraColumnIssue, oneMetricColumns } from './one-metric-columns';
import type { RowTotal } from './total-columns';
import { codeColumnByContent } from './info-columns';
import { itemColumnAfter } from './item-column';
import { placeColumns } from './swapped-places';
import { transposedMeasures, transposedUnitColumns } from './transposed-columns';
import { metricColumns, relativeColumnsIssue } from './metric-columns';
import { oneColumnPerMetric } from './same-metric-columns';
import { footerSampleRows, monthsDownUnit, type FixedUnit } from './months-down';
import { tableGrids, type GridsOf } from './grid-rows';
import { partHeader } from '../vocabulary/grid-words';
import { holdsMeasureUnits, holdsNumbers, isBlankColumn } from './column-cells';
import { streetsOnly, streetsOnlyIssue } from './streets-only';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { parseValue } from '../cells/parse-value';
import { numberHeaders, withoutErrorHeaders } from './header-name-checks';
import { isNamelessName, namesItems } from './nameless-column';

export type ShapeKind = 'long' | 'wide' | 'transposed';

/** What a table is: its kind, its columns' roles and its period. */
export interface TableShape {
  readonly kind: ShapeKind;
  /** 0-based raw column indexes of the dimension columns, -1 when absent. */
  readonly code: number;
  readonly district: number;
  readonly parent: number;
  readonly unit: number;
  readonly period: number;
  /**
   * A year column beside the period column (`年份 | 月份`, `年度 | 季度`): each row's period is its
   * year and the period cell read together (row-periods.ts). Absent when there is none; a year
   * column alone is the period column (an annual table).
   */
  readonly year?: number;
  readonly metric: number;
  /** Transposed, `项目` merged over two columns: the items' column, read before `metric` (item-column.ts). */
  readonly item?: number;
  readonly value: number;
  readonly measureUnit: number;
  /** Long files: a `raw` column (our normalised CSV) holding the source text to re-parse. */
  readonly rawText: number;
  /** Long files: a `qualifier` column (our normalised CSV). */
  readonly qualifier: number;
  readonly measures: MeasureColumn[];
  /**
   * Wide tables side by side (`社区,再就业人数,,社区,低保户数`): the second table's 社区 column.
   * The measures right of it belong to the unit named there on each row.
   */
  readonly rightUnit?: number;
  readonly filePeriod?: FilePeriod;
  /** The period column says 本月 or 累计 on each row: every unit has its two rows, one under the other. */
  readonly relativePeriods?: true;
  /** Header name of every raw column index, for messages. */
  readonly names: ReadonlyMap<number, string>;
  /** Wide: total columns beside the values they sum (`下岗失业人员 | 再就业人数 | 合计`, `1月 … 3月 | 一季度合计`). */
  readonly rowTotals?: readonly RowTotal[];
  /** Wide, no 社区 column, periods down (months-down.ts): the one community every row is. */
  readonly fixedUnit?: FixedUnit;
  /** The unit column lists grids or a village's groups (grid-rows.ts): the one unit they are parts of. */
  readonly gridsOf?: GridsOf;
}

export interface ShapeResult {
  readonly shape: TableShape | null;
  readonly issues: ImportIssue[];
  /** The streets a table of streets only lists (the ones its streets-only-table error names). */
  readonly streetsOnly?: readonly string[];
}

/** Columns of our own normalised CSV that carry no data of their own on re-import. */
const IGNORED_HEADERS = new Set(['qualifier', 'raw', 'file', 'line', '备注', '说明', '注', '原文']);

/**
 * Decides the shape from the cleaned header columns. `firstColumn` holds the first column's data
 * cells (to recognise a transposed table whose corner cell is blank).
 */
export function detectShape(
  columns: readonly HeaderColumn[],
  ctx: { file: string; sheet?: string; periodName?: string; cover?: CoverPeriod; caption?: string; filedBy?: string; filedByAt?: number; captionedFiler?: string; streetTotal?: boolean; defaultUnit?: string; headerLine?: number; captionLine?: number; firstColumn?: readonly string[]; sampleOf?: (column: number) => readonly string[]; hidden?: ReadonlySet<number> },
): ShapeResult {
  const issues: ImportIssue[] = [];
  // A header cell's issue, or one about the header's names, points at the header's line; the
  // table's period (its title's line or none), its shape and its being text, at the whole file.
  const whole = { file: ctx.file };
  const at = ctx.headerLine !== undefined && ctx.headerLine > 0 ? { ...whole, line: ctx.headerLine } : whole;
  const lost = lostChineseIssue(columns.map((c) => c.name), at);
  if (lost !== null) return { shape: null, issues: [lost] };
  const names = new Map(columns.map((c) => [c.index, c.name]));
  const roles = columns.map((c) => {
    const lower = c.name.toLowerCase();
    if (IGNORED_HEADERS.has(lower)) return 'note';
    return matchDimensionHeader(c.name) ?? (lower === 'parent' ? 'parent' : null);
  });
  // 类别 | 项目: the group each metric row is under is none of the table's dimensions.
  for (let k = 0; k < columns.length; k++) if (roles[k] === null && groupsMetricRows(columns[k]!.name, columns[k + 1]?.name)) roles[k] = 'note';
  const byContent = roles.includes('code') || ctx.sampleOf === undefined ? null : codeColumnByContent(columns, roles, ctx.sampleOf, at);
  if (byContent !== null) { roles[byContent.k] = 'code'; issues.push(byContent.issue); }
  const find = (role: string): number => {
    const k = roles.indexOf(role as never);
    return k >= 0 ? columns[k]!.index : -1;
  };
  let unit = find('unit');
  const metric = find('metric');
  const value = find('value');
  let measureUnit = find('measure_unit');
  const ambiguous = roles.map((r, k) => (r === 'unit_or_measure' ? k : -1)).filter((k) => k >= 0);
  for (const k of ambiguous) {
    // Bare 单位: the measure unit when its cells are units (人, 万元) or it follows 数值 in a long
    // file, else the organisation name.
    const prev = roles[k - 1];
    const units = ctx.sampleOf !== undefined && holdsMeasureUnits(ctx.sampleOf(columns[k]!.index));
    if (units || (value >= 0 && (prev === 'value' || unit >= 0))) measureUnit = columns[k]!.index;
    else if (unit < 0) unit = columns[k]!.index;
  }
  // 社区 (社区名称) written in the corner over a list of metrics, the communities across the top.
  const leadColumn = columns.find((_, k) => roles[k] !== 'note');
  if (unit >= 0 && unit === leadColumn?.index && metric < 0 && value < 0 && ctx.sampleOf !== undefined
    && cornerOverMetrics(ctx.sampleOf(unit), columns.filter((c, k) => c !== leadColumn && roles[k] === null))) {
    issues.push(makeIssue('info', 'unit-header-corner', { ...at, column: unit + 1, columnName: leadColumn.name },
      `第${unit + 1}列“${leadColumn.name}”下面是指标名称，表头是各社区的名称：按转置表（指标在行、社区在列）读取`,
      `Column ${unit + 1} ("${leadColumn.name}") lists metrics and the header names the units: read as a transposed table.`));
    unit = -1;
  }
  const base = {
    code: find('code'), district: find('district'), ...placeColumns(find('parent'), unit, columns, ctx.sampleOf, at, issues),
    period: find('period'), metric, value, measureUnit, names,
    rawText: columns.find((c) => c.name.toLowerCase() === 'raw' || c.name === '原文')?.index ?? -1,
    qualifier: columns.find((c) => c.name.toLowerCase() === 'qualifier')?.index ?? -1,
  };
  // 年份 beside 月份 (季度) is the year of the row's period; alone, it is the period (an annual table).
  const yearColumn = find('year');
  if (base.period < 0) base.period = yearColumn;
  const yearBeside = base.period !== yearColumn ? yearColumn : -1;
  const filePeriod = filePeriodOf(ctx.caption, ctx.file, ctx.periodName ?? ctx.sheet, issues, whole, ctx.captionLine, ctx.cover, ctx.periodName !== undefined);
  // A column of 本月 / 累计 (each community's two rows) says each row's period relative to the table's.
  let relativePeriods = false;
  if (base.period < 0 && filePeriod !== undefined && ctx.sampleOf !== undefined) {
    const k = columns.findIndex((c, i) => roles[i] === null && c.index !== unit && isRelativePeriodColumn(ctx.sampleOf!(c.index)));
    if (k >= 0) {
      base.period = columns[k]!.index;
      relativePeriods = true;
      const through = cumulativeThrough(filePeriod.key);
      issues.push(makeIssue('info', 'period-relative-rows', { ...at, column: base.period + 1, columnName: columns[k]!.name },
        `“${columns[k]!.name}”列的“本月”“累计”按期间读取：本月为${formatPeriodLabel(filePeriod.key, 'zh')}${through !== null ? `，累计为${formatPeriodLabel(through, 'zh')}` : ''}`,
        `The "${columns[k]!.name}" column's 本月 / 累计 are read as periods: ${formatPeriodLabel(filePeriod.key, 'en')}${through !== null ? ` and ${formatPeriodLabel(through, 'en')}` : ''}.`));
    }
  }
  const taken = new Set([base.code, base.district, base.parent, unit, base.period, yearBeside, metric, value, measureUnit]);

  let kind: ShapeKind;
  const measures: MeasureColumn[] = [];
  const rowTotals: RowTotal[] = [];
  // The first column that is not a 序号 or a note: a transposed table's metric list.
  const lead = columns.find((_, k) => roles[k] !== 'note');
  const leadCells = lead === undefined ? [] : lead === columns[0] ? ctx.firstColumn ?? [] : ctx.sampleOf?.(lead.index) ?? [];
  const firstIsMetricList = columns.length > 1 && metric < 0 && unit < 0 && leadCells.filter((c) => c.trim() !== '')
    .some((c) => matchMetricHeader(c).metricId !== null);
  if (metric >= 0 && value >= 0) {
    kind = 'long';
    // 网格 | 指标 | 数值: a column of parts (grid-rows.ts) is its unit column, as a wide table's guessed one is.
    const parts = unit < 0 ? columns.findIndex((c, k) => roles[k] === null && partHeader(c.name.replace(/\s+/g, '')) !== null) : -1;
    if (parts >= 0) {
      base.unit = columns[parts]!.index;
      taken.add(base.unit);
      issues.push(unitGuessedIssue(columns[parts]!, at));
    }
    // 本年累计, 上年同期 beside 数值: another period's numbers, not read, said by column.
    for (let k = 0; k < columns.length; k++) {
      const issue = !taken.has(columns[k]!.index) && roles[k] === null ? longExtraColumnIssue(columns[k]!, names.get(value) ?? '', at) : null;
      if (issue !== null) issues.push(issue);
    }
  } else if ((metric >= 0 && value < 0 && metric === lead?.index) || firstIsMetricList) {
    kind = 'transposed';
    const metricCol = metric >= 0 ? metric : lead!.index;
    taken.add(metricCol);
    const item = itemColumnAfter(columns, columns.findIndex((c) => c.index === metricCol), ctx.sampleOf);
    if (item >= 0) taken.add(item);
    const unitColumns = withoutErrorHeaders(columns.filter((c, k) => !taken.has(c.index) && roles[k] === null), at, issues, 'unit');
    // Header cells naming a period (本月: a one-community form) or a statistic (平均值) name no community.
    const named = transposedUnitColumns(unitColumns, lead!, at);
    if ('error' in named) return { shape: null, issues: [...issues, named.error] };
    issues.push(...named.issues);
    const read = transposedMeasures(named.units, filePeriod);
    measures.push(...read.measures);
    if (read.relative.length > 0) issues.push(relativeColumnsIssue(filePeriod!, read.relative, at));
    return finish({ ...base, metric: metricCol, ...(item >= 0 ? { item } : {}), kind, measures, ...(filePeriod ? { filePeriod } : {}) }, issues, at, ctx, whole);
  } else {
    kind = 'wide';
    // 月份 | 祥福里社区 | 红星里社区: the periods down the side, the communities across (not a shape read here).
    const unitsAcross = columns.filter((c, i) => roles[i] === null && UNIT_HEADER.test(c.name.trim()));
    if (unit < 0 && base.period >= 0 && unitsAcross.length >= 2) {
      const periodName = names.get(base.period) ?? '';
      issues.push(makeIssue('error', 'units-across-periods-down', { ...at, column: base.period + 1, columnName: periodName },
        `表头是各社区的名称（${unitsAcross.slice(0, 3).map((c) => `“${c.name}”`).join('')}${unitsAcross.length > 3 ? '等' : ''}），“${periodName}”列是期间：这种“期间在行、社区在列”的表不能直接导入。请改为每行一个社区、每列一个期间（如“社区 | 1月 | 2月 | 3月”，指标写在标题行），或每行一个社区并加“期间”列，然后重新导入`,
        `The header names the units and the "${periodName}" column holds periods (periods down, units across): not read. Put one unit per row, with the periods across the top or in a period column.`));
      return { shape: null, issues };
    }
    if (unit < 0 && ctx.sheet === undefined && ctx.sampleOf !== undefined && columns.length === 1 && isSpaceSeparated(columns[0]!.name, ctx.sampleOf(columns[0]!.index))) {
      issues.push(makeIssue('error', 'space-separated-columns', at,
        '该文件的各列之间用空格对齐，不是用逗号或制表符分隔，无法分列读取。请在WPS或Excel中打开（按空格分列），另存为CSV或Excel文件后重新导入；或从统计系统重新导出为CSV/Excel格式',
        'The columns are lined up with spaces, not separated by commas or tabs: not read. Save the file as CSV or Excel and import it again.'));
      return { shape: null, issues };
    }
    if (unit < 0 && ctx.sheet === undefined && ctx.sampleOf !== undefined && isProse(columns, roles, ctx.sampleOf)) {
      // A text file that is a note sent with the tables (说明.txt, or one renamed .xlsx): refused whole.
      issues.push(makeIssue('error', 'file-is-text', whole,
        '该文件是一段文字（如填表说明、通知），不是统计表：没有可识别的表头，也没有一个数字，没有可导入的数据。如是随表发来的说明，不必导入；如应是统计表，请检查是否选错了文件',
        'The file is text (a note), not a table: no header and no number; nothing to import.'));
      return { shape: null, issues };
    }
    if (unit < 0) {
      // No recognised name column: take the first column that is not a known dimension or metric.
      // A column of numbers (`活动次数` on a community's months-down sheet, `财政收入（元）` beside
      // 街道) is a metric, not names. (A footer under the rows, 填表人 | 审核人：刘强, writes no name
      // in a column of numbers.)
      // A column left blank (a metric not filled in, 公益岗安置人数 on a months-down sheet) names nobody either.
      const footers = ctx.sampleOf !== undefined ? footerSampleRows(columns, ctx.sampleOf) : new Set<number>();
      const k = columns.findIndex((c, i) => roles[i] === null && matchMetricHeader(c.name).metricId === null
        && !(ctx.sampleOf !== undefined && isBlankColumn(ctx.sampleOf(c.index)))
        && !(ctx.sampleOf !== undefined && holdsNumbers(ctx.sampleOf(c.index).filter((_, r) => !footers.has(r)))));
      if (k >= 0) {
        base.unit = columns[k]!.index;
        taken.add(base.unit);
        issues.push(unitGuessedIssue(columns[k]!, at));
      }
    }
    const others = columns.filter((c, k) => !taken.has(c.index) && roles[k] === null);
    // 社区 | 数值 (| 累计) with no 指标 column: the 数值 column is the one metric's, named outside the table.
    const written = metric < 0 && value >= 0 && others.every((c) => relativeWord(c.name) !== null)
      ? columns.filter((c) => c.index === value || others.includes(c)) : others;
    const free = withoutErrorHeaders(written, at, issues);
    const oneMetric = oneMetricColumns(free, {
      file: ctx.file, ...(ctx.sheet !== undefined ? { sheet: ctx.sheet } : {}), ...(ctx.caption !== undefined ? { caption: ctx.caption } : {}),
      ...(metric >= 0 ? { metricColumn: columns.find((c) => c.index === metric)! } : {}),
      ...(base.period >= 0 ? { periodColumn: columns.find((c) => c.index === base.period)! } : {}),
      ...(filePeriod ? { filePeriod } : {}),
      ...(ctx.defaultUnit !== undefined ? { defaultUnit: ctx.defaultUnit } : {}),
      ...(ctx.headerLine !== undefined ? { headerLine: ctx.headerLine } : {}),
      ...(unitIsItems(columns, base.unit, ctx.sampleOf) ? { itemsColumn: base.unit } : {}),
    });
    if (oneMetric.kind === 'refused') return { shape: null, issues: [...issues, ...oneMetric.issues] };
    if (oneMetric.kind === 'read') {
      for (const t of oneMetric.rowTotals ?? []) rowTotals.push({ ...t, covers: t.covers.map((k) => k + measures.length) });
      measures.push(...oneMetric.columns);
      issues.push(...oneMetric.issues);
    } else {
      const read = metricColumns(free, {
        at, filePeriod, periodColumn: base.period >= 0, defaultUnit: ctx.defaultUnit, sampleOf: ctx.sampleOf, unitColumn: base.unit,
        ...(ctx.headerLine !== undefined ? { headerLine: ctx.headerLine } : {}),
      }, issues);
      if (read === null) return { shape: null, issues };
      measures.push(...read.measures);
      rowTotals.push(...read.rowTotals);
    }
  }
  // A second 社区 column after measures: a second table beside the first.
  const rightUnitAt = kind === 'wide' && unit >= 0 ? roles.findIndex((r, k) => r === 'unit' && columns[k]!.index > unit) : -1;
  const rightUnit = rightUnitAt >= 0 && measures.some((m) => m.index < columns[rightUnitAt]!.index) && measures.some((m) => m.index > columns[rightUnitAt]!.index)
    ? columns[rightUnitAt]!.index : -1;
  if (rightUnit >= 0) {
    issues.push(makeIssue('info', 'side-by-side-table', { ...at, column: rightUnit + 1, columnName: names.get(rightUnit) ?? '' },
      `第${rightUnit + 1}列“${names.get(rightUnit)}”是右侧第二个表的社区列：其右各列的数值按该列每行的社区导入`,
      `Column ${rightUnit + 1} is the unit column of a second table to the right: the columns right of it are read for the units named there.`));
  }
  if (kind === 'wide') {
    oneColumnPerMetric(measures, rightUnit, issues, at, ctx.hidden);
    numberHeaders(measures, issues, at);
  }
  return finish({
    ...base, kind, measures, ...(yearBeside >= 0 ? { year: yearBeside } : {}), ...(rightUnit >= 0 ? { rightUnit } : {}),
    ...(rowTotals.length > 0 ? { rowTotals: rowTotals.map(({ index, name, covers }) => ({ index, name, covers })) } : {}), ...(filePeriod ? { filePeriod } : {}), ...(relativePeriods ? { relativePeriods: true as const } : {}),
  }, issues, at, ctx, whole);
}

function finish(
  shape: TableShape, issues: ImportIssue[], at: { file: string }, ctx: { file: string; sheet?: string; periodName?: string; caption?: string; filedBy?: string; filedByAt?: number; captionLine?: number; captionedFiler?: string; streetTotal?: boolean; sampleOf?: (column: number) => readonly string[] }, whole: { file: string },
): ShapeResult {
  // A name column (社区 or 街道, without the other) of streets only: a district's summary of its streets.
  const names = shape.kind === 'transposed' || (shape.unit >= 0 && shape.parent >= 0) ? -1 : shape.unit >= 0 ? shape.unit : shape.code < 0 ? shape.parent : -1;
  const streets = names >= 0 && ctx.sampleOf !== undefined ? streetsOnly(ctx.sampleOf(names)) : null;
  if (streets !== null) {
    issues.push(streetsOnlyIssue(streets, whole));
    return { shape: null, issues, streetsOnly: streets };
  }
  if (shape.kind !== 'transposed' && shape.unit < 0 && shape.code < 0) {
    // No 社区 column: one community's months down the rows, when the title, sheet or file names it.
    const fixed = monthsDownUnit(shape.kind === 'wide' && shape.period >= 0 && shape.measures.length > 0 ? shape.names.get(shape.period) ?? '' : undefined, whole, ctx, issues);
    if (fixed === null) return { shape: null, issues };
    shape = { ...shape, fixedUnit: fixed };
  }
  // A community's own table listing its grids (第一网格, 第二网格, 合计): they are its parts, not units.
  const grids = tableGrids(shape, at, ctx, issues);
  if (grids === null) return { shape: null, issues };
  if (grids !== undefined) shape = { ...shape, gridsOf: grids };
  if (shape.kind === 'wide' && shape.measures.length === 0) {
    issues.push(makeIssue('warning', 'no-metric-columns', at,
      '文件中没有数值列（指标列），没有可导入的数据', 'The file has no metric columns; nothing to import.'));
  }
  const needsPeriod = shape.kind !== 'wide' || shape.measures.some((m) => m.period === undefined);
  if (shape.period < 0 && needsPeriod) {
    if (!shape.filePeriod || shape.filePeriod.yearOnly) {
      const looks = ctx.sampleOf && periodLookingColumn(shape.names, new Set([shape.code, shape.district, shape.parent, shape.unit]), ctx.sampleOf);
      const headerTypo = headerYearTypo(shape.names);
      issues.push(noPeriodIssue({ ...ctx, sheet: ctx.periodName ?? ctx.sheet, periodColumn: looks || undefined, headerTypo }, shape.filePeriod, issues, headerTypo !== null ? at : whole));
      return { shape: null, issues };
    }
    issues.push(periodSourceNote(shape.filePeriod, whole));
  }
  // Periods across the top: every column one period of the same metric (or of the row's).
  const byPeriod = shape.kind === 'wide' && shape.measures.length > 0 && shape.measures.every((m) => m.period !== undefined)
    && (shape.metric >= 0 || new Set(shape.measures.map((m) => m.metric.id)).size === 1);
  const label = byPeriod ? '宽表（每列一个期间）' : { long: '长表（每行一个指标）', wide: '宽表（每列一个指标）', transposed: '转置表（指标在行、社区在列）' }[shape.kind];
  issues.push(makeIssue('info', 'shape', whole, `表格形式：${label}`, `Table shape: ${shape.kind}.`));
  return { shape, issues };
}

/** The warning that column `c`, no 社区 column found, is taken for the units' names (tableGrids takes it back for a column of grids). */
function unitGuessedIssue(c: HeaderColumn, at: { file: string }): ImportIssue {
  return makeIssue('warning', 'unit-column-guessed', { ...at, column: c.index + 1, columnName: c.name },
    `没有找到“社区/单位名称”列，已把“${c.name}”列当作社区名称，请核对`, `No unit-name column found; using "${c.name}" as the unit name.`);
}

/**
 * A name column whose cells are metrics (再就业人数, 低保户数: most of those written, two at least,
 * or one under a header row of communities' names only) under a header row naming none: 社区 is the
 * corner cell of a transposed table, not its name column.
 */
function cornerOverMetrics(cells: readonly string[], others: readonly HeaderColumn[]): boolean {
  const written = cells.map((c) => c.trim()).filter((c) => c !== '');
  const metrics = written.filter((c) => matchMetricHeader(c).metricId !== null).length;
  return metrics >= 1 && metrics * 2 >= written.length && others.length > 0 && others.every((c) => matchMetricHeader(c.name).metricId === null)
    && (metrics >= 2 || others.every((c) => endsLikeUnit(c.name.trim())));
}

/**
 * A text file's lines that are prose, not a table: no column header names a dimension, a metric or
 * a note column, and no header or sampled cell is a number (`联系电话：12345678` is not one).
 */
function isProse(columns: readonly HeaderColumn[], roles: readonly (string | null)[], sampleOf: (column: number) => readonly string[]): boolean {
  const number = (c: string): boolean => Number.isFinite(parseValue(c).value);
  // A header alone is the header-only error's.
  // (A remarks heading, 填报说明 or 情况说明, names no data either.)
  // (Rows running past the header, holding numbers there, are a table whose header was not found.)
  const past = Math.max(...columns.map((c) => c.index)) + 1;
  return roles.every((r) => r === null || r === 'note') && columns.some((c) => sampleOf(c.index).some((v) => v.trim() !== ''))
    && columns.every((c) => matchMetricHeader(c.name).metricId === null && !number(c.name) && !sampleOf(c.index).some(number))
    && !sampleOf(past).some(number);
}

/** The unit column `unit` has no header and its cells name items, not communities (namesItems). */
function unitIsItems(columns: readonly HeaderColumn[], unit: number, sampleOf: ((column: number) => readonly string[]) | undefined): boolean {
  const name = columns.find((c) => c.index === unit)?.name;
  return name !== undefined && isNamelessName(name) && namesItems(sampleOf?.(unit) ?? []);
}
