/**
 * Periods across the top of a table of one metric (`社区,1月,2月,3月,合计`, `2024.1 … 2024.12`,
 * `1月（人）`): which value columns are which period, what each 合计 column sums, and the notes on
 * them (one-metric-columns.ts reads the table so when its columns are periods).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, whereEn, whereZh } from '../report/make-issue';
import type { ValueNote } from '../cells/value-note';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { formatPeriodKey, monthRange, parsePeriodKey, type PeriodKey } from '../vocabulary/period';
import { relativeWord } from '../vocabulary/relative-period';
import { ownYearToDate } from './year-to-date-column';
import { octoberAfterSeptember } from './dot-month-header';
import { periodBeforeRemark, periodWithUnit, type AcrossPeriod } from './period-header-brackets';
import type { FilePeriod } from './file-period';
import { headerAsWritten, type HeaderColumn } from './find-header';
import { SUBTOTAL_NAME, totalHeader, type RowTotal } from './total-columns';

/**
 * Periods across the top (`社区,1月,2月,3月,合计`): at least two value columns, each named by one
 * period (its year, when it has none, from the title or file name, else the one year the other
 * headers name: `yearless` with `year` undefined when none gives one), the others their 合计.
 * Null when the columns are not so.
 */
export function periodColumns(free: readonly HeaderColumn[], filePeriod: FilePeriod | undefined): Across | null {
  const year = filePeriod ? parsePeriodKey(filePeriod.key)?.year : undefined;
  const across = periodsAcross(free, year);
  // `2024年1月 | 2月 | 3月`: the year written once, with the first month, is the others' too when the
  // title and file name give none (and the headers name no other).
  if (across === null || year !== undefined || !across.yearless || across.dated.size !== 1) return across;
  return periodsAcross(free, [...across.dated][0]!);
}

/** Periods across the top (periodColumns), in `year` when a header names none; `dated`: the years the headers name. */
export interface Across { periods: AcrossPeriod[]; listed: string; totals: HeaderColumn[]; remarked: HeaderColumn[]; year: number | undefined; yearless: boolean; dated: ReadonlySet<number> }

/** `数据` after a period header (`4月份数据`, `4月数据`): the word says the column holds the period's figures. */
const FIGURES_WORD = /数据$/;

/** The period of a header that is one followed by 数据 (`4月份数据` → 4月份), else null. */
function periodOfFigures(name: string, year: number | undefined): ReturnType<typeof parsePeriodLabel> {
  const t = name.replace(/\s+/g, '');
  return FIGURES_WORD.test(t) && t.length > 2 ? parsePeriodLabel(t.slice(0, -2), { defaultYear: year ?? 2000 }) : null;
}

/** periodColumns in `year` (undefined: none known, 2000 standing in). */
function periodsAcross(free: readonly HeaderColumn[], year: number | undefined): Across | null {
  const dated = new Set<number>();
  const periods: AcrossPeriod[] = [];
  const totals: HeaderColumn[] = [];
  const remarked: HeaderColumn[] = [];
  let yearless = false;
  for (const c of free) {
    if (SUBTOTAL_NAME.test(totalHeader(c.name)) || relativeWord(c.name) === 'cumulative') { totals.push(c); continue; }
    // A year stands in while deciding (`1月` is a period whatever the year); the key needs the real one.
    // (`3月 (2)`: a second 3月 header, that period still; same-metric-columns.ts says so.)
    const written = headerAsWritten(c.name);
    // `1月（人）`: the period, in the unit its bracket names.
    const withUnit = periodWithUnit(written, year);
    const p = withUnit?.parsed ?? parsePeriodLabel(written, { defaultYear: year ?? 2000 }) ?? periodOfFigures(written, year);
    // `4月（预计）`: a period with a remark the grammar does not read; left out (remarkedColumnIssue), the other periods read.
    if (!p && periodBeforeRemark(written, year)) { remarked.push(c); continue; }
    if (!p) return null;
    // `3月累计`, `2024年1-3月累计`: a year to date, as 1-3月累计 is (below).
    if (p.cumulative) { totals.push(c); continue; }
    if (p.notes.some((n) => n.code === 'year-assumed')) yearless = true;
    else dated.add(p.period.year);
    periods.push({ column: c, key: formatPeriodKey(p.period), notes: p.notes, ...(withUnit !== null ? { unit: withUnit.unit } : {}) });
  }
  const read = octoberAfterSeptember(periods, (p) => headerAsWritten(p.column.name));
  // A 累计 through months not all across the top (`3月 | 1-3月累计`) holds the year to date, not their total.
  const keys = read.map((p) => p.key);
  const own = totals.map((c) => SUBTOTAL_NAME.test(totalHeader(c.name)) ? null
    : ownYearToDate(c.name, read.filter((p) => p.column.index < c.index).map((p) => p.key), keys, year ?? 2000));
  const all = [...read, ...totals.flatMap((c, k) => own[k] != null ? [{ column: c, key: own[k], notes: [] }] : [])].sort((a, b) => a.column.index - b.column.index);
  if (all.length < 2) return null;
  return { periods: all, listed: all.map((p) => p.column.name).join('、'), totals: totals.filter((_, k) => own[k] == null), remarked, year, yearless, dated };
}

