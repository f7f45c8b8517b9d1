/**
 * Value columns of a wide table that are metrics, one each: the usual wide table. A header may
 * carry its period (`常住人口/2023`, `累计再就业人数`, 本月/累计 under a metric, `1月` in the year
 * the title gives) or a group over its metric (`就业情况/再就业人数`), as split-header.ts reads
 * them. A 合计 of the row is checked,
 * not imported (records/row-total-check.ts); a comparison with another period (上年同期), a bare
 * period, contact details or words are not imported; a 其中 column after a metric is its part.
 */
import { SEX_WORD } from '../cells/row-label';
import { periodFieldsOf, type MeasureColumn } from './measure-column';
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import { isRate } from '../vocabulary/metric-catalog';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { partInHeader } from '../cells/period-part-notes';
import { parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { lastMonthOfSpan, relativeColumnKey, relativeColumnWords } from '../vocabulary/relative-period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { infoColumn, infoColumnText } from './info-columns';
import { SOURCE_WORDS, type FilePeriod } from './file-period';
import type { HeaderColumn } from './find-header';
import { splitHeader, type SplitHeader } from './split-header';
import { countNotScaledIssue, CountUnitsKept, headerUnitClash, isPartMetric, metricFor, partHeader, partRow } from './header-metric';
import { partRepeatsIssue, partRepeatsWhole } from './part-repeats-whole';
import { comparisonIssue } from './one-metric-columns';
import { periodGuessIssue } from './periods-across';
import { headerYearTypo, headerYearTypoIssue } from './header-year-typo';
import { GROUP_TOTAL, groupRowTotal, totalHeader, type RowTotal } from './total-columns';
import { relativeWord } from '../vocabulary/relative-period';

/** What metricColumns needs to know of the table around its columns. */
export interface MetricColumnsContext {
  /** Where issues about the table point (its file). */
  readonly at: { file: string };
  /** The table's period from its title, sheet or file name, if any. */
  readonly filePeriod: FilePeriod | undefined;
  /** The table has a period column: a 本月 column is each row's period, a 累计 one has none. */
  readonly periodColumn: boolean;
  /** The unit the table states (`单位：万元`). */
  readonly defaultUnit: string | undefined;
  /** A column's data cells, to tell a column of contact details or words. */
  readonly sampleOf: ((column: number) => readonly string[]) | undefined;
  /** The unit-name column (-1: none), to see a unit written over several rows. */
  readonly unitColumn?: number;
  /** The header's line (0: unknown), where a period read by a guess is warned about. */
  readonly headerLine?: number;
}

/** The sex words (男, 女, 男性, 女性) a column's cells are, in first-seen order (合计, 小计 among them); [] when a cell is something else. */
function sexWords(cells: readonly string[]): string[] {
  const seen: string[] = [];
  for (const c of cells) {
    const t = c.trim();
    if (t === '' || t === '合计' || t === '小计') continue;
    if (!SEX_WORD.test(t)) return [];
    // 男 and 男性 are one: the spelling first met is shown.
    if (!seen.some((x) => x[0] === t[0])) seen.push(t);
  }
  return seen;
}

/** A header naming the parts of a community (小区, 网格, 楼栋, 居民小组), each part a row of its own. */
const PART_AREA = /^(?:所属)?(?:小区|网格|楼栋|楼门|楼院|楼宇|片区|院落|苑区|居民小组|村民小组|小组)(?:名称)?$/;

/** The first two words of a column of parts' names (合计, 小计 passed over). */
function partWords(cells: readonly string[]): string[] {
  const seen: string[] = [];
  for (const c of cells) {
    const t = c.trim();
    if (t === '' || t === '合计' || t === '小计' || seen.includes(t)) continue;
    if (seen.push(t) === 2) break;
  }
  return seen;
}

/** A unit's name is written on several rows (twice, or once with blank cells under it). */
function overSeveralRows(names: readonly string[]): boolean {
  const seen = new Set<string>();
  let blank = false;
  for (const n of names) {
    const t = n.trim();
    if (t === '') { blank = true; continue; }
    if (seen.has(t)) return true;
    seen.add(t);
  }
  return blank && seen.size > 0;
}

/**
 * The metric `prev`'s header names when `c`, right after it, is headed only by a year-to-date word
 * (`再就业人数 | 本年累计`): `c` is read as `prev/本年累计`, as the same header on two rows is. Null
 * when `prev` is no plain metric column (a period, a 本月, a total, a comparison) or not adjacent.
 */
function leftMetricOf(c: HeaderColumn, prev: HeaderColumn | undefined, year: number | undefined): string | null {
  if (prev === undefined || prev.index !== c.index - 1 || relativeWord(c.name.trim()) !== 'cumulative') return null;
  const name = prev.name.trim();
  if (name === '' || relativeWord(name) !== null || GROUP_TOTAL.test(totalHeader(name))) return null;
  const h = splitHeader(name, year);
  return h.metricName === name && h.period === undefined && h.relative === undefined && h.comparison !== true ? name : null;
}

/**
 * `常住人口` over `2024年1月 | 2月 | 3月`: the year written once, with the first month, is the others'
 * too when the table names none: the one year the headers' periods name, when some lack theirs.
 * Undefined when none lacks it, or the headers name no year or more than one.
 */
function yearOfHeaders(free: readonly HeaderColumn[]): number | undefined {
  const years = new Set<number>();
  let missing = false;
  free.forEach((c, k) => {
    const left = leftMetricOf(c, free[k - 1], undefined);
    const h = splitHeader(left !== null ? `${left}/${c.name.trim()}` : c.name, undefined);
    if (h.year === 'missing') missing = true;
    else if (h.period !== undefined) years.add(parsePeriodKey(h.period)?.year ?? 0);
  });
  return missing && years.size === 1 && !years.has(0) ? [...years][0] : undefined;
}

/**
 * The measure columns and row totals of `free` (a wide table's value columns, each a metric), its
 * notes pushed to `issues`; null when the table is refused (an error in `issues` says why).
 */
export function metricColumns(
  free: readonly HeaderColumn[], t: MetricColumnsContext, issues: ImportIssue[],
): { measures: MeasureColumn[]; rowTotals: RowTotal[] } | null {
  const { at, filePeriod } = t;
  const measures: MeasureColumn[] = [];
  const rowTotals: (RowTotal & { end: number })[] = [];
  // 本月 and 累计 columns are the table's period and its year to date (with no 期间 column to say otherwise);
  // 本月 (再就业人数/本月, or 本月再就业人数 as written) in a quarter's table is its last month, 本期 the quarter.
  const relativeKey = (h: SplitHeader): PeriodKey | undefined => {
    if (filePeriod === undefined || t.periodColumn) return undefined;
    if (h.relative === undefined) return (h.month === true ? lastMonthOfSpan(filePeriod.key) : null) ?? undefined;
    return relativeColumnKey(h.relative, h.month === true, filePeriod.key) ?? undefined;
  };
  const relative: string[] = [];
  const toDateNames: string[] = [];
  const year = (filePeriod !== undefined ? parsePeriodKey(filePeriod.key)?.year : undefined) ?? yearOfHeaders(free);
  const split = free.map((c, k) => {
    const left = leftMetricOf(c, free[k - 1], year);
    const h = splitHeader(left !== null ? `${left}/${c.name.trim()}` : c.name, year);
    if (left !== null) {
      const key = relativeKey(h);
      issues.push(makeIssue('warning', 'cumulative-column-of-left', { ...at, column: c.index + 1, columnName: c.name },
        `“${c.name}”列的列名没有写指标：已按其左边“${left}”列的累计数${key !== undefined ? `（${formatPeriodLabel(key, 'zh')}）` : ''}导入；如不是，请把列名写全（如“${left}（本年累计）”）后重新导入`,
        `The "${c.name}" column names no metric: read as the year to date of "${left}", the column to its left.`));
    }
    const rel = relativeKey(h);
    const period = rel ?? h.period;
    if (rel !== undefined) {
      relative.push(relativeColumnWords(c.name, rel, filePeriod!.key));
    }
    // Beside a 期间 column, `再就业人数/本月` is that metric in each row's period, and `再就业人数/本年累计` its year to date through it.
    const rowPeriod = h.relative !== undefined && t.periodColumn === true;
    const toDate = h.relative === 'cumulative' && rowPeriod;
    if (toDate) toDateNames.push(`“${c.name}”`);
    // `本月再就业人数`, `再就业人数/本月` beside a 期间 column: in a quarter's row, its last month (records/row-values.ts).
    const month = h.month === true && t.periodColumn && period === undefined;
    const metricName = h.relative !== undefined && period === undefined && !rowPeriod ? c.name : h.metricName;
    return { c, metricName, ...(period !== undefined ? { period } : {}), ...(toDate ? { toDate } : {}), ...(month ? { month } : {}), year: h.year, comparison: h.comparison === true, id: metricFor(metricName).def.id, notes: h.notes ?? [] };
  });
  split.forEach((x, k) => {
    const next = split[k + 1];
    for (const n of x.period !== undefined ? x.notes : []) {
      const issue = periodGuessIssue(n, x.period!, next?.id === x.id ? next.period : undefined, x.c, { ...at, line: t.headerLine ?? 0 });
      if (issue !== null) issues.push(issue);
    }
  });
  const yearless = split.filter((x) => x.year === 'missing').map((x) => `“${x.c.name}”`);
  if (yearless.length > 0) {
    issues.push(makeIssue('error', 'period-columns-no-year', at,
      `列名${yearless.slice(0, 3).join('')}${yearless.length > 3 ? `等${yearless.length}列` : ''}中的期间没有写年份。请在标题行或文件名中写明年份（如“2024年”）后重新导入`,
      'Column headers name periods without a year: put the year in the title row or the file name.'));
    return null;
  }
  if (split.some((x) => x.year === 'assumed')) {
    const [zh, en] = filePeriod !== undefined
      ? [`列名中的期间没有写年份，按${year}年（取自${SOURCE_WORDS[filePeriod.source].zh}）读取`, `read as ${year} (from the ${SOURCE_WORDS[filePeriod.source].en})`]
      : [`有的列名中的期间没有写年份，按其他列名写的${year}年读取`, `read as ${year}, the year the other headers name`];
    issues.push(makeIssue('info', 'period-header-year', at, zh, `Column headers name periods without a year: ${en}.`));
  }
  if (relative.length > 0) issues.push(relativeColumnsIssue(filePeriod!, relative, at));
  if (toDateNames.length > 0) {
    issues.push(makeIssue('info', 'period-to-date-columns', at,
      `${toDateNames.slice(0, 3).join('')}${toDateNames.length > 3 ? `等${toDateNames.length}列` : ''}是年初至各行期间的累计数：按各行期间的累计期间导入（如“2024年3月”一行的累计数按2024年1-3月累计），与本月数分开，不相加`,
      `${toDateNames.length} year-to-date columns are read in each row's year to date (a row of 2024-03 as 2024 Jan-Mar), apart from the month's values.`));
  }
  // Groups that repeat their metrics (本月 and 累计 over 再就业人数) keep their names whole: read
  // as the lower cells they would be one metric twice.
  const twice = new Set<string>();
  const seen = new Set<string>();
  for (const x of split) {
    const k = `${x.period ?? (x.toDate === true ? 'C' : '')}|${x.id}`;
    if (seen.has(k)) twice.add(k); else seen.add(k);
  }
  let parentMeasure: MeasureColumn | undefined;
  /** The columns that kept their own count unit over the table's note (单位：人 over 走访户数), said once. */
  const unitsKept = new CountUnitsKept();
  for (const { c, metricName, period, toDate, month, comparison, id } of split) {
    const name = c.name.trim();
    // 合计 beside 再就业人数 and 开发就业岗位 adds people to positions: a row sum, not a metric; so does 小计 under 就业 over them.
    const group = groupRowTotal(name, free.map((x) => x.name));
    if (GROUP_TOTAL.test(totalHeader(name)) || group !== null) {
      // It sums the columns since the total before it (or its group's), their 其中 parts left out.
      const from = rowTotals.length > 0 ? rowTotals[rowTotals.length - 1]!.end : 0;
      const covers: number[] = [];
      for (let k = from; k < measures.length; k++) if (!isPartMetric(measures[k]!.metric) && (group === null || group.has(measures[k]!.name.trim()))) covers.push(k);
      const place = { ...at, column: c.index + 1, columnName: c.name };
      // With fewer than two columns before it (合计 | 男 | 女: the total first), it is checked against nothing.
      // A rate among them (再就业率) makes the total no sum: the check leaves it (row-total-check.ts), and says so here.
      const rate = covers.some((k) => isRate(measures[k]!.metric));
      issues.push(covers.length >= 2
        ? makeIssue('info', 'row-total-column', place, rate
          ? `“${c.name}”列是合计，不作为指标导入；它前面有比率列，合计不是各列之和，未核对`
          : `“${c.name}”列是本行各列之和，不作为指标导入，已与本行各列之和核对`,
        rate ? `The "${c.name}" column is a total; not imported, and not checked (a rate is among its columns).`
          : `The "${c.name}" column sums the row's columns; not imported as a metric, checked against them.`)
        : makeIssue('warning', 'row-total-unchecked', place,
          `“${c.name}”列是合计，但它前面没有可与之核对的两列以上数值，看不出合计的是哪些列，未导入，也未核对；如果它是某个指标的合计，请在它上方写明指标（两行表头，如“再就业人数”下写“合计”）后重新导入`,
          `The "${c.name}" column is a total with fewer than two columns before it to sum; not imported and not checked. If it is a metric's total, name the metric above it (a two-row header).`));
      rowTotals.push({ index: c.index, name: c.name, covers, end: measures.length });
      continue;
    }
    if (comparison) {
      issues.push(comparisonIssue(c, at));
      continue;
    }
    // `常住人口2204年3月` beside the file name's period: its year mistyped, which year is meant is a guess (a table without
    // a period of its own is refused, the no-period error naming the cell: file-period.ts).
    const typo = id.startsWith('custom:') && (filePeriod !== undefined || t.periodColumn) ? headerYearTypo(new Map([[c.index, name]])) : null;
    if (typo !== null) {
      issues.push(headerYearTypoIssue(typo, { ...at, line: t.headerLine ?? 0 }));
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
    // `3月上旬`, `再就业人数/第1周`, `再就业人数（3、4月）`: no period of this tool, never a metric of that name.
    const partOfMonth = id.startsWith('custom:') ? partInHeader(name) : null;
    if (partOfMonth !== null) {
      issues.push(partOfMonth === 'part'
        ? makeIssue('warning', 'period-part-column', { ...at, column: c.index + 1, columnName: c.name },
          `“${c.name}”列是一个月中的一段（旬、周）的数值，不是统计期间，也不是指标，未导入；旬、周的数据请汇总为月份后导入（如一列“再就业人数”填全月之和）`,
          `The "${c.name}" column holds part of a month (ten days, a week): no period, not imported. Total it into months.`)
        : makeIssue('warning', 'period-months-column', { ...at, column: c.index + 1, columnName: c.name },
          `“${c.name}”列是几个月合在一起的数值，不是一个统计期间，未导入；请按月分列填写（如“再就业人数/3月”“再就业人数/4月”）`,
          `The "${c.name}" column holds several months together: no one period, not imported. Write one column per month.`));
      continue;
    }
    const info = id.startsWith('custom:') ? infoColumn(name, t.sampleOf?.(c.index) ?? []) : null;
    const sexes = info !== null ? sexWords(t.sampleOf?.(c.index) ?? []) : [];
    if (sexes.length > 1 && overSeveralRows(t.unitColumn !== undefined && t.unitColumn >= 0 ? t.sampleOf?.(t.unitColumn) ?? [] : [])) {
      // 性别 | 男, 女: each community's values split over rows, which one row per community and period cannot hold.
      const example = split.find((x) => x.c !== c && !GROUP_TOTAL.test(totalHeader(x.c.name.trim())))?.metricName ?? '再就业人数';
      issues.push(makeIssue('error', 'rows-split-by-column', { ...at, column: c.index + 1, columnName: c.name },
        `“${c.name}”列把每个社区分成“${sexes.join('”“')}”几行填写，而每个社区每期只能有一行数据。请把各行的数值分别放进“${example}（${sexes[0]}）”“${example}（${sexes[1]}）”这样的列（每个社区一行），或只保留每个社区的合计行，然后重新导入`,
        `The "${c.name}" column splits each unit over rows (${sexes.join(', ')}); one row per unit and period is needed. Put the values in columns such as ${example}（${sexes[0]}）, or keep only each unit's total row.`));
      return null;
    }
    // 小区 | 居华里, 地华里 under one community: its values split over its parts' rows.
    const parts = info?.kind === 'words' && PART_AREA.test(name.replace(/\s+/g, '')) ? partWords(t.sampleOf?.(c.index) ?? []) : [];
    if (parts.length > 1 && overSeveralRows(t.unitColumn !== undefined && t.unitColumn >= 0 ? t.sampleOf?.(t.unitColumn) ?? [] : [])) {
      issues.push(makeIssue('error', 'rows-split-by-column', { ...at, column: c.index + 1, columnName: c.name },
        `“${c.name}”列把每个社区分成“${parts.join('”“')}”等几行填写，而每个社区每期只能有一行数据。请把同一社区各行的数合计为一行（或只保留每个社区的合计行），然后重新导入`,
        `The "${c.name}" column splits each unit over rows of its parts (${parts.join(', ')}); one row per unit and period is needed. Total each unit's rows into one, or keep only its total row.`));
      return null;
    }
    if (info !== null) {
      const { zh, en } = infoColumnText(info, c.name);
      issues.push(makeIssue('info', 'info-column', { ...at, column: c.index + 1, columnName: c.name }, zh, en));
      continue;
    }
    // 其中 columns right after a metric (and after each other) are parts of that metric.
    const before = measures[measures.length - 1];
    const whole = before !== undefined && before.index === c.index - 1 ? parentMeasure : undefined;
    const partName = whole !== undefined ? partHeader(name, whole.name.trim()) : name;
    // `其中：再就业人数` after 再就业人数 itself: which part is not said (part-repeats-whole.ts).
    if (whole !== undefined && partRepeatsWhole(partName, whole.metric)) {
      issues.push(partRepeatsIssue('column', c.name, whole.index + 1, whole.name, whole.metric.zh, { ...at, line: t.headerLine ?? 1, column: c.index + 1, columnName: c.name }));
      continue;
    }
    const part = whole !== undefined ? partRow(partName, '', { def: whole.metric, scale: whole.scale }) : null;
    if (part !== null) {
      // A share of its whole in the whole's period (本月 in a quarter's row: June), unless its header names its own.
      const own = period !== undefined || toDate === true || month === true;
      const when = own ? { ...(period ? { period } : {}), ...(toDate === true ? { toDate } : {}), ...(month === true ? { month } : {}) } : periodFieldsOf(whole!);
      measures.push({ index: c.index, name: c.name, metric: part.def, scale: part.scale, ...when });
      continue;
    }
    const wholeName = metricName !== c.name && period === undefined && twice.has(`${toDate === true ? 'C' : ''}|${id}`);
    const named = wholeName ? c.name : metricName;
    const read = metricFor(named, t.defaultUnit);
    if (read.countKept !== undefined) issues.push(countNotScaledIssue({ ...at, line: t.headerLine ?? 1, column: c.index + 1, columnName: c.name }, c.name, read.countKept, read.def.unit));
    if (read.unitKept !== undefined) unitsKept.add({ ...at, line: t.headerLine ?? 1, column: c.index + 1, columnName: c.name }, c.name, read.def.unit, read.unitKept);
    const { def } = read;
    let { scale } = read;
    // 小额担保贷款（万元）: a unit of another measure is not the metric's; not scaled by it (as a long file's 单位 cell).
    const clash = headerUnitClash(named, def);
    if (clash !== null) {
      scale = 1;
      issues.push(makeIssue('warning', 'header-unit-not-metric', { ...at, column: c.index + 1, columnName: c.name },
        `“${c.name}”列：表头写的单位“${clash}”不是“${def.zh}”的单位（${def.unit}），数值未按“${clash}”换算、按${def.unit}记录。请核对表头的单位或指标是否写错，改正后重新导入`,
        `Column "${c.name}": the unit "${clash}" is no unit of ${def.en} (counted in ${def.unit}); not scaled. Please check the header.`));
    }
    parentMeasure = { index: c.index, name: c.name, metric: def, scale, ...(period ? { period } : {}), ...(toDate === true ? { toDate } : {}), ...(month === true ? { month } : {}) };
    measures.push(parentMeasure);
  }
  unitsKept.report(issues);
  return { measures, rowTotals: rowTotals.map(({ index, name, covers }) => ({ index, name, covers })) };
}

/** The info for 本月/累计 columns read by the table's period, listing how each is read (relativeColumnWords; six, then a count). */
export function relativeColumnsIssue(filePeriod: FilePeriod, relative: readonly string[], at: IssueAt): ImportIssue {
  return makeIssue('info', 'period-relative-columns', at,
    `本月/累计列按表格的期间（取自${SOURCE_WORDS[filePeriod.source].zh}：${formatPeriodLabel(filePeriod.key, 'zh')}）读取：${relative.slice(0, 6).join('，')}${relative.length > 6 ? `等${relative.length}列` : ''}导入`,
    `本月/累计 columns are read as the table's period and its year to date (${relative.length} columns).`);
}
