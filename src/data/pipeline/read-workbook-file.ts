/**
 * The workbook row source: a workbook file becomes one table of rows per visible, non-empty
 * sheet, for the same rows → header → shape → records chain as a CSV file (read-rows.ts).
 */
import { sheetLabel } from '../dataset/dataset';
import { checkColumnCount, type FileLimits } from '../decode/file-limits';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { readWorkbook, type WorkbookLib, type WorkbookSheet } from '../rows/read-workbook';
import type { MergedRange } from '../rows/merged-ranges';
import type { VisibleSums } from '../rows/visible-sums';
import { coverPeriodOf, type CoverPeriod } from '../table/cover-period';
import { bareMonthName, copiedSheetName, isChangeSheet, isComparisonSheet, revisionPeriodKey, sheetNamePeriod, sheetNameSpan } from '../table/sheet-period';
import { isSummarySheet } from '../table/vertical-form';
import { unitNameIn } from '../table/name-text';
import { streetNameIn } from '../table/file-street';
import { bareUnitSheet } from '../table/months-down';
import { yearEndIssue, yearEndSheets } from '../table/year-end-sheets';
import { allZeroSheets, noteKind, withoutUnfilled } from './sheet-contents';
import { formatPeriodKey, monthsOf } from '../vocabulary/period';
import { CUMULATIVE_WORDS } from '../vocabulary/relative-period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';

/** One sheet of a workbook, as rows of cell texts for the same reader a CSV file's rows go to. */
export interface SheetRows {
  /** What issues and sources call the file (its name, or `三月（第2次导入）.xlsx`: resent-label.ts). */
  readonly name: string;
  /** The file's own name, which periods and names are read from. */
  readonly fileName: string;
  readonly sheet: string;
  /** What issues and sources call this table: `文件.xlsx › 3月`. */
  readonly label: string;
  readonly rows: string[][];
  readonly lines: number[];
  /** Merged cell ranges (index space of `rows`). */
  readonly merges: readonly MergedRange[];
  /** Hidden columns that hold data (index space of `rows`). */
  readonly hiddenColumns: readonly number[];
  /** 1-based lines of hidden rows that hold data (a conflict from one says so: merge-records.ts). */
  readonly hiddenLines?: readonly number[];
  /** What the sheet's sum formulas leave out: hidden rows, text cells (rows/visible-sums.ts). */
  readonly visibleSums?: VisibleSums;
  /** A sheet named as a total (汇总) beside sheets named for communities: it sums them (read-rows.ts leaves it out). */
  readonly sumOfUnits?: true;
  /** A sheet left out as the sum of the period sheets beside it (汇总, 上半年): given only to check it (summary-sheet-check.ts). */
  readonly sumOfPeriods?: true;
  /** A district's 汇总 left out as the sum of the street sheets beside it (咸水沽镇, 双港镇): given only to check it. */
  readonly sumOfStreets?: true;
  /** The name a sheet named by a bare month number (`6` beside 1月…5月) is read by for its period (`2024年6月`). */
  readonly periodName?: string;
  /** The period the workbook's cover sheet names: the sheet's when its name, title and the file name give none. */
  readonly cover?: CoverPeriod;
  /** The sheet beside it this one's name copies (`3月` for `3月 (2)`, `Sheet1` for `Sheet1 (2)`). */
  readonly copyOf?: string;
}


/**
 * A workbook's visible sheets as rows. `lib` is SheetJS (loaded by the caller only when a workbook
 * arrives); without it the file is refused with an error issue. Issues about a sheet name it; a
 * file that cannot be read gives no sheets and an error issue. `name` labels the file in issues and
 * sources; `ctx.fileName` (default `name`) is the file's own name, which periods are read from.
 * Sheets of notes, and beside sheets of figures a sheet not a digit of which is filled in, are left out, said;
 * a sheet of zeros only beside them is read, with a warning.
 * The sheets left out as the sum of the period sheets go to `ctx.summaries`, to be checked against them.
 * A first sheet of text (a cover) naming a period gives it to every sheet as `cover`.
 */
