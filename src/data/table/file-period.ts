/**
 * The period of a whole table, when no column gives it: from the sheet name (workbooks), else the
 * title row, else the file name (`2024年3月.csv`), else a workbook's cover sheet (`报告期：2024年3月`).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { parsePeriodLabel, type ParsedPeriod } from '../cells/parse-period-label';
import { periodProblem } from '../cells/period-problem';
import type { ValueNote } from '../cells/value-note';
import { scanPeriodText, type PeriodScan } from '../cells/scan-period-text';
import { lettersInYears, numbersNoYear } from '../cells/year-typo';
import { columnLetter } from '../report/import-report';
import type { HeaderYearTypo } from './header-year-typo';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, monthRange, type PeriodKey } from '../vocabulary/period';
import { previousSheetWord, sheetNamePeriod } from './sheet-period';
import type { PeriodLookingColumn } from './period-looking-column';
import { periodBefore, PREVIOUS_STEP, PREVIOUS_STEP_EN, previousWordOf, type PreviousWord } from '../vocabulary/relative-period';
import { fileBaseName } from './name-text';
import { yearSpanIn } from './year-end-sheets';
import type { CoverPeriod } from './cover-period';

export interface FilePeriod {
  readonly key: PeriodKey;
  readonly cumulative: boolean;
  readonly source: 'caption' | 'file-name' | 'sheet-name' | 'cover';
  /** The cover sheet (`封面`) the period was read from, for source 'cover'. */
  readonly coverSheet?: string;
  /**
   * A monthly or quarterly report (`2024年社区月报`) that gives only its year: the key is that year,
   * good for the year of `3月` in a cell or header, never the table's own period.
   */
  readonly yearOnly?: { readonly report: '月报' | '季报'; readonly text: string };
  /**
   * A sheet named, or a title beginning, for the period before the report's or the same period a
   * year before (`上月`, `上年同期` in `2025年7月报表.xlsx`): `key` is that period of `of`, the file name's.
   */
  readonly previous?: { readonly where: '工作表名' | '标题行'; readonly text: string; readonly word: PreviousWord; readonly of: PeriodKey };
}

/** A monthly or quarterly report's name: its period is a month (quarter), never the year alone. */
const PART_YEAR_REPORT = /(月|季)(?:报|度(?:报表|报告|统计))/;

/**
 * A month, quarter or half written without its year (`3月`, `一季度`, `上半年`); never the month of a day
 * written with its year (`填报日期：2024年4月5日`, `二〇二四年四月五日`), which is no period.
 */
export const YEARLESS = /(?<!\d|[\d〇○零一二三四五六七八九]年\s*十?)(?:(?:1[0-2]|[1-9])月(?:份)?|十[一二]?月|[一二三四五六七八九]月|[一二三四1-4]季度|[上下]半年)/;

/**
 * The error for a table with no period of its own: why (a 月报 naming only its year, a month
 * without its year, a range warned about above) and where to write it, as this type of file allows
 * (a workbook's sheet name, a CSV's title row) with a file name of its own type.
 */
