/**
 * The workbook row source: Excel/WPS/LibreOffice workbook bytes (.xlsx, .xlsm, .xls, .et, .ods) →
 * one table of cell texts per visible, non-empty sheet, handed to the same header → shape →
 * records chain as a CSV file's rows. Cells become the text a person sees (workbook-cell-text.ts).
 * The table is the cells a person works with: cells typed far to the right of it are left out with
 * a warning, and hidden rows and columns that hold data are read and named in one.
 *
 * (.ods is read too: ods-view.ts marks its hidden sheets, rows and columns, which SheetJS does not.)
 * Pure and synchronous: SheetJS (`@e965/xlsx`) is passed in as `lib`, so the caller decides when
 * the library is loaded (lazily, only when a workbook arrives; see load-workbook-lib.ts).
 * Never throws on user data: an unreadable file is an error issue in Chinese.
 */
import type * as Xlsx from '@e965/xlsx';
import type { ImportIssue } from '../report/import-report';
import { columnLetter } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { decodeText } from '../decode/decode-bytes';
import { cellText, hiddenByFormat, hiddenYear, misnamedByFormat, NumberFormats } from './workbook-cell-text';
import { farCellsIssue, farColumns, farRows, filledWidth, hiddenCellsIssue, hiddenDataColumns, hiddenDataRows, lastHeld } from './sheet-extent';
import { isBlankRow } from './row-hygiene';
import { subtotalFunction, visibleSums, type SumKind, type VisibleSums } from './visible-sums';
import { endsWithBiffEof, hasZipEnd, needsCodepage, SYSTEM_CODEPAGE, workbookContainer } from './workbook-container';
import { applyOdsView, isEncryptedOds, isOdsBytes } from './ods-view';
import type { MergedRange } from './merged-ranges';
import { blankCoveredCells, hiddenUnderMergeIssue } from './covered-cells';

/** The parts of SheetJS the reader uses (the module from `await import('@e965/xlsx')`). */
export type WorkbookLib = Pick<typeof Xlsx, 'read' | 'SSF' | 'CFB'>;

/** One sheet as rows of cell texts. */
export interface WorkbookSheet {
  readonly sheet: string;
  /** Cell texts, every row padded to the sheet's width; column k is Excel column k+1 (A = 0). */
  readonly rows: string[][];
  /** 1-based Excel row number of each row. */
  readonly lines: number[];
  /** Merged ranges (Excel keeps the text in the top-left cell only; the others are blank here). */
  readonly merges: readonly MergedRange[];
  /** Hidden columns that hold data (column k is Excel column k+1): a visible column of the same header is read first. */
  readonly hiddenColumns: readonly number[];
  /** 1-based lines of hidden rows that hold data (a conflict from one says so). */
  readonly hiddenLines: readonly number[];
  /** What the sheet's sum formulas leave out (rows a filter hides, numbers stored as text), when it has any. */
  readonly visibleSums?: VisibleSums;
}

export interface WorkbookRead {
  readonly sheets: WorkbookSheet[];
  readonly issues: ImportIssue[];
  /** True when the file cannot be read at all (an error issue says why). */
  readonly blocked: boolean;
  /** Sheets hidden from view (not the very hidden ones, a program's), skipped with an info each. */
  readonly hidden?: readonly string[];
}

