/**
 * Column roles and table shape. Long: 指标 + 数值 columns, one row per (unit, period, metric).
 * Wide: a unit column plus one column per metric, or value columns of one metric that are
 * periods or 本月/累计 (one-metric-columns.ts). Transposed: 指标 down the first column and unit
 * names across the top. The period comes from a column, the header (`常住人口/2023`), the title
 * row, the sheet or the file name (`2024年3月.csv`); with none of these the file is blocked.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { customMetric, type MetricDef } from '../vocabulary/metric-catalog';
import { metricFor, partOfMetric } from './header-metric';
import { matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { parsePeriodLabel } from '../records/parse-period-label';
import { formatPeriodKey, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { COMPARISON_WORDS, cumulativeThrough, isRelativePeriodColumn } from '../vocabulary/relative-period';
import { infoColumn } from './info-columns';
import { filePeriodOf, noPeriodIssue, periodSourceNote, SOURCE_WORDS, type FilePeriod } from './file-period';
import type { HeaderColumn } from './find-header';
import { GROUP_TOTAL, oneMetricColumns, relativeWord, SUBTOTAL_NAME, totalHeader, type RowTotal } from './one-metric-columns';
import { oneColumnPerMetric } from './same-metric-columns';
import { formatPeriodLabel } from '../vocabulary/format-period-label';

export type ShapeKind = 'long' | 'wide' | 'transposed';

/** A column holding values: a metric (wide) or a unit (transposed). */
export interface MeasureColumn {
  /** 0-based index in the raw rows. */
  readonly index: number;
  readonly name: string;
  /** Wide: the metric of this column. Transposed: unused (metric comes from each row). */
  readonly metric: MetricDef;
  /** Multiplier from the header (万元 → 10000); 1 when none. */
  readonly scale: number;
  /** Period from the header itself (`常住人口/2023`), overriding row and file periods. */
  readonly period?: PeriodKey;
  /** Transposed: a 合计/小计 column (excluded, checked against the sum of the others). */
  readonly subtotal?: boolean;
}

/** The file-level period from the title row or file name. */

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
}

export interface ShapeResult {
  readonly shape: TableShape | null;
  readonly issues: ImportIssue[];
}

/** Columns of our own normalised CSV that carry no data of their own on re-import. */
const IGNORED_HEADERS = new Set(['qualifier', 'raw', 'file', 'line', '备注', '说明', '注', '原文']);
interface SplitHeader {
  readonly metricName: string;
  readonly period?: PeriodKey;
  readonly relative?: 'current' | 'cumulative';
  readonly year?: 'assumed' | 'missing';
  /** A comparison with another period (上年同期, 去年同期再就业人数): not a value of this table. */
  readonly comparison?: true;
}

function isComparison(word: string): boolean {
  return COMPARISON_WORDS.test(word.replace(/\s+/g, ''));
}

/** A word that says which period a metric's value is for (累计, 本月, 上年同期, 1-3月累计, 2023年3月). */
function isPeriodWord(word: string): boolean {
  return relativeWord(word) !== null || isComparison(word) || parsePeriodLabel(word, { defaultYear: 2000 }) !== null;
}

/**
 * A period word written onto a catalogue metric's name in one cell, before or after it
 * (`累计再就业人数`, `1-3月累计再就业人数`, `再就业人数（累计）`, `去年同期再就业人数`): the word and the
 * metric, read as the two-row header `累计/再就业人数` would be. Null for a name that is a metric
 * as written (`本月再就业人数`) or that has no such word.
 */
function periodAffix(name: string): { word: string; metric: string } | null {
  const t = name.replace(/\s+/g, '');
  if (matchMetricHeader(t).metricId !== null) return null;
  for (let i = 2; i <= t.length - 2; i++) {
    const [head, tail] = [t.slice(0, i), t.slice(i)];
    if (isPeriodWord(head) && matchMetricHeader(tail).metricId !== null) return { word: head, metric: tail };
    const word = tail.replace(/^[（(](.+)[)）]$/, '$1');
    if (isPeriodWord(word) && matchMetricHeader(head).metricId !== null) return { word, metric: head };
  }
  return null;
}