export function readWorkbookFile(
  bytes: Uint8Array, name: string,
  ctx: { lib?: WorkbookLib; issues: ImportIssue[]; limits?: FileLimits; fileName?: string; summaries?: SheetRows[] },
): SheetRows[] {
  const fileName = ctx.fileName ?? name;
  if (!ctx.lib) {
    ctx.issues.push(makeIssue('error', 'workbook-reader-missing', { file: name },
      '无法读取该Excel文件：Excel读取组件没有加载。请刷新页面后重试，或把文件另存为CSV后导入',
      'The workbook reader was not loaded; reload the page, or save the file as CSV.'));
    return [];
  }
  const read = readWorkbook(ctx.lib, bytes, name);
  ctx.issues.push(...read.issues);
  // Beside data sheets, a sheet of notes (sheet-contents.ts) is no table.
  const kinds = new Map(read.sheets.map((s) => [s, noteKind(s)]));
  const notes = read.sheets.filter((s) => kinds.get(s) !== null);
  const tabled = read.sheets.filter((s) => !notes.includes(s));
  // Every sheet in view a note (填表说明) and a sheet hidden: the data is there, not in the notes read as a table.
  if (tabled.length === 0 && notes.length > 0 && read.hidden !== undefined) {
    const shown = read.hidden.map((h) => `“${h}”`).join('、');
    ctx.issues.push(makeIssue('error', 'sheet-data-hidden', { file: name },
      `工作簿中看得见的工作表（${notes.map((s) => `“${s.sheet}”`).join('、')}）只有文字说明，没有数据表；隐藏的工作表${shown}未导入。如数据在隐藏的工作表中，请在Excel中取消隐藏（右键工作表标签→取消隐藏）后重新导入`,
      `The visible sheets hold notes only; the hidden sheet(s) ${read.hidden.join(', ')} were not imported. Unhide the data sheet in Excel and import again.`));
    return [];
  }
  // A first sheet of text before the data sheets (封面, 说明) may name their period (cover-period.ts).
  const first = read.sheets[0];
  const cover = first !== undefined && notes.includes(first) && tabled.length > 0 ? coverPeriodOf(first.sheet, first.rows) : null;
  for (const { line, column, note } of cover?.letters ?? []) {
    ctx.issues.push(makeIssue(note.severity, note.code, { file: name, sheet: cover!.sheet, line, column },
      `封面工作表“${cover!.sheet}”第${line}行：${note.message}`, `Cover sheet "${cover!.sheet}", line ${line}: ${note.messageEn}`));
  }
  for (const s of tabled.length > 0 ? notes : []) {
    ctx.issues.push(makeIssue('info', 'sheet-not-table', { file: name, sheet: s.sheet },
      `工作表“${s.sheet}”${kinds.get(s)!}，不是数据表，未导入`,
      `Sheet "${s.sheet}" holds notes, not a table; not imported.`));
  }
  // Beside sheets of figures: a sheet of names only is left out, one of zeros only is said (sheet-contents.ts).
  const data = withoutUnfilled(tabled, name, fileName, ctx.issues);
  allZeroSheets(data, name, ctx.issues);
  // Beside this period's tables, a sheet of another period's figures (上月, 去年同期) compares with it,
  // as a 上月 column does: read by the file name's period it was this period's values. Left out, said.
  // Alone, such a sheet is the period before the file's (上月, 上年同期: file-period.ts); a sheet of
  // changes (同比, 增减) holds no period's figures, so with nothing else the file gives none, said.
  const changes = data.filter((s) => isChangeSheet(s.sheet));
  const figures = data.filter((s) => !changes.includes(s));
  if (data.length > 0 && figures.length === 0) {
    for (const s of changes) {
      ctx.issues.push(makeIssue('warning', 'change-sheet', { file: name, sheet: s.sheet },
        `工作表“${s.sheet}”是与上年同期或上一期相比的增减（或增长率），不是统计数，未导入；本文件没有其他数据表，未导入任何数据。请导入本期的报表（要看同比、环比，请一并导入比较期的报表，本工具自行计算）`,
        `Sheet "${s.sheet}" holds changes against another period, not figures; not imported, and the file has no other data sheet: nothing imported. Import the period's report (and the compared period's).`));
    }
    return [];
  }
  // A sheet of changes is one comparing (isChangeSheet): all of them compare, the sheets of figures are read.
  const compared = data.filter((s) => isComparisonSheet(s.sheet));
  const leftOut = compared.length < data.length ? compared : changes;
  const tables = data.filter((s) => !leftOut.includes(s));
  for (const s of data.filter((t) => !tables.includes(t))) {
    ctx.issues.push(makeIssue('info', 'comparison-sheet', { file: name, sheet: s.sheet },
      `工作表“${s.sheet}”是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上一期或上年，请一并导入那一期的报表）`,
      `Sheet "${s.sheet}" compares with another period; not this period's values, not imported.`));
  }
  // Beside sheets named for their periods (1月, 2月, 3月), a sheet named as a total (汇总, 合计表)
  // with no period of its own sums them: it is no period's data (read by the file name's year it
  // became the whole year's), so it is left out, with a warning naming it.
  // So is one beside sheets named for streets (咸水沽镇, 双港镇) in a district's workbook.
  const byPeriod = tables.some((s) => sheetNameSpan(s.sheet, fileName) !== null);
  // (Beside sheets named for communities, one named for a street is theirs: it sums them, see byUnit.)
  const streetNamed = (s: WorkbookSheet): boolean => streetNameIn(s.sheet.trim()) === s.sheet.trim();
  const unitNamed = (s: WorkbookSheet): boolean => unitNameIn(s.sheet.trim(), false) !== '' && !isSummarySheet(s.sheet.trim());
  const byStreet = !byPeriod && tables.some(streetNamed) && !tables.some(unitNamed);
  const sums: WorkbookSheet[] = byPeriod || byStreet ? tables.filter((s) => isSummarySheet(s.sheet.trim()) && sheetNameSpan(s.sheet, fileName) === null) : [];
  for (const s of sums) {
    ctx.issues.push(makeIssue('warning', 'summary-sheet-skipped', { file: name, sheet: s.sheet }, byPeriod
      ? `工作表“${s.sheet}”是各期工作表的汇总（名称中没有统计期间），未导入；各期以各自的工作表为准。如这张表另有数据，请把期间写进工作表名后重新导入`
      : `工作表“${s.sheet}”是各街道（镇）工作表的汇总，未导入；各社区以所在街道的工作表为准。如这张表另有其他社区的数据，请移到所在街道的工作表后重新导入`,
    `Sheet "${s.sheet}" sums the ${byPeriod ? 'period sheets (its name gives no period)' : 'street sheets'}; not imported.`));
  }
  // Beside month sheets (1月, 2月, 3月), a 全年 (2024年, 上半年) sheet with only some of its months,
  // or a 累计 sheet without its span, is their sum, not that period's value: left out, with a warning.
  const months = byPeriod ? monthSheets(tables, fileName) : new Map<string, string>();
  for (const s of months.size > 0 ? tables.filter((t) => !sums.includes(t)) : []) {
    const sum = sumOfMonths(s.sheet, fileName, months);
    if (sum === null) continue;
    sums.push(s);
    const names = [...months].sort(([a], [b]) => a.localeCompare(b)).map(([, n]) => n).join('、');
    ctx.issues.push(makeIssue('warning', 'summary-sheet-skipped', { file: name, sheet: s.sheet },
      `工作表“${s.sheet}”是各月工作表（${names}）的${sum === 'cumulative' ? '累计' : `合计，不是${sum}的数`}，未导入；各月以各自的工作表为准。如需导入，请把工作表名改为“1-3月累计”这样写明月份的名称后重新导入`,
      `Sheet "${s.sheet}" sums the month sheets (${names}); not imported. Name it for its months (1-3月累计) to import it.`));
  }
  const kept = tables.length > 0 ? tables.filter((s) => !sums.includes(s)) : read.sheets;
  // Beside street sheets, a 汇总 is checked against them by community (a row of the street's or district's total against all).
  for (const s of byStreet ? sums : []) {
    ctx.summaries?.push({ name, fileName, sheet: s.sheet, label: sheetLabel(name, s.sheet), rows: s.rows, lines: s.lines, merges: s.merges, hiddenColumns: s.hiddenColumns, sumOfStreets: true });
  }
  if (byPeriod) {
    // A 汇总 naming no period sums the months it stands beside: checked as their year's, each value
    // against all of them (summary-sheet-check.ts); read alone it had no period, and went unchecked.
    const year = oneYearOf(months);
    for (const s of sums) {
      const span = year !== null && sheetNameSpan(s.sheet, fileName) === null ? { periodName: `${year}年` } : {};
      ctx.summaries?.push({ name, fileName, sheet: s.sheet, label: sheetLabel(name, s.sheet), rows: s.rows, lines: s.lines, merges: s.merges, hiddenColumns: s.hiddenColumns, sumOfPeriods: true, ...span });
    }
  }
  // Beside sheets named for communities (花园路社区, 1.滨西社区, or 祥福里), a sheet named as a total sums them,
  // by month for the whole street or by community: left out once its form is known, as a
  // vertical form's summary already is (vertical-form.ts), never read as a community or the year's value.
  // (Short names only when there are two: one sheet `基本情况` may be anything.)
  const byUnit = !byPeriod && !byStreet && (tables.some(unitNamed) || tables.filter((s) => bareUnitSheet(s.sheet) !== null).length >= 2);
  const unitSums = new Set(byUnit ? kept.filter((s) => (isSummarySheet(s.sheet.trim()) || streetNamed(s)) && sheetNameSpan(s.sheet, fileName) === null) : []);
  // A sheet as wide as a CSV file that gets the column warning gets it too (rows are as wide as the widest).
  const names = new Set(kept.map((s) => s.sheet.trim()));
  for (const s of kept) {
    const wide = checkColumnCount(s.rows[0]?.length ?? 0, name, ctx.limits);
    if (wide) ctx.issues.push({ ...wide, file: name, sheet: s.sheet });
  }
  // `3月 (2)` (or `3月_2`, `Copy of 3月`) beside `3月`: a copy's name, read as 3月 (sheet-period.ts), said once read (copied-sheets.ts).
  const copies = new Map(kept.map((s) => [s, copiedSheetName(s.sheet)] as const).filter((e): e is [WorkbookSheet, string] => e[1] !== null && names.has(e[1])));
  sameMonthSheets(kept, name, fileName, ctx.issues);
  // `6` beside 1月…5月: June of their year, said (sheet-period.ts); beside a 6月 sheet, or sheets of two years, no month.
  const bare = new Map(kept.map((s) => [s, bareMonthName(s.sheet, months)] as const).filter(([, n]) => n !== null) as [WorkbookSheet, string][]);
  for (const [s, label] of bare) {
    const others = [...months.values()].slice(0, 2).join('、');
    ctx.issues.push(makeIssue('warning', 'sheet-bare-month', { file: name, sheet: s.sheet },
      `工作表名“${s.sheet}”只是一个数字，其他工作表按月份命名（${others}${months.size > 2 ? '等' : ''}），已按${label}读取；如不是${label}的表，请把工作表名改为它的期间（如“${label}”）后重新导入`,
      `Sheet "${s.sheet}" is named by a number only, the other sheets by their months: read as ${label}. Rename it for its period if it is not.`));
  }
  // 12月, 1月, 2月 (四季度, 一季度) under `2024年社区月报.xlsx`: one side of the year end is the year before or after;
  // 12月 between 2023年11月 and 2024年1月 is 2023's (year-end-sheets.ts).
  const yearEnd = byPeriod ? yearEndSheets(kept, fileName) : null;
  if (yearEnd !== null) ctx.issues.push(yearEndIssue(yearEnd, name, fileName));
  return kept.map((s) => ({
    name, fileName, sheet: s.sheet, label: sheetLabel(name, s.sheet), rows: s.rows, lines: s.lines, merges: s.merges, hiddenColumns: s.hiddenColumns,
    ...(s.visibleSums !== undefined ? { visibleSums: s.visibleSums } : {}),
    ...(unitSums.has(s) ? { sumOfUnits: true as const } : {}),
    ...(cover !== null ? { cover } : {}),
    ...(bare.has(s) ? { periodName: bare.get(s)! } : {}),
    ...(yearEnd?.periodNames.has(s.sheet) === true ? { periodName: yearEnd.periodNames.get(s.sheet)! } : {}),
    ...(s.hiddenLines.length > 0 ? { hiddenLines: s.hiddenLines } : {}),
    ...(copies.has(s) ? { copyOf: copies.get(s)! } : {}),
  }));
}