/** A formula that is only an error value or NA(): the error typed, not a formula's failure. */
const ERROR_CONSTANT = /^=?(?:#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!)|NA\(\s*\))$/i;

/** #N/A formula results reported one by one per sheet. */
const FORMULA_ISSUES_PER_SHEET = 20;
/** Formula cells without a cached value a sheet's one warning names; the rest are counted. */
const FORMULA_CELLS_NAMED = 5;

/**
 * A sheet's formula cells with no saved result, in one warning at the first (`C8、D8、E8`): a 合计
 * row of SUM formulas written by a program that computes nothing is one finding, not one per cell,
 * and the same cells in every month's sheet are one line of the report (oneIssueAcrossPlaces).
 */
function formulasWithoutValues(file: string, sheet: string, cells: readonly { line: number; column: number; formula: string }[], count: number): ImportIssue {
  const names = cells.map((p) => `${columnLetter(p.column)}${p.line}`);
  const more = count > cells.length ? `等${count}个单元格` : '';
  const one = count === 1;
  const f = cells[0]!.formula;
  return makeIssue('warning', 'formula-no-value', { file, sheet, line: cells[0]!.line, column: cells[0]!.column },
    `${names.join('、')}${more}是公式（${one ? '' : '如'}=${f}）但文件中没有保存计算结果，按空值处理。请在Excel中打开该文件、保存后再导入`,
    `${names.join(', ')}${count > cells.length ? ` and ${count - cells.length} more` : ''} ${one ? 'is a formula' : 'are formulas'} (${one ? '' : 'e.g. '}=${f}) with no saved result; read as blank. Open and save the file in Excel, then import it again.`);
}

/** A workbook saved with a password: an .ods (`ods`, LibreOffice's or WPS's 用密码保存) or Excel's. */
function encrypted(file: string, ods: boolean): ImportIssue {
  return ods
    ? makeIssue('error', 'workbook-encrypted', { file },
      '无法读取该表格文件：文件已加密（保存时设置了密码），请在LibreOffice或WPS中打开，取消密码后另存为 .xlsx 再导入',
      'Cannot read this spreadsheet: it was saved with a password. Open it in LibreOffice or WPS, remove the password and save it as .xlsx.')
    : makeIssue('error', 'workbook-encrypted', { file },
      '无法读取该Excel文件：文件已加密，请在Excel中取消密码后另存为 .xlsx 再导入',
      'Cannot read this workbook: it is password-protected. Remove the password in Excel and save it as .xlsx.');
}

/** Chinese words for why SheetJS could not read the file (`ods`: an OpenDocument spreadsheet). */
function unreadable(file: string, container: 'zip' | 'ole' | 'biff', error: unknown, ods = false): ImportIssue {
  const detail = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(detail)) return encrypted(file, ods);
  if (container === 'biff') {
    return makeIssue('error', 'workbook-corrupt', { file },
      '无法读取该Excel文件：这是Excel 4.0或更早版本的旧格式表格，文件已损坏或无法识别。请在Excel或WPS中打开后另存为 .xlsx 再导入',
      `Cannot read this workbook: it is in the format of Excel 4.0 or earlier and is damaged or not recognised (${detail}). Open it in Excel or WPS and save it as .xlsx.`);
  }
  if (container === 'zip' && /\.zip$/i.test(file)) {
    return makeIssue('error', 'workbook-archive', { file },
      '这是一个压缩包（.zip），不是Excel工作簿。请先解压，再选择其中的Excel或CSV文件导入（可一次选择多个）',
      'This is a .zip archive, not a workbook: extract it first, then choose the Excel or CSV files in it.');
  }
  if (container === 'zip' && /zip|unsupported|not.*workbook|cannot find/i.test(detail)) {
    return makeIssue('error', 'workbook-not-a-workbook', { file },
      '无法读取该Excel文件：这是一个ZIP压缩包，但不是Excel工作簿（可能是改了扩展名的文件）。请在Excel或WPS中打开原表格，另存为 .xlsx 后再导入',
      `Cannot read this workbook: it is a ZIP archive but not a workbook (${detail}). Open the original in Excel and save it as .xlsx.`);
  }
  if (/^truncated/.test(detail)) {
    return makeIssue('error', 'workbook-corrupt', { file },
      '无法读取该Excel文件：文件不完整（可能下载或拷贝时中断）。请重新获取原文件后再导入',
      `Cannot read this workbook: it is incomplete (${detail}); the download or copy was probably cut short. Get the file again.`);
  }
  // SheetJS's own words (`Bad compressed size: 1359 != 0`) stay in the English message.
  return makeIssue('error', 'workbook-corrupt', { file },
    '无法读取该Excel文件：文件已损坏或格式不受支持。请在Excel或WPS中打开后另存为 .xlsx 再导入',
    `Cannot read this workbook: it is damaged or in an unsupported format (${detail}). Open it in Excel and save it as .xlsx.`);
}

/**
 * Reads every visible, non-empty sheet of a workbook. Hidden sheets are skipped with an info issue;
 * empty sheets are skipped, with an info beside sheets of data (an empty first sheet is common); a
 * workbook with no data at all is an error. `file` names the file in issues.
 */