export function noPeriodIssue(
  ctx: { readonly file: string; readonly sheet?: string; readonly caption?: string; readonly periodColumn?: PeriodLookingColumn | undefined; readonly headerTypo?: HeaderYearTypo | null },
  period: FilePeriod | undefined, earlier: readonly ImportIssue[], at: { file: string },
): ImportIssue {
  const typo = ctx.headerTypo;
  if (typo != null && period === undefined) {
    const letter = columnLetter(typo.column + 1);
    return makeIssue('error', 'no-period', { ...at, column: typo.column + 1, columnName: typo.name },
      `找不到统计期间：第${typo.column + 1}列（${letter}列）的列名“${typo.name}”中，${typo.why.message}后重新导入`,
      `No period found: column ${typo.column + 1} (${letter}) "${typo.name}": ${typo.why.messageEn}`);
  }
  const ext = /\.[A-Za-z0-9]+$/.exec(ctx.file)?.[0] ?? '.csv';
  const book = ctx.sheet !== undefined;
  const places = book ? ['工作表名或文件名', 'the sheet name or the file name'] : ['文件名或标题行', 'the file name or the title row'];
  if (period?.yearOnly) {
    const { report, text } = period.yearOnly;
    const year = period.key.slice(0, 4);
    const [part, partEn, sheet, within] = report === '月报' ? ['月份', 'month', '3月', `${year}年3月`] : ['季度', 'quarter', '一季度', `${year}年第一季度`];
    // The file's own name with the month written in (`祥福里社区2024年3月月报.csv`), or, when it has no
    // year to write it after, a made-up name: never the file's own name as it is.
    const own = fileBaseName(ctx.file);
    const named = own.replace(`${year}年`, within);
    const file = `${named !== own ? named : `${within}各社区统计`}${ext}`;
    return makeIssue('error', 'no-period', at,
      `“${text}”是${report}，但只写了年份（${year}年），没有写${part}，不能按全年统计。请增加“期间”列，或把${part}写进${places[0]}，如${book ? `工作表名“${sheet}”或` : ''}文件名“${file}”`,
      `"${text}" is a ${report === '月报' ? 'monthly' : 'quarterly'} report with only its year: write the ${partEn} in ${places[1]} (e.g. ${book ? `sheet "${sheet}" or ` : ''}"${file}"), or add a period column.`);
  }
  const warned = earlier.some((i) => i.code.startsWith('period-'));
  // (`3月上旬`, `5-6月` warned about above hold a 3月 or 6月 that is no period lacking its year.)
  const yearless = warned ? undefined : [ctx.caption, ctx.sheet, fileBaseName(ctx.file)].map((t) => (t ? YEARLESS.exec(t)?.[0] : undefined)).find((x) => x !== undefined);
  if (yearless !== undefined) {
    return makeIssue('error', 'no-period', at,
      `期间“${yearless}”没有年份。请在${book ? '工作表名、' : ''}标题行或文件名中写明年份，如${book ? `工作表名“2024年${yearless}”或` : ''}文件名“2024年${yearless}${ext}”`,
      `The period "${yearless}" has no year: write the year in ${book ? 'the sheet name, ' : ''}the title row or the file name.`);
  }
  const why = warned ? `（${book ? '工作表名、' : ''}标题行或文件名中的时间见上方警告，不能作为统计期间）` : '';
  const col = ctx.periodColumn;
  if (col !== undefined) {
    return makeIssue('error', 'no-period', at,
      `找不到统计期间${why}。第${col.column + 1}列“${col.name}”的内容是期间（如“${col.first}”），但列名不是“期间”等统计期间的叫法；如该列就是统计期间，请把列名改为“期间”后重新导入，否则请增加“期间”列，或把期间写进${places[0]}，如${book ? '工作表名“2024年3月”或' : ''}文件名“2024年3月${ext}”`,
      `No period found. Column ${col.column + 1} "${col.name}" holds periods (e.g. "${col.first}") but is not named as a period column: if it is the period, rename it 期间; else add a 期间 column or put the period in ${places[1]}.`);
  }
  return makeIssue('error', 'no-period', at,
    `找不到统计期间${why}。请增加“期间”列（如 2024年3月、2024年第一季度），或把期间写进${places[0]}，如${book ? '工作表名“2024年3月”或' : ''}文件名“2024年3月${ext}”`,
    `No period found: add a 期间 column or put the period in ${places[1]}, e.g. ${book ? 'sheet "2024年3月" or ' : ''}2024年3月${ext}.`);
}

/** Problems of a sheet name that make it a time but no one period (the grammar's others, 上年同期 or 腊月, leave a sheet named so to its file). */
const NOT_ONE_PERIOD = new Set(['period-part-of-month', 'period-months-listed', 'period-range']);

