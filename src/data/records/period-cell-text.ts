/**
 * The text of a row's period as the period grammar (parse-period-label.ts) reads it, when the
 * sheet writes it across cells or leaves its unit to the header: a 年份 cell beside a 月份 or
 * 季度 cell (`2024` and `3月` → `2024年3月`), and a bare number under a 月份 (季度, 半年) header
 * (`3` → `3月`). Read once per distinct text (row-periods.ts caches the result), never per row.
 */
import type { ImportIssue } from '../report/import-report';
import type { IssueSink } from '../report/issue-sink';
import { makeIssue, whereEn, whereZh, type IssueAt } from '../report/make-issue';
import { isExcelErrorText } from '../cells/missing-value-texts';
import { matchKey } from '../vocabulary/metric-aliases';
import { parsePeriodLabel } from '../cells/parse-period-label';

/** A bare number in a period column: `3`, `03`. */
const BARE = /^\d{1,2}$/;

/**
 * What a bare number means in a period column named `header`: its month in a 月份 column, its
 * quarter in a 季度 column, its half in a 半年 column; null for a column whose name says no unit
 * (期间, 时间: `3` there is no period).
 */
export function bareNumberReader(header: string): ((n: number) => string) | null {
  const key = matchKey(header);
  if (key.includes('季')) return (n) => `${n}季度`;
  if (key.includes('半年')) return (n) => (n === 1 ? '上半年' : n === 2 ? '下半年' : `${n}`);
  if (key.includes('月') || key === 'month') return (n) => `${n}月`;
  return null;
}

/** The period cell's text with a bare number given its header's unit (`3` → `3月`); other texts as written. */
export function periodCellText(text: string, bare: ((n: number) => string) | null): string {
  return bare !== null && BARE.test(text) ? bare(Number(text)) : text;
}

/**
 * The error for a 期间 (年份) cell that is an Excel error value (`#N/A` of a lookup, `#REF!`): its
 * formula failed, so the row has no period; null for any other text. Asked only of a cell that
 * reads as no period, its first character first.
 */
export function periodErrorIssue(text: string, what: '期间' | '年份', at: IssueAt & { line: number }): ImportIssue | null {
  if (text.charCodeAt(0) !== 35 || !isExcelErrorText(text)) return null;
  const [example, en] = what === '期间' ? ['期间（如2024年3月）', 'period'] : ['年份（如2024）', 'year'];
  return makeIssue('error', 'period-error', at,
    `${whereZh(at.line, at.column, at.columnName)}：${what}是Excel错误值“${text}”（源表的公式出错），不是${what}，该行未导入。请在原表中修正公式，或改为${example}后重新导入`,
    `${whereEn(at.line, at.column, at.columnName)}: the ${en} is the Excel error "${text}" (a failed formula); the row was not imported. Fix the formula in the original sheet.`);
}

/**
 * The year a 年份 cell names (`2024`, `2024年`, `2024年度`), or null with an error at the cell when
 * it is blank or names no single year.
 */
export function readYearCell(text: string, at: IssueAt & { line: number }, sink: IssueSink): number | null {
  const p = text === '' ? null : parsePeriodLabel(text);
  if (p !== null && p.period.granularity === 'Y' && !p.cumulative) return p.period.year;
  sink.pushCapped(periodErrorIssue(text, '年份', at) ?? (text === ''
    ? makeIssue('error', 'period-missing', at,
      `${whereZh(at.line, at.column, at.columnName)}：年份为空，请补全（如 2024）后重新导入`,
      `${whereEn(at.line, at.column, at.columnName)}: the year is empty.`)
    : makeIssue('error', 'period-invalid', at,
      `${whereZh(at.line, at.column, at.columnName)}：年份“${text}”无法识别，请写成 2024 或 2024年 等形式`,
      `${whereEn(at.line, at.column, at.columnName)}: year "${text}" is not recognised.`)));
  return null;
}

/**
 * The error for a period cell that names a year of its own other than its row's 年份 cell
 * (`2023年3月` beside `2024`): which is wrong cannot be told; null when it names none or the same.
 * Asked once per distinct text (row-periods.ts caches the rows' periods).
 */
export function periodYearClash(text: string, year: number, yearColumn: number, at: IssueAt & { line: number }): ImportIssue | null {
  const own = parsePeriodLabel(text);
  if (own === null || own.period.year === year) return null;
  return makeIssue('error', 'period-year-disagree', at,
    `${whereZh(at.line, at.column, at.columnName)}：期间“${text}”是${own.period.year}年，而同一行的年份（第${yearColumn + 1}列）是${year}，两者不一致，该行未导入。请核对哪一个写错，改正后重新导入`,
    `${whereEn(at.line, at.column, at.columnName)}: the period "${text}" is in ${own.period.year} but the row's year (column ${yearColumn + 1}) is ${year}; not imported.`);
}

/**
 * The period of a row from its year and its period cell's text (after periodCellText): the cell
 * alone when it names this very year itself (`2024年3月` beside `2024`), else the two read as one
 * (`2024年` + `3月`; a cell naming another year is refused first, by periodYearClash).
 */
export function periodInYear(year: number, text: string): string {
  const own = parsePeriodLabel(text);
  return own !== null && own.period.year === year ? text : `${year}年${text}`;
}