export function readWorkbook(lib: WorkbookLib, bytes: Uint8Array, file: string): WorkbookRead {
  const container = workbookContainer(bytes);
  if (!container) {
    return { sheets: [], blocked: true, issues: [makeIssue('error', 'workbook-corrupt', { file },
      '无法读取该Excel文件：不是Excel工作簿。请在Excel或WPS中打开后另存为 .xlsx 再导入', 'Not a workbook.')] };
  }
  // A zip without its end record is truncated or damaged: SheetJS can loop for ever on such bytes.
  if (container === 'zip' && !hasZipEnd(bytes)) {
    return { sheets: [], blocked: true, issues: [unreadable(file, container, new Error('truncated: no end of central directory'))] };
  }
  const issues: ImportIssue[] = [];
  let wb: Xlsx.WorkBook;
  // cellStyles: SheetJS reads which rows and columns are hidden only with it (no measurable cost on a 1M-row sheet of
  // data; on a million empty rows each written with its own height it makes SheetJS's read several times slower).
  // sheetStubs: a filled-down (shared) formula without a saved value is otherwise dropped, not reported.
  const options = { dense: true, cellNF: true, cellFormula: true, cellHTML: false, cellStyles: true, cellDates: false, sheetStubs: true } as const;
  if (container === 'markup') {
    // Markup is text: decoded as any text file is (UTF-8 or GBK, with its notes), then read by SheetJS.
    const decoded = decodeText(bytes, file);
    if (decoded.blocked) return { sheets: [], blocked: true, issues: decoded.issues };
    issues.push(...decoded.issues);
    try {
      // raw: the cells of an HTML table as written (`1,040`, `12%`, `1.2E+3`, `0050`), for the value
      // parser to read with its notes, as a CSV file's are; SheetJS would turn them into bare numbers.
      wb = lib.read(decoded.text, { type: 'string', ...options, raw: true });
    } catch {
      wb = { SheetNames: [], Sheets: {} };
    }
    if (wb.SheetNames.length === 0) {
      return { sheets: [], blocked: true, issues: [makeIssue('error', 'file-is-html', { file },
        '这是网页(HTML)文件，其中没有表格。请从系统中重新导出Excel或CSV后再导入',
        'This is a web page with no table in it; export the data as Excel or CSV again.')] };
    }
  } else {
    try {
      // An OLE file must be a sound container: SheetJS would otherwise read damaged bytes as text.
      if (container === 'ole') lib.CFB.read(bytes, { type: 'array' });
      wb = lib.read(bytes, { type: 'array', ...options, ...(needsCodepage(bytes) ? { codepage: SYSTEM_CODEPAGE } : {}) });
      if (container === 'zip' && isOdsBytes(bytes)) applyOdsView(lib, bytes, wb);
    } catch (e) {
      // An .ods saved with a password stops SheetJS at its zip entries, said as a damaged file's would be.
      const ods = container === 'zip' && isOdsBytes(bytes);
      return { sheets: [], blocked: true, issues: [ods && isEncryptedOds(bytes) ? encrypted(file, true) : unreadable(file, container, e, ods)] };
    }
    if (!wb.SheetNames || wb.SheetNames.length === 0) {
      return { sheets: [], blocked: true, issues: [unreadable(file, container, new Error('no sheets'))] };
    }
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const formats = new NumberFormats(lib);
  const sheets: WorkbookSheet[] = [];
  const empty: string[] = [];
  const hiddenSheets: string[] = [];
  wb.SheetNames.forEach((name, k) => {
    const hidden = wb.Workbook?.Sheets?.[k]?.Hidden ?? 0;
    const ws = wb.Sheets[name];
    if (!ws) return;
    if (hidden) {
      if (hidden === 1) hiddenSheets.push(name);
      // A very hidden sheet (2) cannot be unhidden from Excel's menus: it is a program's lookup table.
      issues.push(hidden === 2
        ? makeIssue('info', 'sheet-hidden', { file, sheet: name },
          `工作表“${name}”是深度隐藏的（通常是系统或宏使用的代码表），不是要汇报的数据，未导入`,
          `Sheet "${name}" is very hidden (usually a program's lookup table) and was not imported.`)
        : makeIssue('info', 'sheet-hidden', { file, sheet: name },
          `工作表“${name}”是隐藏的，未导入。如需导入，请在Excel中取消隐藏后重新导入`,
          `Sheet "${name}" is hidden and was not imported; unhide it in Excel to import it.`));
      return;
    }
    // A chart sheet (SheetJS marks it): a chart on a sheet of its own, no table; the cells it keeps are the chart's.
    if (ws['!type'] === 'chart') {
      issues.push(makeIssue('info', 'sheet-chart', { file, sheet: name },
        `工作表“${name}”是图表工作表，只有图表、没有数据表格，已跳过`,
        `Sheet "${name}" is a chart sheet with no table; skipped.`));
      return;
    }
    const read = readSheet(formats, ws, file, name, date1904, issues);
    if (read) sheets.push(read); else empty.push(name);
  });
  // A sheet without a cell (a chart or picture on an empty sheet, which SheetJS does not read;
  // Excel's blank Sheet2) beside data: said, so that no sheet vanishes without a word.
  if (sheets.length > 0) {
    for (const name of empty) {
      issues.push(makeIssue('info', 'sheet-empty', { file, sheet: name },
        `工作表“${name}”没有任何单元格数据（空白页，或只放了图表、图片），已跳过；如它的数据应导入，请把数据填入单元格后重新导入`,
        `Sheet "${name}" has no cell data (blank, or only a chart or picture); skipped.`));
    }
  }
  // A bare BIFF stream without its closing EOF record was cut short: SheetJS drops the sheet it was in.
  if (sheets.length === 0 && container === 'biff' && !endsWithBiffEof(bytes)) {
    return { sheets, blocked: true, issues: [unreadable(file, container, new Error('truncated: no EOF record'))] };
  }
  if (sheets.length === 0) {
    issues.push(makeIssue('error', 'file-empty', { file },
      '工作簿中没有含数据的可见工作表，没有可导入的内容', 'The workbook has no visible sheet with data.'));
    return { sheets, issues, blocked: true };
  }
  return { sheets, issues, blocked: false, ...(hiddenSheets.length > 0 ? { hidden: hiddenSheets } : {}) };
}

function readSheet(formats: NumberFormats, ws: Xlsx.WorkSheet, file: string, sheet: string, date1904: boolean, issues: ImportIssue[]): WorkbookSheet | null {
  const ref = ws['!ref'];
  if (!ref) return null;
  const range = decodeRange(ref);
  if (!range) return null;
  const dense = (ws as { '!data'?: (Xlsx.CellObject | null | undefined)[][] })['!data'];
  // A stated range starting below cells SheetJS read (B3:C9 over a header in row 1) starts at them.
  let top = range.top;
  if (dense) {
    top = 0;
    while (top < range.top && !(dense[top] ?? []).some((c) => c)) top++;
  }
  const cellAt = (r: number, c: number): Xlsx.CellObject | undefined =>
    dense ? dense[r]?.[c] ?? undefined : (ws as Record<string, Xlsx.CellObject | undefined>)[`${columnLetter(c + 1)}${r + 1}`];
  const texts: string[][] = [];
  let lastRow = -1;
  let width = 0;
  const missing: { line: number; column: number; formula: string }[] = [];
  let missingCount = 0;
  const formulaErrors: ImportIssue[] = [];
  const invisible: { line: number; column: number }[] = [];
  const yearless: { line: number; column: number; year: number }[] = [];
  const subtotals: { line: number; column: number; kind: SumKind }[] = [];
  const misnamed: { line: number; column: number; written: string; by: number; value: string; shown: string }[] = [];
  // The used range (`!ref`, the file's <dimension>) can be the whole sheet, A1:XFD1048576, once
  // whole rows or columns were formatted, or smaller than the cells (A1:B2 left by an exporter or
  // a hand-edited file, while Excel shows every cell): the rows and cells SheetJS read bound the loops instead.
  const bottom = dense ? dense.length - 1 : range.bottom;
  for (let r = top; r <= bottom; r++) {
    const row: string[] = [];
    const right = dense ? lastHeld(dense[r]) : range.right;
    for (let c = 0; c <= right; c++) {
      const cell = cellAt(r, c);
      if (!cell) { row.push(''); continue; }
      if (cell.f !== undefined && (cell.v === undefined || cell.t === 'z')) {
        if (missingCount++ < FORMULA_CELLS_NAMED) missing.push({ line: r + 1, column: c + 1, formula: cell.f });
        row.push('');
        continue;
      }
      const text = cellText(formats, cell, date1904);
      if (cell.f !== undefined) {
        const kind = subtotalFunction(cell.f);
        if (kind !== 0) subtotals.push({ line: r + 1, column: c + 1, kind });
      }
      const year = hiddenYear(formats, cell, date1904);
      if (year !== null) yearless.push({ line: r + 1, column: c + 1, year });
      if (hiddenByFormat(formats, cell)) invisible.push({ line: r + 1, column: c + 1 });
      const named = misnamedByFormat(formats, cell);
      if (named !== null) misnamed.push({ line: r + 1, column: c + 1, ...named, value: cellText(formats, { t: 'n', v: cell.v }, date1904), shown: cell.w ?? text });
      // #N/A typed by hand means "none" (the value parser's placeholder); from a formula it is a failed lookup.
      // A "formula" that is only an error value (=#N/A, =NA(): how LibreOffice's .xls keeps a typed error) is typed.
      if (cell.t === 'e' && cell.f !== undefined && !ERROR_CONSTANT.test(cell.f.trim()) && text === '#N/A' && formulaErrors.length < FORMULA_ISSUES_PER_SHEET) {
        formulaErrors.push(makeIssue('warning', 'spreadsheet-error', { file, sheet, line: r + 1, column: c + 1 },
          `公式（=${cell.f}）的结果是错误值#N/A（通常是查找不到），按缺失值处理；请在Excel中修正公式后重新导入`,
          `The formula (=${cell.f}) results in #N/A (usually a failed lookup); read as missing. Fix the formula in Excel.`));
      }
      row.push(text);
    }
    const w = filledWidth(row);
    if (w > 0) { lastRow = r; width = Math.max(width, w); }
    texts.push(row);
  }
  if (missing.length > 0) issues.push(formulasWithoutValues(file, sheet, missing, missingCount));
  issues.push(...formulaErrors);
  // A merge shows its top-left cell only: texts kept under it are read as the blanks they look.
  const covered = blankCoveredCells(texts, top, ws['!merges'] ?? []);
  if (covered.hidden.length > 0) issues.push(hiddenUnderMergeIssue(file, sheet, covered.hidden));
  if (covered.blanked) {
    lastRow = -1;
    width = 0;
    texts.forEach((row, k) => { const w = filledWidth(row); if (w > 0) { lastRow = top + k; width = Math.max(width, w); } });
  }
  // Only a year nobody sees that differs from the years written in the file name, sheet name or cells is said.
  // (A date cell's own text, 2023-03, is left out: it is the year in question.)
  const shown = yearless.length > 0 ? yearsIn([file, sheet, ...texts.flat().filter((t) => !/^\d{4}-\d\d(?:-\d\d)?$/.test(t))]) : new Set<number>();
  const stray = yearless.filter((p) => shown.size > 0 && !shown.has(p.year));
  if (stray.length > 0) issues.push(yearlessIssue(file, sheet, stray));
  if (invisible.length > 0) {
    const names = invisible.slice(0, 5).map((p) => `${columnLetter(p.column)}${p.line}`);
    const cells = `${names.join('、')}${invisible.length > 5 ? `等${invisible.length}个单元格` : ''}`;
    issues.push(makeIssue('warning', 'hidden-cells', { file, sheet, ...invisible[0]! },
      `工作表“${sheet}”的${cells}有数值，但单元格格式（如;;;）使其在Excel中看不到，已照常导入；如是旧数据或草稿，请在Excel中删除后重新导入`,
      `Sheet "${sheet}": ${names.join(', ')} hold numbers their format hides in Excel; imported. Delete them in Excel if they are old data.`));
  }
  if (misnamed.length > 0) issues.push(misnamedIssue(file, sheet, misnamed));
  if (lastRow < 0) return null;
  const lineOf = (r: number): number => top + r + 1;
  const far = farColumns(texts, lastRow - top, width, lineOf);
  if (far !== null) {
    issues.push(farCellsIssue(file, sheet, far));
    width = far.from;
    for (const row of texts) if (row.length > width) row.length = width;
    while (lastRow >= top && isBlankRow(texts[lastRow - top]!)) lastRow--;
  }
  const below = farRows(texts, lastRow - top, lineOf);
  if (below !== null) {
    issues.push(farCellsIssue(file, sheet, below));
    lastRow = top + below.from - 1;
    while (lastRow >= top && isBlankRow(texts[lastRow - top]!)) lastRow--;
  }
  const hiddenColumns = hiddenDataColumns(ws, texts, top, lastRow, width);
  const hiddenLines = hiddenDataRows(ws, texts, top, lastRow);
  const hidden = hiddenCellsIssue(ws, hiddenLines, hiddenColumns, file, sheet);
  if (hidden) issues.push(hidden);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let r = top; r <= lastRow; r++) {
    const row = texts[r - top]!;
    row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = '';
    rows.push(row);
    lines.push(r + 1);
  }
  const merges = (ws['!merges'] ?? [])
    .map((m) => ({ top: m.s.r - top, bottom: Math.min(m.e.r, lastRow) - top, left: m.s.c, right: Math.min(m.e.c, width - 1) }))
    .filter((m) => m.top >= 0 && m.top <= m.bottom && m.left <= m.right && (m.bottom > m.top || m.right > m.left));
  const visible = visibleSums(ws, subtotals, top, lastRow, cellAt, width);
  return {
    sheet, rows, lines, merges, hiddenColumns, hiddenLines,
    ...(visible !== null ? { visibleSums: visible } : {}),
  };
}

