/**
 * A table's own header (and title) again below its first rows: a table printed over pages and
 * exported whole repeats both on every page (…（续）), and a header pasted back in repeats alone.
 * Either way the rows under it are the same table; the row is skipped and said. A header of two or
 * three rows (merged cells, a 甲乙1 2 3 row) repeats whole: the rows under its first that repeat
 * its lower rows are skipped with it, and the one note names them all. The header right under a
 * repeated title is that page's (an info); a header repeated alone is warned, since it may be
 * another file's table pasted under this one.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { cellAt } from './cell-at';
import type { ReadContext } from './read-context';

/** A row's cells, trimmed and joined: what a repeated header row is compared by. */
const joined = (cells: readonly string[]): string => cells.map((c) => c.trim()).join('\u0001');

export class RepeatedRows {
  /** The header's first row's cells, trimmed and joined, and its first cell. */
  private readonly cells: string;
  readonly first: string;
  /** The header's lower rows (and a unit or column-number row under them), joined, top to bottom. */
  private readonly below: readonly string[];
  /** The line of the last repeated title. */
  private titleAt = -1;
  /** The header being skipped again: its first line, its last so far, how many of its rows; null when none is. */
  private again: { line: number; last: number; rows: number } | null = null;

  /** `headerRows`: the rows from the header's first to the row above the first data row. */
  constructor(private readonly ctx: ReadContext, headerRows: readonly (readonly string[])[]) {
    const top = headerRows[0] ?? [];
    this.cells = joined(top);
    this.first = (top[0] ?? '').trim();
    this.below = headerRows.slice(1).map(joined);
  }

  /** Whether `cells` are the header's (its first row). */
  isHeader(cells: readonly string[]): boolean {
    return cellAt(cells, 0) === this.first && joined(cells) === this.cells;
  }

  /** True while a repeated header's lower rows may follow (isLowerRow has something to compare). */
  get expecting(): boolean {
    return this.again !== null;
  }

  /** Whether `cells` are the next lower row of the header being repeated. */
  isLowerRow(cells: readonly string[]): boolean {
    const again = this.again;
    return again !== null && joined(cells) === this.below[again.rows - 1];
  }

  /** Skips the row of `line` that repeats the table's title (a printed page's). */
  title(line: number): void {
    const { store, fileIndex, sink, file } = this.ctx;
    store.settleRow(store.addRow(fileIndex, line), 'rejected', '重复的标题行');
    this.titleAt = line;
    sink.push(makeIssue('info', 'repeated-title', { file, line },
      `第${line}行重复了表格标题（分页打印时每页的标题），已跳过；其下各行按同一表格继续读取`,
      `Line ${line} repeats the table's title (a printed page's); skipped, and the rows under it read as the same table.`));
  }

  /** Skips row `row` (of `line`), which repeats the header's first row; said once its lower rows are past. */
  header(row: number, line: number): void {
    this.end();
    this.ctx.store.settleRow(row, 'rejected', '重复的表头行');
    this.again = { line, last: line, rows: 1 };
    if (this.below.length === 0) this.end();
  }

  /**
   * Skips row `row` (of `line`) when it is the next lower row of the header being repeated (true);
   * else the repeated header is said and the row is left to be read (false).
   */
  lowerRow(cells: readonly string[], row: number, line: number): boolean {
    const again = this.again!;
    if (!this.isLowerRow(cells)) { this.end(); return false; }
    this.ctx.store.settleRow(row, 'rejected', '重复的表头行');
    again.last = line;
    if (++again.rows > this.below.length) this.end();
    return true;
  }

  /** Says the header repeated (its rows so far), if one is being skipped. */
  end(): void {
    const again = this.again;
    if (again === null) return;
    this.again = null;
    const { sink, file } = this.ctx;
    const { line, last } = again;
    if (line !== this.titleAt + 1) { sink.push(repeatedHeaderIssue(file, line, last)); return; }
    const { lines, en, them } = spanWords(line, last);
    sink.push(makeIssue('info', 'repeated-header', { file, line },
      `第${lines}行是分页打印时每页重复的表头，已跳过；其下各行按同一表格继续读取`, `${en} a printed page's header again; skipped, and the rows under ${them} read as the same table.`));
  }
}

/** Lines `line` to `last` as a message names them. */
function spanWords(line: number, last: number): { lines: string; en: string; them: string } {
  const lines = last > line ? `${line}-${last}` : `${line}`;
  return last > line ? { lines, en: `Lines ${lines} are`, them: 'them' } : { lines, en: `Line ${lines} is`, them: 'it' };
}

/** The warning that lines `line` to `last` repeat a header with no title of their own: skipped, the rows under them read on. */
export function repeatedHeaderIssue(file: string, line: number, last: number): ImportIssue {
  const { lines, en, them } = spanWords(line, last);
  return makeIssue('warning', 'repeated-header', { file, line },
    `第${lines}行与表头相同（重复的表头行），已跳过；其下各行按同一表格继续读取`, `${en} the header again; skipped, and the rows under ${them} read as the same table.`);
}