function notOnePeriod(sheet: string): ValueNote | null {
  const why = periodProblem(sheet.trim());
  return why !== null && NOT_ONE_PERIOD.has(why.code) ? why : null;
}

/** Where a table's own period (or a one-community form's community) came from, as the report names it. */
export const SOURCE_WORDS: Readonly<Record<FilePeriod['source'], { readonly zh: string; readonly en: string }>> = {
  caption: { zh: '标题行', en: 'title row' },
  'file-name': { zh: '文件名', en: 'file name' },
  'sheet-name': { zh: '工作表名', en: 'sheet name' },
  cover: { zh: '封面工作表', en: 'cover sheet' },
};

/**
 * The note a table without a period column gets: `统计期间取自工作表名：2024年3月`, or for a sheet or
 * title of the period before the file's `工作表名“上月”是上一个月的数：统计期间为文件名所写2025年7月的上一个月，即2025年6月`.
 */
export function periodSourceNote(period: FilePeriod, at: { file: string }): ImportIssue {
  const prev = period.previous;
  if (prev !== undefined) {
    const step = PREVIOUS_STEP[prev.word];
    return makeIssue('info', 'period-previous', at,
      `${prev.where}“${prev.text}”是${step}的数：统计期间为文件名所写${formatPeriodLabel(prev.of, 'zh')}的${step}，即${formatPeriodLabel(period.key, 'zh')}`,
      `The ${prev.where === '工作表名' ? 'sheet name' : 'title'} "${prev.text}" is for ${PREVIOUS_STEP_EN[prev.word]} the file name's ${formatPeriodLabel(prev.of, 'en')}: ${formatPeriodLabel(period.key, 'en')}.`);
  }
  const from = SOURCE_WORDS[period.source];
  const named = period.coverSheet !== undefined ? [`“${period.coverSheet}”`, ` "${period.coverSheet}"`] : ['', ''];
  return makeIssue('info', 'period-from-' + period.source, at,
    `统计期间取自${from.zh}${named[0]}：${formatPeriodLabel(period.key, 'zh')}`,
    `Period taken from the ${from.en}${named[1]}: ${formatPeriodLabel(period.key, 'en')}.`);
}

/**
 * The period of a whole table: from the sheet name (workbooks), else the title row, else the file
 * name, else the workbook's `cover` sheet (when neither title nor file name names a time), with a
 * warning in `issues` for every problem the grammar found (a range, an open span, two periods in one
 * text, title and file name disagreeing). `byWorkbook`: `sheet` is the name the workbook's other
 * sheets gave the sheet's period (`2024年6月` for a sheet `6`, `2023年12月` for a 12月 before 1月:
 * read-workbook-file.ts), which weighed the file name already: it is not compared with it again.
 * A year mistyped in any of them is said (cells/year-typo.ts): `2O24年` read as 2024, `2204年` never
 * read.
 */