/** The years (1900-2099) written in texts: `2024年3月`, `咸水沽镇2024年.xlsx`. */
function yearsIn(texts: readonly string[]): Set<number> {
  const years = new Set<number>();
  for (const t of texts) for (const m of t.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) years.add(Number(m[0]));
  return years;
}

/** Date cells whose format shows no year (`m"月"`): the year read is named, since nobody sees it in Excel. */
function yearlessIssue(file: string, sheet: string, cells: readonly { line: number; column: number; year: number }[]): ImportIssue {
  const names = cells.slice(0, 5).map((p) => `${columnLetter(p.column)}${p.line}`);
  const years = [...new Set(cells.map((p) => p.year))].sort((a, b) => a - b);
  const where = `${names.join('、')}${cells.length > 5 ? `等${cells.length}个单元格` : ''}`;
  return makeIssue('warning', 'date-year-hidden', { file, sheet, line: cells[0]!.line, column: cells[0]!.column },
    `工作表“${sheet}”的${where}是日期，但单元格格式只显示月、日，其中保存的年份（${years.join('、')}年）在Excel中看不到，与文件名、工作表名或表中写的年份不同；已按${years.join('、')}年读取。如是套用旧表格留下的年份，请在源表改为“2024年3月”这样的文字后重新导入`,
    `Sheet "${sheet}": the dates in ${names.join(', ')} are formatted without their year, which is not visible in Excel and differs from the years written in the file, sheet name or cells; read with the year stored (${years.join(', ')}). If it is a template's old year, type the periods as text and import again.`);
}