/**
 * What each 合计 column across the top sums (positions in `across.periods`): the months of its own
 * period when its name gives one (`一季度合计`, `上半年合计`), else every period before it.
 */
export function totalsOf(across: Across): RowTotal[] {
  const out: RowTotal[] = [];
  for (const t of across.totals) {
    const end = across.periods.filter((p) => p.column.index < t.index).length;
    const own = parsePeriodLabel(t.name.replace(/\s+/g, '').replace(/(?:合计|小计|总计)$/, ''), { defaultYear: across.year ?? 2000 });
    const span = own !== null && !own.cumulative ? monthRange(own.period) : null;
    const covers: number[] = [];
    across.periods.forEach((p, k) => {
      const period = parsePeriodKey(p.key);
      if (span === null ? k < end : period !== null && period.granularity !== 'C' && monthRange(period)[0] >= span[0] && monthRange(period)[1] <= span[1]) covers.push(k);
    });
    out.push({ index: t.index, name: t.name, covers });
  }
  return out;
}

/**
 * Warnings for the period headers read by a guess (3/1/2024 as March, 45292 as an Excel date,
 * Jan-24 as 2024, 2024.1 as January or, after 2024.9, as October: dot-month-header.ts), each at its
 * own cell as in a 期间 column: the info on the columns lists them, but never said they were guessed.
 * 2024.1 followed by 2024.2 is January beyond doubt and is not warned about.
 */
export function guessIssues(across: Across, at: { file: string; line: number }): ImportIssue[] {
  const out: ImportIssue[] = [];
  across.periods.forEach((p, k) => {
    const next = across.periods[k + 1]?.key;
    for (const n of p.notes) {
      const issue = periodGuessIssue(n, p.key, next, p.column, at);
      if (issue !== null) out.push(issue);
    }
  });
  return out;
}

/**
 * The warning for a header's period read by a guess (a note of parsePeriodLabel), at the header's
 * cell; null for an info, and for 2024.1 when the column after it (`next`) is 2024.2.
 */
export function periodGuessIssue(n: ValueNote, key: PeriodKey, next: PeriodKey | undefined, c: HeaderColumn, at: { file: string; line: number }): ImportIssue | null {
  if (n.severity !== 'warning') return null;
  if (n.code === 'dot-month-ambiguous' && next === key.replace(/-01$/, '-02')) return null;
  const where = { ...at, column: c.index + 1, columnName: c.name };
  return makeIssue('warning', n.code, where, `${whereZh(at.line, where.column, c.name)}的列名：${n.message}`,
    `Header at ${whereEn(at.line, where.column, c.name)}: ${n.messageEn}`);
}

/**
 * Info: the columns are periods, the metric taken from `source` (the year, the 合计 columns);
 * `sums`: whether the metric's periods add up (a flow), null when each row names its own.
 */
export function periodColumnsNote(across: Across, source: string, sourceEn: string, at: { file: string }, sums: boolean | null): ImportIssue {
  const year = across.yearless ? `（年份按${across.year}年）` : '';
  const totals = `“${across.totals.map((c) => c.name).join('、')}”列`;
  const total = across.totals.length === 0 ? ''
    : sums === true ? `；${totals}是各期之和，未单独导入，已与本行各期之和核对`
      : sums === false ? `；${totals}未单独导入，也未核对：这个指标是期末数或比率，不是各期之和`
        : `；${totals}未单独导入，可以相加的指标（如人数、次数）已与本行各期之和核对，期末数和比率不核对`;
  return makeIssue('info', 'period-columns', at,
    `列名是统计期间（${across.listed}），指标取自${source}${year}${total}`, `The columns are periods; the metric is taken from the ${sourceEn}.`);
}

/** Error: the columns are periods without a year, and neither the title nor the file name gives one. */
export function noYear(across: Across, at: { file: string }): ImportIssue {
  return makeIssue('error', 'period-columns-no-year', at,
    `列名是统计期间（${across.listed}），但没有写年份。请在标题行或文件名中写明年份（如“2024年”）后重新导入`,
    'The columns are periods without a year: put the year in the title row or the file name.');
}