export function filePeriodOf(
  caption: string | undefined, fileName: string, sheet?: string, issues: ImportIssue[] = [], at: { file: string } = { file: fileName },
  captionLine = 0, cover?: CoverPeriod, byWorkbook = false,
): FilePeriod | undefined {
  // A workbook sheet named for its period (`3月`, `一季度`) says more than the title or file name.
  const sheetName = sheet !== undefined ? lettersInYears(sheet.normalize('NFKC')) : null;
  const fromSheet = sheet !== undefined ? sheetNamePeriod(sheetName!.text, caption, fileName) : null;
  const sheetSaid = fromSheet !== null ? sheetName!.notes : sheet !== undefined ? numbersNoYear(sheet.normalize('NFKC')) : [];
  for (const n of sheetSaid) issues.push(makeIssue('warning', n.code, at, `工作表名：${n.message}`, `Sheet name: ${n.messageEn}`));
  const base = fileBaseName(fileName);
  // A sheet named for a part of a month, months listed or a span (`3月上旬`, `3、4月`, `5-6月`): its data
  // are of no one period, never of the title's or file name's (the year of `2024年.xlsx`).
  const sheetProblem = sheet !== undefined && fromSheet === null ? notOnePeriod(sheet) : null;
  if (sheetProblem !== null) {
    issues.push(makeIssue('warning', sheetProblem.code, at, `工作表名：${sheetProblem.message}`, `Sheet name: ${sheetProblem.messageEn}`));
    return undefined;
  }
  if (fromSheet) {
    // What the grammar says of the name (`3月（截至25日）`: figures before the month's end), as a title's is said;
    // not that Excel may have dropped the 0 of `2024.10`: a sheet's name is text.
    for (const n of fromSheet.notes) {
      if (n.severity !== 'info' && n.code !== 'dot-month-ambiguous') issues.push(makeIssue('warning', n.code, at, `工作表名：${n.message}`, `Sheet name: ${n.messageEn}`));
    }
    // A sheet copied from last month and renamed, or not renamed: its name and the title (or the
    // file name) then name two periods. The sheet name is used; the other is said.
    const key = formatPeriodKey(fromSheet.period);
    const [from, to] = monthRange(fromSheet.period);
    // The title agreeing (its year may be the sheet's) still leaves the file name to compare.
    let agreed: '标题行' | null = null;
    for (const [where, text] of [['标题行', caption], ['文件名', byWorkbook ? undefined : base]] as const) {
      const other = text ? scanPeriodText(text) : null;
      const p = other?.found?.period;
      if (!p) continue;
      // A title naming the two years the sheets run across (`2023-2024年度…` over 12月, 1月) is either's.
      const span = where === '标题行' ? yearSpanIn(text!) : null;
      if (span !== null && (fromSheet.period.year === span || fromSheet.period.year === span + 1)) { agreed = '标题行'; continue; }
      const [a, b] = monthRange(p);
      const otherKey = formatPeriodKey(p);
      const otherLabel = formatPeriodLabel(otherKey, 'zh');
      if (p.year === fromSheet.period.year && a <= from && to <= b) {
        // The workbook's file name may span its sheets (`2024年一季度.xlsx` › 1月), and a title its
        // year (`2024年社区统计表`); a title is this sheet's own, and one naming a quarter, a half or
        // months to date over a month's sheet (`2024年1-3月` › 3月) says its numbers may be that
        // period's, not the month's.
        if (where === '文件名') break;
        if (p.granularity === 'Y' || otherKey === key) { agreed = where; continue; }
        issues.push(makeIssue('warning', 'period-disagree', at,
          `工作表名“${sheet!.trim()}”是${formatPeriodLabel(key, 'zh')}，而标题行“${other!.text}”是${otherLabel}（包含它的更长期间），已按工作表名统计为${formatPeriodLabel(key, 'zh')}；若本表的数是${otherLabel}的而不是${formatPeriodLabel(key, 'zh')}的，请把工作表名改为“${otherLabel}”后重新导入`,
          `The sheet name says ${formatPeriodLabel(key, 'en')} but the title says ${formatPeriodLabel(otherKey, 'en')}, a longer period containing it; the sheet name is used. If the numbers are the title's period's, rename the sheet.`));
        break;
      }
      if (agreed !== null) {
        issues.push(makeIssue('warning', 'period-disagree', at,
          `工作表名“${sheet!.trim()}”与标题行都是${formatPeriodLabel(key, 'zh')}，但文件名中的“${other!.text}”是${otherLabel}，已按工作表名和标题行统计；请核对哪一个正确（是否沿用了另一年的表格而没有改标题？）`,
          `The sheet name and the title say ${formatPeriodLabel(key, 'en')} but the file name says ${formatPeriodLabel(formatPeriodKey(p), 'en')}; the sheet name and title are used.`));
        break;
      }
      issues.push(makeIssue('warning', 'period-disagree', at,
        `工作表名“${sheet!.trim()}”（${formatPeriodLabel(key, 'zh')}）与${where}中的“${other!.text}”（${formatPeriodLabel(formatPeriodKey(p), 'zh')}）不一致，已按工作表名统计；请核对哪一个正确（是否复制了另一期的工作表？）`,
        `The sheet name's period ${formatPeriodLabel(key, 'en')} differs from the ${where === '标题行' ? 'title' : 'file name'}'s ${formatPeriodLabel(formatPeriodKey(p), 'en')}; the sheet name is used.`));
      break;
    }
    // A year with a letter for a digit in the title or file name (`东湖街道2O24年.xlsx` › 3月: the year the sheet's month took) is said.
    for (const [where, text, en] of [['标题行', caption, 'Title row'], ['文件名', base, 'File name']] as const) {
      const letters = text ? scanPeriodText(text).found?.notes.filter((n) => n.code === 'period-year-letter') ?? [] : [];
      for (const n of letters) issues.push(makeIssue('warning', n.code, at, `${where}：${n.message}`, `${en}: ${n.messageEn}`));
    }
    return { key, cumulative: fromSheet.cumulative, source: 'sheet-name' };
  }
  const fromName = scanPeriodText(base);
  const captionScan = caption ? scanPeriodText(caption) : null;
  const fromCaption = captionScan !== null ? titleBesideFileName(captionScan, fromName, issues, captionLine > 0 ? { ...at, line: captionLine } : at) : null;
  const say = (where: string, n: { code: string; message: string; messageEn: string }): void => {
    // A title's problem at the title's line (blank lines or a 附件 line may come first); 0: not known.
    issues.push(makeIssue('warning', n.code, where === '标题行' && captionLine > 0 ? { ...at, line: captionLine } : at,
      `${where}：${n.message}`, `${where === '标题行' ? 'Title row' : 'File name'}: ${n.messageEn}`));
  };
  for (const n of fromCaption?.problems ?? []) say('标题行', n);
  for (const n of fromName.problems) say('文件名', n);
  for (const [where, scan] of [['标题行', fromCaption], ['文件名', fromName]] as const) {
    for (const n of scan?.found?.notes ?? []) if (n.severity !== 'info') say(where, n);
  }
  const c = fromCaption?.found;
  const f = fromName.found;
  // A sheet named 上月 (the workbook's only data sheet: beside a 本月 sheet it is left out as a
  // comparison), or a title naming no period that begins with 上月 or 去年同期: the period before the
  // file name's (环比) or the same period a year before (同比).
  const word = sheet !== undefined ? previousSheetWord(sheet) : null;
  const titleWord = word === null && caption && !c ? previousWordOf(caption, false) : null;
  if (f && (word !== null || titleWord !== null)) return periodBeforeFile(f, word !== null
    ? { where: '工作表名', text: sheet!.trim(), word } : { where: '标题行', text: caption!.trim(), word: titleWord! }, c ?? undefined, fromCaption?.text, issues, at);
  // A title naming its period without the year (`上半年社区工作统计表`, `一季度…`, `1-3月累计`) under a
  // file name that gives it: that period of the file name's year. Read as the file name's, the half
  // year's figures were the whole year's.
  const yearless = f && caption && captionScan?.found === null && captionScan.problems.length === 0 ? yearlessTitle(caption, f.period.year) : null;
  const t = yearless?.found ?? c;
  for (const n of yearless?.found?.notes ?? []) if (n.severity !== 'info') say('标题行', n);
  if (t && f && formatPeriodKey(t.period) !== formatPeriodKey(f.period)) {
    issues.push(makeIssue('warning', 'period-disagree', at,
      `标题行的期间“${(yearless ?? fromCaption)!.text}”（${formatPeriodLabel(formatPeriodKey(t.period), 'zh')}）与文件名中的“${fromName.text}”（${formatPeriodLabel(formatPeriodKey(f.period), 'zh')}）不一致，已按标题行统计；请核对哪一个正确`,
      `The title's period ${formatPeriodLabel(formatPeriodKey(t.period), 'en')} differs from the file name's ${formatPeriodLabel(formatPeriodKey(f.period), 'en')}; the title is used.`));
  }
  // (A title or file name whose time was warned about above is no time for the cover's to fill in.)
  const quiet = (fromCaption?.problems.length ?? 0) === 0 && fromName.problems.length === 0;
  const fromCover = !t && !f && quiet && cover !== undefined ? parsePeriodLabel(cover.text) : null;
  if (fromCover) return { key: formatPeriodKey(fromCover.period), cumulative: fromCover.cumulative, source: 'cover', coverSheet: cover!.sheet };
  const [found, source] = t ? [t, 'caption' as const] : f ? [f, 'file-name' as const] : [null, null];
  if (!found) return undefined;
  const period: FilePeriod = { key: formatPeriodKey(found.period), cumulative: found.cumulative, source };
  const report = found.period.granularity === 'Y' ? [caption, base].map((t) => (t ? PART_YEAR_REPORT.exec(t) : null)).find((m) => m) : null;
  if (!report) return period;
  // `2024年咸水沽镇社区月报 3月`: the month written apart from the year, in the title or the file name
  // (one that names no period of its own beside it).
  for (const [text, scan, from] of [[caption, fromCaption, 'caption'], [base, fromName, 'file-name']] as const) {
    const part = text && (!scan?.found || scan.found.period.granularity === 'Y') ? YEARLESS.exec(text)?.[0] : undefined;
    const p = part !== undefined ? parsePeriodLabel(part, { defaultYear: found.period.year }) : null;
    if (p) return { key: formatPeriodKey(p.period), cumulative: p.cumulative, source: from };
  }
  return { ...period, yearOnly: { report: report[1] === '月' ? '月报' : '季报', text: [caption, base].find((t) => t?.includes(report[0]))! } };
}