/**
 * The sheets named for one month each (`3月`, `2024年3月`), by month key (`*-03` when no year is
 * known: each sheet's title gives it only when read); the first of two for a month.
 */
function monthSheets(sheets: readonly WorkbookSheet[], fileName: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sheets) {
    const named = sheetNameSpan(s.sheet, fileName);
    if (named === null || named.period.cumulative || named.period.period.granularity !== 'M') continue;
    const key = formatPeriodKey(named.period.period);
    const shown = named.yearKnown ? key : `*${key.slice(4)}`;
    if (!out.has(shown)) out.set(shown, s.sheet);
  }
  return out;
}

/** The one year every month sheet is named for (`2024-01`… keys), or null (none known, or two). */
function oneYearOf(months: ReadonlyMap<string, string>): string | null {
  const years = new Set([...months.keys()].map((k) => k.slice(0, 4)));
  const [year] = years;
  return years.size === 1 && year !== undefined && /^\d{4}$/.test(year) ? year : null;
}

/**
 * A sheet that sums the month sheets beside it: a year or half named with only some of its months
 * there (`全年` beside 1-3月: the period's name, for the message), or a year to date named without
 * its months (`累计`, `本年累计`, `累计（1-3月）`: 'cumulative'); else null. A quarter beside its
 * three months is its own, as is a year beside all twelve, or `1-3月累计` (checked against them).
 */
