/**
 * Value columns that are not metrics: periods across the top (`社区,1月,2月,3月,合计`) or the
 * table's period and its year to date (`社区,本月,累计`, `社区,数值`). Their values are one metric's:
 * each row's (a 指标 column), or the one the title row, the sheet name (a workbook with a sheet per
 * metric) or the file name names. With no metric named anywhere the table is refused, saying where
 * to name it: months, 本月 and 累计 are never read as metrics.
 */
import type { MeasureColumn } from './measure-column';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { canonicalMetric, customMetric, type MetricDef } from '../vocabulary/metric-catalog';
import { findMetricInText, matchMetricHeader, tableUnitScale } from '../vocabulary/metric-aliases';
import { formatPeriodKey, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { COMPARISON_WORDS, cumulativeThrough, isMonthWord, relativeColumnKey, relativeColumnWords, relativeWord } from '../vocabulary/relative-period';
import { infoColumn, infoColumnText } from './info-columns';
import { outsideIssue } from './outside-periods';
import { periodUnitClash, remarkedColumnIssue } from './period-header-brackets';
import { SOURCE_WORDS, type FilePeriod } from './file-period';
import { guessIssues, noYear, periodColumns, periodColumnsNote, totalsOf } from './periods-across';
import { GROUP_TOTAL, totalHeader, type RowTotal } from './total-columns';
import { isComparisonHeader, type HeaderColumn } from './find-header';
import { ADDED, bracketUnit, sheetMetric, unnamedSheet } from './sheet-metric';


/** What the value columns were: not periods (read them as metrics), periods read, or refused. */
export type OneMetricColumns =
  | { readonly kind: 'metrics' }
  | { readonly kind: 'read'; readonly columns: MeasureColumn[]; readonly issues: ImportIssue[]; readonly rowTotals?: readonly RowTotal[] }
  | { readonly kind: 'refused'; readonly issues: ImportIssue[] };

interface TableContext {
  readonly file: string;
  readonly sheet?: string;
  readonly caption?: string;
  /** The 指标 column (each row's metric) and the 期间 column (each row's period), when the table has them. */
  readonly metricColumn?: HeaderColumn;
  readonly periodColumn?: HeaderColumn;
  readonly filePeriod?: FilePeriod;
  /** The unit a row above the header or the title gives (`单位：万元`). */
  readonly defaultUnit?: string;
  /** The header's line (0: unknown), where a period header read by a guess is warned about. */
  readonly headerLine?: number;
  /** The unit column, nameless, holds items (namesItems): the table may be one community's form naming none. */
  readonly itemsColumn?: number;
}

/** Reads the value columns (`free`: not a unit, period, metric or note column) when they are periods. */
export function oneMetricColumns(all: readonly HeaderColumn[], t: TableContext): OneMetricColumns {
  // Every issue here is about the header's names: it points at the header's line.
  const at = t.headerLine !== undefined && t.headerLine > 0 ? { file: t.file, line: t.headerLine } : { file: t.file };
  // 上年同期, 同比, 增减 beside the periods or 本年累计, and 排名, 负责人, 填报日期 (no statistic: info-columns.ts):
  // set aside (said when the others are read), not imported.
  const aside = all.filter((c) => isComparisonHeader(c.name) || infoColumn(c.name, []) !== null);
  const free = aside.length < all.length ? all.filter((c) => !aside.includes(c)) : all;
  const read = ownColumns(free, t, at);
  return read.kind === 'read' && free !== all ? { ...read, issues: [...read.issues, ...aside.map((c) => asideIssue(c, at))] } : read;
}

/** What is said of a column set aside beside a one-metric table's periods. */
function asideIssue(c: HeaderColumn, at: { file: string }): ImportIssue {
  const info = infoColumn(c.name, []);
  if (info === null) return comparisonIssue(c, at);
  const { zh, en } = infoColumnText(info, c.name);
  return makeIssue('info', 'info-column', { ...at, column: c.index + 1, columnName: c.name }, zh, en);
}

/** A column comparing with another period: not a value of this table, said by column. */
export function comparisonIssue(c: HeaderColumn, at: { file: string }): ImportIssue {
  return makeIssue('info', 'comparison-column', { ...at, column: c.index + 1, columnName: c.name },
    `“${c.name}”列是与上年同期或上一期的比较，不是本期的指标，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）`,
    `The "${c.name}" column compares with another period; not a metric of this period, not imported.`);
}

/**
 * A long file's column beside its 数值 column holding another period's numbers (`本年累计`,
 * `上年同期`), as statistics systems export them: not read (each row is one value, in its row's
 * period), said by column; null for any other column (`填报人`, `更新时间`).
 */
export function longExtraColumnIssue(c: HeaderColumn, valueName: string, at: { file: string }): ImportIssue | null {
  if (isComparisonHeader(c.name)) return comparisonIssue(c, at);
  if (relativeWord(c.name) !== 'cumulative') return null;
  return makeIssue('warning', 'period-relative-skipped', { ...at, column: c.index + 1, columnName: c.name },
    `“${c.name}”列是累计数：长表每行只读“${valueName}”列的数值（期间取自该行的期间），“${c.name}”列未导入。如需导入累计数，请把它们另写成期间为“2024年1-3月累计”这样的行后重新导入`,
    `The "${c.name}" column is a year to date: a long file's rows are read from the "${valueName}" column only; not imported.`);
}

function ownColumns(free: readonly HeaderColumn[], t: TableContext, at: { file: string }): OneMetricColumns {
  const across = periodColumns(free, t.filePeriod);
  if (across !== null) {
    const whose = whoseValues(t);
    if (whose === null) {
      const { why, example } = unnamedSheet(t.sheet);
      return { kind: 'refused', issues: [makeIssue('error', 'period-columns-no-metric', at,
        `列名是统计期间（${across.listed}），但找不到这些数值是哪个指标${why}。请在标题行${t.sheet !== undefined ? '或工作表名' : ''}写明指标（如“2024年各社区再就业人数统计表”），或把列名改为“${example}/${across.periods[0]!.column.name}”这样的形式后重新导入`,
        `The columns are periods, but no metric is named: name it in the title row${t.sheet !== undefined ? ' or the sheet name' : ''}, or write the headers as ${example}/1月.`)] };
    }
    if (across.yearless && across.year === undefined) return { kind: 'refused', issues: [noYear(across, at)] };
    const columns = across.periods.map((p) => ({ index: p.column.index, name: p.column.name, metric: metricOf(whose, p.column), scale: p.unit !== undefined && 'def' in whose ? tableUnitScale(whose.def.unit, p.unit) : scaleOf(whose, t), period: p.key }));
    const source = 'def' in whose ? [`${whose.zh}：${whose.def.zh}${unitSaid(whose)}${whose.added ? ADDED : ''}`, `${whose.en} (${whose.def.en})`] : [`“${whose.column.name}”列`, '"metric" column'];
    // A total of a stock's or a rate's months is no sum of them: said, and the check leaves it (row-total-check.ts).
    const sums = 'def' in whose ? whose.def.kind === 'flow' && whose.def.unit !== '%' : null;
    const guessed = guessIssues(across, { ...at, line: t.headerLine ?? 0 });
    guessed.push(...across.remarked.map((c) => remarkedColumnIssue(c, { ...at, line: t.headerLine ?? 0 })));
    if ('def' in whose) guessed.push(...across.periods.flatMap((p) => periodUnitClash(p, whose.def, { ...at, line: t.headerLine ?? 0 })));
    const outside = outsideIssue(across, t.filePeriod, { ...at, line: t.headerLine ?? 0 });
    return { kind: 'read', columns, issues: [periodColumnsNote(across, source[0]!, source[1]!, at, sums), ...guessed, ...outside], rowTotals: totalsOf(across) };
  }
  const parts = partColumns(free, t, at);
  if (parts !== null) return parts;
  if (free.length === 0 || !free.every((c) => relativeWord(c.name) !== null)) return { kind: 'metrics' };
  if (t.filePeriod === undefined && t.periodColumn === undefined) return { kind: 'metrics' };
  return relativeColumns(free, t, at);
}

/**
 * `社区 | 合计 | 男 | 女` under a title naming one metric (`2024年3月各社区再就业人数统计表`): the 合计
 * column is that metric, the others its parts (`再就业人数/男`), as under a grouped header
 * `再就业人数` over `合计 | 男 | 女`. Read as metrics, 男 and 女 were two metrics of their own and the
 * metric itself was dropped with the 合计 column. Null unless one column is the whole and every
 * other names no metric, period or contact detail.
 */
function partColumns(free: readonly HeaderColumn[], t: TableContext, at: { file: string }): OneMetricColumns | null {
  // The whole of a metric's parts across the top: `合计 | 男 | 女` (or `总数 | 男 | 女`).
  const wholes = free.filter((c) => GROUP_TOTAL.test(totalHeader(c.name)) || totalHeader(c.name) === '总数');
  if (wholes.length !== 1 || free.length < 2 || t.metricColumn !== undefined) return null;
  const parts = free.filter((c) => c !== wholes[0]);
  const plainPart = (c: HeaderColumn): boolean => {
    const name = c.name.trim();
    return name.length <= 10 && relativeWord(name) === null && parsePeriodLabel(name) === null && matchMetricHeader(name).metricId === null
      && !COMPARISON_WORDS.test(name) && infoColumn(name, []) === null;
  };
  if (!parts.every(plainPart)) return null;
  const whose = whoseValues(t);
  if (whose === null || !('def' in whose)) return null;
  const { def } = whose;
  const scale = scaleOf(whose, t);
  const whole = wholes[0]!;
  const columns: MeasureColumn[] = free.map((c) => ({
    index: c.index, name: c.name, metric: c === whole ? def : customMetric(`${def.zh}/${c.name.trim()}`, def.unit), scale,
  }));
  const listed = parts.map((c) => `“${c.name.trim()}”`).join('');
  return { kind: 'read', columns, issues: [makeIssue('info', 'metric-parts-columns', at,
    `“${whole.name.trim()}”列是${def.zh}（指标取自${whose.zh}），${listed}列是其分项，按“${def.zh}/${parts[0]!.name.trim()}”等导入`,
    `The "${whole.name.trim()}" column is ${def.en} (named in the ${whose.en}); ${parts.map((c) => c.name.trim()).join(', ')} are its parts.`)] };
}

/**
 * `社区 | 本月 | 累计` (or `| 数值`): one metric (or each row's, beside a 指标 column) in the table's
 * period (or each row's) and its year to date.
 */
function relativeColumns(free: readonly HeaderColumn[], t: TableContext, at: { file: string }): OneMetricColumns {
  const whose = whoseValues(t);
  const listed = free.map((c) => `“${c.name}”`).join('');
  if (whose === null) {
    const { why, example } = unnamedSheet(t.sheet);
    // Beside a 期间 column the header to write is the metric's own name; else 再就业人数/本月 keeps the 本月.
    const rename = t.periodColumn !== undefined
      ? [`把“${free[0]!.name}”列名改为指标名称（如“${example}”）`, `rename the "${free[0]!.name}" column to the metric (such as ${example})`]
      : [`把列名改为“${example}/${free[0]!.name}”这样的形式`, `write the headers as ${example}/${free[0]!.name}`];
    return { kind: 'refused', issues: [makeIssue('error', 'period-relative-no-metric', at,
      `列名是${listed}，但找不到这些数值是哪个指标${why}。请在标题行${t.sheet !== undefined ? '或工作表名' : ''}写明指标（如“2024年3月各社区再就业人数”），或${rename[0]}后重新导入${t.itemsColumn !== undefined
        ? `；如是单个社区的竖表（第${t.itemsColumn + 1}列是各项指标），请在第${t.itemsColumn + 1}列的表头写“项目”，并把社区名称写进标题或文件名后重新导入` : ''}`,
      `The columns are ${free.map((c) => c.name).join(', ')}, but no metric is named: name it in the title row${t.sheet !== undefined ? ' or the sheet name' : ''}, or ${rename[1]}.`)] };
  }
  const hasCurrent = free.some((c) => relativeWord(c.name) === 'current');
  const columns: MeasureColumn[] = [];
  const issues: ImportIssue[] = [];
  const read: string[] = [];
  const skip = (c: HeaderColumn, zh: string, en: string): void => {
    issues.push(makeIssue('info', 'period-relative-skipped', { ...at, column: c.index + 1, columnName: c.name },
      `“${c.name}”列是累计数，${zh}，无法定出累计的期间，未导入`, `The "${c.name}" column is a year to date ${en}; its period is unknown, not imported.`));
  };
  for (const c of free) {
    const current = relativeWord(c.name) === 'current';
    if (t.periodColumn !== undefined) {
      // Each row's period is its 期间 cell: a 累计 beside it has no period of its own.
      // 本月 (not 本期) in a quarter's row is its last month (records/row-values.ts).
      if (current) columns.push({ index: c.index, name: c.name, metric: metricOf(whose, c), scale: scaleOf(whose, t), ...(isMonthWord(c.name) ? { month: true } : {}) });
      else skip(c, `而各行的期间取自“${t.periodColumn.name}”列`, 'beside a period column');
      continue;
    }
    const key = t.filePeriod!.key;
    // 本月 in a quarter's table is its last month (本期 the quarter), as in a one-community form (relativeColumnKey);
    // 1-3月累计 names its own months (in the table's year); 本年累计 alone in a year's table is that year's figure.
    const period = current ? relativeColumnKey('current', isMonthWord(c.name), key) : ownMonths(c.name, key) ?? cumulativeThrough(key) ?? (hasCurrent ? null : key);
    if (period === null) {
      skip(c, `但表格的期间（${formatPeriodLabel(key, 'zh')}）没有更短的本期`, `in a table of ${formatPeriodLabel(key, 'en')}`);
      continue;
    }
    columns.push({ index: c.index, name: c.name, metric: metricOf(whose, c), scale: scaleOf(whose, t), period });
    read.push(relativeColumnWords(c.name, period, key));
  }
  const periodWords = t.periodColumn !== undefined ? `期间取自“${t.periodColumn.name}”列` : `期间取自${SOURCE_WORDS[t.filePeriod!.source].zh}：${read.join('，')}`;
  const held = 'def' in whose ? [`同一指标“${whose.def.zh}”（取自${whose.zh}）${whose.added ? ADDED : ''}`, `one metric, taken from the ${whose.en} (${whose.def.en})`]
    : [`各行“${whose.column.name}”列所写指标`, `the metric in each row's "${whose.column.name}" cell`];
  issues.push(makeIssue('info', 'period-relative-columns', at, `${listed}列是${held[0]}的数值；${periodWords}`,
    `The ${free.map((c) => c.name).join(' and ')} columns hold ${held[1]}.`));
  return { kind: 'read', columns, issues };
}

/** The months a 累计 header names itself (`1-3月累计` → 2024-C03 in a table of 2024), in the table's year when it writes none. */
function ownMonths(name: string, tableKey: PeriodKey): PeriodKey | null {
  const year = parsePeriodKey(tableKey)?.year;
  const own = year !== undefined ? parsePeriodLabel(name.replace(/\s+/g, ''), { defaultYear: year }) : null;
  return own !== null && own.cumulative ? formatPeriodKey(own.period) : null;
}

/** Whose values the columns hold: each row's (its 指标 cell), or the one metric named outside the table. */
type Whose = { readonly column: HeaderColumn } | { readonly def: MetricDef; readonly zh: string; readonly en: string; readonly unit?: string; readonly added?: true };

/** The 指标 column, else the metric the title, sheet or file name names; null when neither says. */
function whoseValues(t: TableContext): Whose | null {
  if (t.metricColumn !== undefined) return { column: t.metricColumn };
  const named = metricNamedOutside(t);
  if (named !== undefined) return { def: canonicalMetric(named.id)!, zh: named.zh, en: named.en, ...(named.unit !== undefined ? { unit: named.unit } : {}) };
  const own = sheetMetric(t.sheet);
  return own !== null ? { def: own.def, zh: '工作表名', en: 'sheet name', ...(own.unit !== undefined ? { unit: own.unit } : {}), added: true } : null;
}

/** A column's metric: the named one, or (read from each row's 指标 cell) a placeholder the reader does not use. */
function metricOf(whose: Whose, c: HeaderColumn): MetricDef {
  return 'def' in whose ? whose.def : customMetric(c.name);
}

/**
 * The named metric's scale under the unit written with it (`慰问救助金额（万元）` as the sheet name or
 * in the title), else the table's unit (`单位：万元`); each row's metric is scaled by the reader.
 */
function scaleOf(whose: Whose, t: TableContext): number {
  return 'def' in whose ? tableUnitScale(whose.def.unit, whose.unit ?? t.defaultUnit) : 1;
}

/** `（万元，已换算为元）` when the unit written with the named metric scales its values; else nothing. */
function unitSaid(whose: { readonly def: MetricDef; readonly unit?: string }): string {
  return whose.unit !== undefined && tableUnitScale(whose.def.unit, whose.unit) !== 1 ? `（${whose.unit}，已换算为${whose.def.unit}）` : '';
}


/**
 * The catalogue metric a table of one metric names: in its title row, else its sheet's name, else
 * its file name; with where it was found. Undefined when none does.
 */
function metricNamedOutside(t: TableContext): { id: string; zh: string; en: string; unit?: string } | undefined {
  const sources = [
    { text: t.caption, zh: '标题行', en: 'title row' },
    { text: t.sheet, zh: '工作表名', en: 'sheet name' },
    { text: t.file.replace(/\.[^.]+$/, ''), zh: '文件名', en: 'file name' },
  ];
  for (const s of sources) {
    const id = s.text !== undefined ? findMetricInText(s.text) : null;
    if (id !== null) {
      const unit = bracketUnit(s.text!);
      return { id, zh: s.zh, en: s.en, ...(unit !== undefined ? { unit } : {}) };
    }
  }
  return undefined;
}
