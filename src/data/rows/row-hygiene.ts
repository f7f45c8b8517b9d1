/**
 * The clean-up every row source applies to a record's cells, whichever tokenizer read it: a CR
 * left at the end of a CRLF line inside an LF file is a line ending, not data; control characters
 * (NUL, ^Z…) are removed with a warning per cell (50 at most, then one summary); a cell that is
 * exactly `="…"` (Excel's way of forcing text in a CSV it writes: `="0012"`) is the text inside,
 * said once per file. It also counts the physical line breaks inside the cells, so the next
 * record's line number is right.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { Newline } from './detect-delimiter';

// NUL and C0 controls other than tab/CR/LF, DEL, and the ^Z end-of-file marker some tools append.
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MAX_CELL_ISSUES = 50;
/** `="…"`: a formula that is one string literal, its quotes doubled inside (`="他说""好"""`). */
const EXCEL_TEXT = /^="((?:[^"]|"")*)"$/;

/**
 * The text of a cell that is exactly `="…"`, else null. Only that form: `="a"&"b"`, `=SUM(…)` or
 * ` ="1"` stay as they are (and formula-guard.ts still guards `="…"` text on export).
 */
function excelTextOf(cell: string): string | null {
  const m = EXCEL_TEXT.exec(cell);
  if (m === null) return null;
  const inner = m[1]!;
  return inner.indexOf('"') < 0 ? inner : inner.replace(/""/g, '"');
}

/** True when every cell is empty or whitespace (`,`, ` , `): a blank row, whatever source it came from. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

export class RowHygiene {
  private strayCr = 0;
  private firstStrayCr = 0;
  private controlCells = 0;
  /** A cell was read as the text inside its `="…"`, and where the first was. */
  private excelTextCells = false;
  private firstExcelText = { line: 0, column: 0 };
  /** Control-character warnings, in reading order. */
  private readonly cellIssues: ImportIssue[] = [];

  constructor(private readonly newline: Newline, private readonly file: string) {}

  /**
   * Cleans `cells` (record starting at `line`) in place; returns the line breaks inside them.
   * `controls`: the record may hold control characters (false skips that test).
   * Every cell that begins with `=` goes through excelText.
   */
  clean(cells: string[], line: number, controls = true): number {
    let breaks = 0;
    const lastIndex = cells.length - 1;
    for (let c = 0; c <= lastIndex; c++) {
      let cell = cells[c]!;
      if (this.newline === '\n' && c === lastIndex && cell.endsWith('\r')) {
        cell = cell.slice(0, -1);
        if (this.strayCr++ === 0) this.firstStrayCr = line;
      }
      breaks += countBreaks(cell);
      if (controls && HAS_CONTROL.test(cell)) {
        if (this.controlCells++ < MAX_CELL_ISSUES) {
          this.cellIssues.push(makeIssue('warning', 'control-char', { file: this.file, line: line + breaks, column: c + 1 },
            `第${line}行第${c + 1}列含有不可见的控制字符（如NUL），已删除`,
            `Line ${line}, column ${c + 1}: control characters (e.g. NUL) removed.`));
        }
        cell = cell.replace(CONTROL, '');
      }
      if (cell.charCodeAt(0) === 61) cell = this.excelText(cell, line + breaks, c + 1);
      cells[c] = cell;
    }
    return breaks;
  }

  /**
   * A cell that begins with `=` (at `line`, 1-based `column`): the text inside when it is exactly
   * `="…"`, else the cell. The tokenizer calls it for such a cell of a record it does not clean().
   */
  excelText(cell: string, line: number, column: number): string {
    const inner = excelTextOf(cell);
    if (inner === null) return cell;
    if (!this.excelTextCells) {
      this.excelTextCells = true;
      this.firstExcelText = { line, column };
    }
    return inner;
  }

  /** The issues of every record cleaned so far, in the order papaparse's reader reports them. */
  issues(): ImportIssue[] {
    const out = [...this.cellIssues];
    if (this.controlCells > MAX_CELL_ISSUES) {
      out.push(makeIssue('warning', 'control-char', { file: this.file },
        `另有${this.controlCells - MAX_CELL_ISSUES}个单元格含控制字符，已删除`, `${this.controlCells - MAX_CELL_ISSUES} more cells had control characters removed.`));
    }
    if (this.excelTextCells) {
      const { line, column } = this.firstExcelText;
      out.push(makeIssue('info', 'excel-text-cells', { file: this.file, line, column },
        `文件中有单元格写成 ="…"（Excel导出CSV时强制为文本的写法），已按引号内的文字读取，如第${line}行第${column}列`,
        `Cells written as ="…" (Excel's text-forcing form) were read as the text inside, e.g. line ${line}, column ${column}.`));
    }
    if (this.strayCr > 0) {
      out.push(makeIssue('info', 'stray-cr', { file: this.file, line: this.firstStrayCr },
        `文件混用了换行符（CRLF与LF），已去掉${this.strayCr}行末尾多余的回车符`,
        `Mixed line endings: removed a stray CR at the end of ${this.strayCr} lines.`));
    }
    return out;
  }
}

/** Physical line breaks inside a string (CRLF counts once). */
function countBreaks(s: string): number {
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