function sumOfMonths(sheet: string, fileName: string, months: ReadonlyMap<string, string>): string | null {
  const named = sheetNameSpan(sheet, fileName);
  if (named === null) {
    const bare = sheet.trim().replace(/[（(][^（）()]*[)）]$/, '').replace(/\s+/g, '');
    return CUMULATIVE_WORDS.test(bare) ? 'cumulative' : null;
  }
  const p = named.period;
  if (p.cumulative || (p.period.granularity !== 'Y' && p.period.granularity !== 'H')) return null;
  // A month of no known year is any year's; a year or half of no known year has any year's months.
  const monthPart = (k: string): string => k.slice(4);
  const has = (m: string): boolean => months.has(m) || months.has(`*${monthPart(m)}`)
    || (!named.yearKnown && [...months.keys()].some((k) => monthPart(k) === monthPart(m)));
  const own = monthsOf(p.period);
  const read = own.filter(has).length;
  if (read === 0 || read === own.length) return null;
  // A stand-in year is no year to name: 全年, 上半年.
  const label = formatPeriodLabel(formatPeriodKey(p.period), 'zh');
  return named.yearKnown ? label : label.replace(/^\d{4}年/, '') || '全年';
}

/**
 * Two sheets named for one period (`3月` and `3月（修改）`, a revision kept beside the old sheet, or
 * `2024年3月` and `3月`) are both read as it, their rows merging or conflicting: said at the second,
 * naming both, since a row only the old sheet holds is imported with the new one's. Excel's copy
 * (`3月 (2)`) has its own word (sheet-copy).
 */
function sameMonthSheets(sheets: readonly WorkbookSheet[], name: string, fileName: string, issues: ImportIssue[]): void {
  const first = new Map<string, string>();
  for (const s of sheets) {
    const key = revisionPeriodKey(s.sheet, fileName);
    if (key === null) continue;
    const before = first.get(key);
    if (before === undefined) { first.set(key, s.sheet); continue; }
    if (copiedSheetName(s.sheet) === before.trim()) continue;
    const period = sheetNamePeriod(s.sheet, undefined, fileName);
    const label = period ? formatPeriodLabel(formatPeriodKey(period.period), 'zh') : '同一期间';
    issues.push(makeIssue('warning', 'sheet-same-period', { file: name, sheet: s.sheet },
      `工作表“${s.sheet}”与“${before}”都是${label}的表，两张都已导入：相同的数合并，不同的数为冲突，只在一张表中的社区和指标照常导入。如其中一张是旧版，请删除该工作表后重新导入`,
      `Sheets "${before}" and "${s.sheet}" are both for ${period ? formatPeriodLabel(formatPeriodKey(period.period), 'en') : 'one period'}; both were imported. Delete the old one if it is an earlier version.`));
  }
}