/**
 * The period a title names without its year (`上半年社区工作统计表`, `一季度…`, `1-3月累计`,
 * `3月份社区就业情况`), of `year`; null when it names none. A month followed by a day (`3月5日`) is
 * the day the sheet was filled in, no period.
 */
export function yearlessTitle(title: string, year: number): PeriodScan | null {
  const caption = withoutListNumber(title);
  const alone = (at: number): boolean => at >= 0 && !PART_OF_MORE.test(caption.slice(0, at));
  const scan = scanPeriodText(caption, { defaultYear: year });
  if (scan.found !== null) return scan.problems.length === 0 && alone(caption.indexOf(scan.text ?? '')) ? scan : null;
  const m = YEARLESS.exec(caption);
  if (m === null || !alone(m.index) || /^\s*\d/.test(caption.slice(m.index + m[0].length))) return null;
  const found = parsePeriodLabel(m[0], { defaultYear: year });
  return found !== null ? { found, problems: [], text: m[0] } : null;
}
/** A list number before a block's title (`二、`, `（二）`, `2.`). */
const LIST_NUMBER = /^\s*[（(]?([一二三四五六七八九十]{1,2}|\d{1,2})[)）、.．]\s*/;

/**
 * A block's title without its list number (`二、1-3月累计` → `1-3月累计`); one number of a list of
 * periods (`一、二季度`, `1、2月`: numbers written alike) is no list number.
 */
