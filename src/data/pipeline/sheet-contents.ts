/**
 * What a workbook's sheet holds, for read-workbook-file.ts to tell its tables from the rest: notes
 * (one column of text, instructions, a title alone), beside sheets of figures a sheet not filled in
 * (names, no digit: left out, said), and one whose every figure is 0 (read as written, said).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { WorkbookSheet } from '../rows/read-workbook';
import { sheetNameSpan } from '../table/sheet-period';

/**
 * Why sheet `s` is a note, not a table (for the sheet-not-table info), or null when it may be one.
 * Beside data sheets, a sheet without numbers is a note when it is one column of text, named as
 * notes (填表说明), one row (a title over the chart a sheet holds), or sentences (instructions
 * under any name, whose 填报单位 and 联系电话 lines would be read as communities).
 */
export function noteKind(s: WorkbookSheet): string | null {
  if (widestRow(s.rows) < 2) return '只有一列文字';
  if (holdsNumbers(s.rows)) return null;
  if (NOTE_SHEET.test(s.sheet.trim()) || holdsProse(s.rows)) return '是说明文字，没有数值';
  return s.rows.filter((r) => r.some((c) => c.trim() !== '')).length < 2 ? '只有一行文字（标题），没有数据' : null;
}

/**
 * `tabled` without its unfilled sheets: beside sheets of figures, a table of names without a digit
 * beside its first column (7月…12月 of a year's template, not yet filled in) reports nothing; left
 * out with an info, never a period of blanks.
 */
export function withoutUnfilled(tabled: readonly WorkbookSheet[], name: string, fileName: string, issues: ImportIssue[]): WorkbookSheet[] {
  const unfilled = tabled.some((s) => holdsNumbers(s.rows)) ? tabled.filter((s) => !writesDigits(s.rows)) : [];
  for (const s of unfilled) {
    // A sheet named for a period (7月) is that period not yet filled in; another (社区名单) a list of names.
    const period = sheetNameSpan(s.sheet, fileName) !== null;
    issues.push(makeIssue('info', 'sheet-unfilled', { file: name, sheet: s.sheet }, period
      ? `工作表“${s.sheet}”没有填写任何数值（只有表头和名称，多为尚未填报的月份），未导入；如该表应有数据，请填写后重新导入`
      : `工作表“${s.sheet}”没有任何数值（只有表头和文字），不是数据表，未导入；如该表应有数据，请填写后重新导入`,
    period ? `Sheet "${s.sheet}" has names but not a single number (a period not yet filled in); not imported.`
      : `Sheet "${s.sheet}" holds words but not a single number; no table of figures, not imported.`));
  }
  return tabled.filter((s) => !unfilled.includes(s));
}

/**
 * Beside sheets of figures, a sheet of `data` whose every figure is 0 (4月…6月 of a template whose
 * formulas sum nothing yet) is read as written, and said: the zeros may not be the month's.
 */
export function allZeroSheets(data: readonly WorkbookSheet[], name: string, issues: ImportIssue[]): void {
  const counted = new Map(data.length > 1 ? data.map((s) => [s, countFigures(s.rows)]) : []);
  if (!data.some((s) => counted.get(s)?.nonZero === 1)) return;
  for (const s of data) {
    const c = counted.get(s)!;
    if (c.nonZero > 0 || c.all < 2) continue;
    issues.push(makeIssue('warning', 'sheet-all-zero', { file: name, sheet: s.sheet },
      `工作表“${s.sheet}”的${c.all}个数值全部是0，已按0导入；如这是尚未填报的月份（表格模板中的0或公式结果），请删除该工作表后重新导入`,
      `Sheet "${s.sheet}": all ${c.all} figures are 0, imported as 0; if the period is not yet filled in (a template's zeros), delete the sheet.`));
  }
}

/** Sheets that explain the others (填表说明, 指标解释, 目录), read only when they hold numbers. */
const NOTE_SHEET = /^(?:填表|填报)?说明$|^(?:指标|名词)?(?:解释|释义)$|^(?:备注|注释|目录|封面|口径|统计口径|填报要求)$/;

/** Two cells beside the first column are numbers (a note sheet's `5日前报送` is not one, nor its 联系电话). */
function holdsNumbers(rows: readonly string[][]): boolean {
  let numbers = 0;
  for (const row of rows) {
    for (let k = 1; k < row.length; k++) {
      if (isFigure(row[k]!.trim()) && ++numbers >= 2) return true;
    }
  }
  return false;
}

/** A number a sheet of figures holds (`12`, `1,200`, `0.5`, `35%`); a code of 7 digits or more is none. */
function isFigure(c: string): boolean {
  return /^[-+]?\d[\d,]*(?:\.\d+)?%?$/.test(c) && !/^\d{7,}$/.test(c);
}

/**
 * The figures (isFigure) beside the first column (which may number the rows): how many, and
 * whether one is not 0 (counting stops at the first such: nonZero is then 1).
 */
function countFigures(rows: readonly string[][]): { all: number; nonZero: number } {
  let all = 0;
  for (const row of rows) {
    for (let k = 1; k < row.length; k++) {
      const c = row[k]!.trim();
      if (!isFigure(c)) continue;
      all++;
      if (/[1-9]/.test(c)) return { all, nonZero: 1 };
    }
  }
  return { all, nonZero: 0 };
}

/** A cell beside the first column (which may hold the title and 序号) writes a digit, half- or full-width (`12`, `12人`, `１２`, `1月`). */
function writesDigits(rows: readonly string[][]): boolean {
  return rows.some((row) => row.some((c, k) => k > 0 && /[0-9０-９]/.test(c)));
}

/** A sentence of instructions: long, with a comma or full stop (`1. 本表由各社区于每月5日前报送街道，…`). */
function holdsProse(rows: readonly string[][]): boolean {
  return rows.some((row) => row.some((c) => c.length >= 20 && /[，。；]/.test(c)));
}

/** The most non-empty cells in any row. */
function widestRow(rows: readonly string[][]): number {
  let most = 0;
  for (const row of rows) {
    let n = 0;
    for (const c of row) if (c.trim() !== '') n++;
    if (n > most) most = n;
  }
  return most;
}