/**
 * Splits a two-row header: `常住人口/2023` (or `2023/常住人口`) into a metric name and a period key;
 * a group over its metric (`就业情况/再就业人数`) into that metric, when the lower cell names one
 * and the upper does not; a group's 合计 (`就业技能培训/合计`) into the group's metric. Other names
 * stay whole (`就业培训/男` is a metric of its own). A period without its year (`活动场次/1月`) takes
 * `year` (the table's), and is `missing` its year when the table has none.
 */
function splitHeader(name: string, year: number | undefined): SplitHeader {
  const parts = name.split('/');
  if (parts.length === 1) {
    if (isComparison(name)) return { metricName: name, comparison: true };
    const affix = periodAffix(name);
    return affix !== null ? { ...splitHeader(`${affix.word}/${affix.metric}`, year), metricName: affix.metric } : { metricName: name };
  }
  if (parts.length !== 2) return { metricName: name };
  const [a, b] = parts as [string, string];
  // 上年同期 under a metric (or over the metrics) compares with another period.
  if (isComparison(a) || isComparison(b)) return { metricName: name, comparison: true };
  const pb = parsePeriodLabel(b);
  if (pb) return { metricName: a, period: formatPeriodKey(pb.period) };
  const pa = parsePeriodLabel(a);
  if (pa) return { metricName: b, period: formatPeriodKey(pa.period) };
  // `活动场次/1月`, `再就业人数/1-3月累计`: the months in the year the title, sheet or file name gives ('missing' when none does).
  const yearless = (w: string): { period?: PeriodKey; year: 'assumed' | 'missing' } | null => {
    const p = parsePeriodLabel(w, { defaultYear: year ?? 2000 });
    if (p === null) return null;
    return year !== undefined ? { period: formatPeriodKey(p.period), year: 'assumed' } : { year: 'missing' };
  };
  // 本月 | 累计 under a metric (or over the metrics): this period's value and the year to date.
  // (1-3月累计 names its own months, whatever the table's period.)
  const rb = relativeWord(b);
  if (rb !== null) return { metricName: a, ...(rb === 'cumulative' && yearless(b)) || { relative: rb } };
  const ra = relativeWord(a);
  if (ra !== null) return { metricName: b, ...(ra === 'cumulative' && yearless(a)) || { relative: ra } };
  const yb = yearless(b);
  if (yb) return { metricName: a, ...yb };
  const ya = yearless(a);
  if (ya) return { metricName: b, ...ya };
  if (matchMetricHeader(b).metricId !== null && matchMetricHeader(a).metricId === null) return { metricName: b };
  // A group's 合计 (就业技能培训 over 男, 女, 合计) is the group's own metric.
  if (GROUP_TOTAL.test(totalHeader(b))) return { metricName: a };
  return { metricName: name };
}

/**
 * Decides the shape from the cleaned header columns. `firstColumn` holds the first column's data
 * cells (to recognise a transposed table whose corner cell is blank).
 */