export function withoutListNumber(title: string): string {
  const m = LIST_NUMBER.exec(title);
  if (m === null) return title;
  const rest = title.slice(m[0].length);
  const next = /^([一二三四五六七八九十]{1,2}|\d{1,2})(?:季度|月)/.exec(rest);
  return next !== null && /\d/.test(next[1]!) === /\d/.test(m[1]!) ? title : rest;
}
/** Before a period, what makes it the end of a range or list (`3—5月`, `一、二季度`) or a count (`近3月`): no one period. */
const PART_OF_MORE = /(?:[、,，和及与\-—–~～至到近前后]|\d|[一二三四五六七八九十])\s*$/;

/**
 * The title's period scan `title`, or null when all it found is a day within a month (`2024年4月5日`,
 * the day the sheet was filled in or sent) and the file name (`name`) names another period: the
 * file name's is then the table's, with a warning at the title saying so.
 */
function titleBesideFileName(title: PeriodScan, name: PeriodScan, issues: ImportIssue[], at: { file: string; line?: number }): PeriodScan | null {
  const t = title.found;
  const f = name.found;
  if (!t || !f || !t.notes.some((n) => n.code === 'date-mid-month')) return title;
  const [tKey, fKey] = [formatPeriodKey(t.period), formatPeriodKey(f.period)];
  if (tKey === fKey) return title;
  issues.push(makeIssue('warning', 'period-title-day', at,
    `标题行中的“${title.text}”是某一天的日期（多为填表或报送的日子），与文件名中的“${name.text}”（${formatPeriodLabel(fKey, 'zh')}）不一致，已按文件名统计为${formatPeriodLabel(fKey, 'zh')}；如本表确是${formatPeriodLabel(tKey, 'zh')}的数，请把文件名改为“${formatPeriodLabel(tKey, 'zh')}”后重新导入`,
    `The title's "${title.text}" is a day (most likely when the sheet was filled in) and differs from the file name's ${formatPeriodLabel(fKey, 'en')}; the file name's period is used.`));
  return null;
}