/** Numbers whose format divides by one power of ten and writes another's word (`0.0,"万"`): Excel's text misstates them. */
function misnamedIssue(file: string, sheet: string, cells: readonly { line: number; column: number; written: string; by: number; value: string; shown: string }[]): ImportIssue {
  const names = cells.slice(0, 5).map((p) => `${columnLetter(p.column)}${p.line}`);
  const where = `${names.join('、')}${cells.length > 5 ? `等${cells.length}个单元格` : ''}`;
  const first = cells[0]!;
  return makeIssue('warning', 'format-magnitude-misnamed', { file, sheet, line: first.line, column: first.column },
    `工作表“${sheet}”的${where}的数字格式把数值除以${first.by}却写“${first.written}”，Excel显示的数与单元格中的数不符：${first.value}显示为“${first.shown}”。已按单元格中的数值（${first.value}）导入；请在Excel中核对数值和格式（以万为单位显示应为 0!.0,"万"）后重新导入`,
    `Sheet "${sheet}": the number format of ${names.join(', ')} divides by ${first.by} but writes "${first.written}", so Excel shows ${first.value} as "${first.shown}"; imported as the number in the cell (${first.value}). Check the numbers and the format in Excel.`);
}

/** `B3:F200` → 0-based bounds; null when the reference is not a range. */
function decodeRange(ref: string): { top: number; bottom: number; left: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]!);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}