export function detectShape(
  columns: readonly HeaderColumn[],
  ctx: { file: string; sheet?: string; caption?: string; defaultUnit?: string; firstColumn?: readonly string[]; sampleOf?: (column: number) => readonly string[] },
): ShapeResult {
  const issues: ImportIssue[] = [];
  const names = new Map(columns.map((c) => [c.index, c.name]));
  const roles = columns.map((c) => {
    const lower = c.name.toLowerCase();
    if (IGNORED_HEADERS.has(lower)) return 'note';
    return matchDimensionHeader(c.name) ?? (lower === 'parent' ? 'parent' : null);
  });
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
    // Bare 单位: the measure unit when it follows 数值 in a long file, else the organisation name.
    const prev = roles[k - 1];
    if (value >= 0 && (prev === 'value' || unit >= 0)) measureUnit = columns[k]!.index;
    else if (unit < 0) unit = columns[k]!.index;
  }
  const base = {
    code: find('code'), district: find('district'), parent: find('parent'), unit,
    period: find('period'), metric, value, measureUnit, names,
    rawText: columns.find((c) => c.name.toLowerCase() === 'raw' || c.name === '原文')?.index ?? -1,
    qualifier: columns.find((c) => c.name.toLowerCase() === 'qualifier')?.index ?? -1,
  };
  // 年份 beside 月份 (季度) is the year of the row's period; alone, it is the period (an annual table).
  const yearColumn = find('year');
  if (base.period < 0) base.period = yearColumn;
  const yearBeside = base.period !== yearColumn ? yearColumn : -1;
  const at = { file: ctx.file };
  const filePeriod = filePeriodOf(ctx.caption, ctx.file, ctx.sheet, issues, at);
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
  const rowTotals: (RowTotal & { end?: number })[] = [];
  const firstIsMetricList = columns.length > 1 && metric < 0 && unit < 0 && (ctx.firstColumn ?? []).filter((c) => c.trim() !== '')
    .some((c) => matchMetricHeader(c).metricId !== null);
  if (metric >= 0 && value >= 0) {
    kind = 'long';
  } else if ((metric >= 0 && value < 0 && metric === columns[0]?.index) || firstIsMetricList) {
    kind = 'transposed';
    const metricCol = metric >= 0 ? metric : columns[0]!.index;
    taken.add(metricCol);
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      if (taken.has(c.index) || roles[k] === 'note' || roles[k] !== null) continue;
      measures.push({ index: c.index, name: c.name, metric: customMetric(c.name), scale: 1, subtotal: SUBTOTAL_NAME.test(totalHeader(c.name)) });
    }
    return finish({ ...base, metric: metricCol, kind, measures, ...(filePeriod ? { filePeriod } : {}) }, issues, at, ctx);
  } else {
    kind = 'wide';
    if (unit < 0) {
      // No recognised name column: take the first column that is not a known dimension or metric.
      const k = columns.findIndex((c, i) => roles[i] === null && matchMetricHeader(c.name).metricId === null);
      if (k >= 0) {
        base.unit = columns[k]!.index;
        taken.add(base.unit);
        issues.push(makeIssue('warning', 'unit-column-guessed', { ...at, column: base.unit + 1, columnName: columns[k]!.name },
          `没有找到“社区/单位名称”列，已把“${columns[k]!.name}”列当作社区名称，请核对`,
          `No unit-name column found; using "${columns[k]!.name}" as the unit name.`));
      }
    }
    const others = columns.filter((c, k) => !taken.has(c.index) && roles[k] === null);
    // 社区 | 数值 (| 累计) with no 指标 column: the 数值 column is the one metric's, named outside the table.
    const free = metric < 0 && value >= 0 && others.every((c) => relativeWord(c.name) !== null)
      ? columns.filter((c) => c.index === value || others.includes(c)) : others;
    const oneMetric = oneMetricColumns(free, {
      file: ctx.file, ...(ctx.sheet !== undefined ? { sheet: ctx.sheet } : {}), ...(ctx.caption !== undefined ? { caption: ctx.caption } : {}),
      ...(metric >= 0 ? { metricColumn: columns.find((c) => c.index === metric)! } : {}),
      ...(base.period >= 0 ? { periodColumn: columns.find((c) => c.index === base.period)! } : {}),
      ...(filePeriod ? { filePeriod } : {}),
      ...(ctx.defaultUnit !== undefined ? { defaultUnit: ctx.defaultUnit } : {}),
    });
    if (oneMetric.kind === 'refused') return { shape: null, issues: [...issues, ...oneMetric.issues] };
    if (oneMetric.kind === 'read') {
      for (const t of oneMetric.rowTotals ?? []) rowTotals.push({ ...t, covers: t.covers.map((k) => k + measures.length) });
      measures.push(...oneMetric.columns);
      issues.push(...oneMetric.issues);
    } else {
      // 本月 and 累计 columns are the table's period and its year to date (with no 期间 column to say otherwise).
      const relativeKey = (r: 'current' | 'cumulative'): PeriodKey | undefined =>
        filePeriod === undefined || base.period >= 0 ? undefined : r === 'current' ? filePeriod.key : cumulativeThrough(filePeriod.key) ?? undefined;
      const relative: string[] = [];
      const year = filePeriod !== undefined ? parsePeriodKey(filePeriod.key)?.year : undefined;
      const split = free.map((c) => {
        const h = splitHeader(c.name, year);
        const period = h.relative !== undefined ? relativeKey(h.relative) : h.period;
        if (h.relative !== undefined && period !== undefined) relative.push(`“${c.name}”按${formatPeriodLabel(period, 'zh')}`);
        // Beside a 期间 column, `再就业人数/本月` is that metric in each row's period; a 累计 there has none and keeps its whole name.
        const rowPeriod = h.relative === 'current' && base.period >= 0;
        const metricName = h.relative !== undefined && period === undefined && !rowPeriod ? c.name : h.metricName;
        return { c, metricName, ...(period !== undefined ? { period } : {}), year: h.year, comparison: h.comparison === true, id: metricFor(metricName).def.id };
      });
      const yearless = split.filter((x) => x.year === 'missing').map((x) => `“${x.c.name}”`);
      if (yearless.length > 0) {
        issues.push(makeIssue('error', 'period-columns-no-year', at,
          `列名${yearless.slice(0, 3).join('')}${yearless.length > 3 ? `等${yearless.length}列` : ''}中的期间没有写年份。请在标题行或文件名中写明年份（如“2024年”）后重新导入`,
          'Column headers name periods without a year: put the year in the title row or the file name.'));
        return { shape: null, issues };
      }
      if (split.some((x) => x.year === 'assumed')) {
        issues.push(makeIssue('info', 'period-header-year', at,
          `列名中的期间没有写年份，按${year}年（取自${SOURCE_WORDS[filePeriod!.source].zh}）读取`,
          `Column headers name periods without a year: read as ${year} (from the ${SOURCE_WORDS[filePeriod!.source].en}).`));
      }
      if (relative.length > 0) {
        issues.push(makeIssue('info', 'period-relative-columns', at,
          `本月/累计列按表格的期间（取自${SOURCE_WORDS[filePeriod!.source].zh}：${formatPeriodLabel(filePeriod!.key, 'zh')}）读取：${relative.slice(0, 6).join('，')}${relative.length > 6 ? `等${relative.length}列` : ''}导入`,
          `本月/累计 columns are read as the table's period and its year to date (${relative.length} columns).`));
      }
      // Groups that repeat their metrics (本月 and 累计 over 再就业人数) keep their names whole: read
      // as the lower cells they would be one metric twice.
      const twice = new Set<string>();
      const seen = new Set<string>();
      for (const x of split) {
        const k = `${x.period ?? ''}|${x.id}`;
        if (seen.has(k)) twice.add(k); else seen.add(k);
      }
      let parentMeasure: MeasureColumn | undefined;
      for (const { c, metricName, period, comparison, id } of split) {
        const name = c.name.trim();
        // 合计 beside 再就业人数 and 开发就业岗位 adds people to positions: a row sum, not a metric.
        if (GROUP_TOTAL.test(totalHeader(name))) {
          issues.push(makeIssue('info', 'row-total-column', { ...at, column: c.index + 1, columnName: c.name },
            `“${c.name}”列是本行各列之和，不作为指标导入，已与本行各列之和核对`, `The "${c.name}" column sums the row's columns; not imported as a metric, checked against them.`));
          // It sums the columns since the total before it, their 其中 parts left out.
          const from = rowTotals.length > 0 ? rowTotals[rowTotals.length - 1]!.end ?? 0 : 0;
          const covers: number[] = [];
          for (let k = from; k < measures.length; k++) if (!measures[k]!.metric.id.includes('（其中：')) covers.push(k);
          rowTotals.push({ index: c.index, name: c.name, covers, end: measures.length });
          continue;
        }
        if (comparison) {
          issues.push(makeIssue('info', 'comparison-column', { ...at, column: c.index + 1, columnName: c.name },
            `“${c.name}”列是与上年同期或上一期的比较，不是本期的指标，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）`,
            `The "${c.name}" column compares with another period; not a metric of this period, not imported.`));
          continue;
        }
        // `2023年3月` among metric columns names a period but no metric: which metric's value it is, the sheet does not say.
        const bare = id.startsWith('custom:') ? parsePeriodLabel(name, { defaultYear: year ?? 2000 }) : null;
        if (bare !== null) {
          const example = split.find((x) => !x.id.startsWith('custom:'))?.metricName ?? '再就业人数';
          issues.push(makeIssue('warning', 'period-column-not-metric', { ...at, column: c.index + 1, columnName: c.name },
            `“${c.name}”列的列名是期间，不是指标名称，看不出是哪个指标的数值，未导入；如果是某个指标在该期间的数值，请把列名写成“${example}/${name}”后重新导入`,
            `The "${c.name}" column is named for a period, not a metric; whose values it holds is unknown, not imported. Write the header as ${example}/${name}.`));
          continue;
        }
        const info = id.startsWith('custom:') ? infoColumn(name, ctx.sampleOf?.(c.index) ?? []) : null;
        if (info !== null) {
          issues.push(makeIssue('info', 'info-column', { ...at, column: c.index + 1, columnName: c.name },
            info.kind === 'contact' ? `“${c.name}”列是联系信息，不是统计指标，未导入`
              : `“${c.name}”列是文字（如“${info.example}”），不是数字，未作为指标导入；如果这是统计指标，请在源表填写数字后重新导入`,
            info.kind === 'contact' ? `The "${c.name}" column holds contact details, not a statistic; not imported.`
              : `The "${c.name}" column holds words (such as "${info.example}"), not numbers; not imported as a metric.`));
          continue;
        }
        // 其中 columns right after a metric (and after each other) are parts of that metric.
        const before = measures[measures.length - 1];
        const part = before !== undefined && before.index === c.index - 1 && parentMeasure !== undefined ? partOfMetric(name, parentMeasure.metric) : null;
        if (part !== null) {
          measures.push({ index: c.index, name: c.name, metric: part, scale: parentMeasure!.scale, ...(period ? { period } : {}) });
          continue;
        }
        const whole = metricName !== c.name && period === undefined && twice.has(`|${id}`);
        const { def, scale } = metricFor(whole ? c.name : metricName, ctx.defaultUnit);
        parentMeasure = { index: c.index, name: c.name, metric: def, scale, ...(period ? { period } : {}) };
        measures.push(parentMeasure);
      }
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
  if (kind === 'wide') oneColumnPerMetric(measures, rightUnit, issues, at);
  return finish({
    ...base, kind, measures, ...(yearBeside >= 0 ? { year: yearBeside } : {}), ...(rightUnit >= 0 ? { rightUnit } : {}),
    ...(rowTotals.length > 0 ? { rowTotals: rowTotals.map(({ index, name, covers }) => ({ index, name, covers })) } : {}), ...(filePeriod ? { filePeriod } : {}), ...(relativePeriods ? { relativePeriods: true as const } : {}),
  }, issues, at, ctx);
}

function finish(shape: TableShape, issues: ImportIssue[], at: { file: string }, ctx: { file: string; sheet?: string; caption?: string }): ShapeResult {
  if (shape.kind !== 'transposed' && shape.unit < 0 && shape.code < 0) {
    issues.push(makeIssue('error', 'no-unit-column', at,
      '找不到社区/单位名称列。请让表头包含“社区”“单位名称”或“村”等列名后重新导入',
      'No unit-name column found; add a header such as 社区 or 单位名称.'));
    return { shape: null, issues };
  }
  if (shape.kind === 'wide' && shape.measures.length === 0) {
    issues.push(makeIssue('warning', 'no-metric-columns', at,
      '文件中没有数值列（指标列），没有可导入的数据', 'The file has no metric columns; nothing to import.'));
  }
  const needsPeriod = shape.kind !== 'wide' || shape.measures.some((m) => m.period === undefined);
  if (shape.period < 0 && needsPeriod) {
    if (!shape.filePeriod || shape.filePeriod.yearOnly) {
      issues.push(noPeriodIssue(ctx, shape.filePeriod, issues, at));
      return { shape: null, issues };
    }
    issues.push(periodSourceNote(shape.filePeriod, at));
  }
  // Periods across the top: every column one period of the same metric (or of the row's).
  const byPeriod = shape.kind === 'wide' && shape.measures.length > 0 && shape.measures.every((m) => m.period !== undefined)
    && (shape.metric >= 0 || new Set(shape.measures.map((m) => m.metric.id)).size === 1);
  const label = byPeriod ? '宽表（每列一个期间）' : { long: '长表（每行一个指标）', wide: '宽表（每列一个指标）', transposed: '转置表（指标在行、社区在列）' }[shape.kind];
  issues.push(makeIssue('info', 'shape', at, `表格形式：${label}`, `Table shape: ${shape.kind}.`));
  return { shape, issues };
}