/**
 * The period before the file name's period `f` that a sheet's name or a title says (`prev`), or
 * undefined with a warning when it names no one period (上月 of a quarter's report). A title naming
 * a period (`c`, written `cText`) other than that one is warned about; the sheet's name is used.
 */
function periodBeforeFile(
  f: ParsedPeriod, prev: Omit<NonNullable<FilePeriod['previous']>, 'of'>, c: ParsedPeriod | undefined, cText: string | undefined,
  issues: ImportIssue[], at: { file: string },
): FilePeriod | undefined {
  const of = formatPeriodKey(f.period);
  const key = periodBefore(prev.word, of);
  const ofZh = formatPeriodLabel(of, 'zh');
  const step = PREVIOUS_STEP[prev.word];
  if (key === null) {
    issues.push(makeIssue('warning', 'period-previous-unknown', at,
      `${prev.where}“${prev.text}”是${step}的数，但文件名所写的是${ofZh}，看不出是哪一期，未按${ofZh}导入。请把${prev.where}改为这些数的期间（如“2024年3月”）后重新导入`,
      `The ${prev.where === '工作表名' ? 'sheet name' : 'title'} "${prev.text}" is for the period before the file name's ${formatPeriodLabel(of, 'en')}, which names no one period: not read as it.`));
    return undefined;
  }
  const cKey = c ? formatPeriodKey(c.period) : null;
  if (cKey !== null && cKey !== key) {
    issues.push(makeIssue('warning', 'period-disagree', at,
      `${prev.where}“${prev.text}”是${step}的数（文件名所写${ofZh}的${step}，即${formatPeriodLabel(key, 'zh')}），而标题行“${cText ?? ''}”是${formatPeriodLabel(cKey, 'zh')}，已按${formatPeriodLabel(key, 'zh')}统计；请核对哪一个正确（是否复制了另一期的表格而没有改标题？）`,
      `The ${prev.where === '工作表名' ? 'sheet name' : 'title'} "${prev.text}" is for ${formatPeriodLabel(key, 'en')}, but the title says ${formatPeriodLabel(cKey, 'en')}; ${formatPeriodLabel(key, 'en')} is used.`));
  }
  return { key, cumulative: false, source: 'file-name', previous: { ...prev, of } };
}
