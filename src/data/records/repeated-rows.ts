/**
 * A table's own header (and title) again below its first rows: a table printed over pages and
 * exported whole repeats both on every page (…（续）), and a header pasted back in repeats alone.
 * Either way the rows under it are the same table; the row is skipped and said. The header right
 * under a repeated title is that page's (an info); a header repeated alone is warned, since it may
 * be another file's table pasted under this one.
 */
import { makeIssue } from '../report/make-issue';
import { cellAt } from './cell-at';
import type { ReadContext } from './read-context';

export class RepeatedRows {
  /** The header row's cells, trimmed and joined, and its first cell. */
  private readonly cells: string;
  readonly first: string;
  /** The line of the last repeated title. */
  private titleAt = -1;

  constructor(private readonly ctx: ReadContext, headerRowCells: readonly string[]) {
    this.cells = headerRowCells.map((c) => c.trim()).join('\u0001');
    this.first = (headerRowCells[0] ?? '').trim();
  }

  /** Whether `cells` are the header's. */
  isHeader(cells: readonly string[]): boolean {
    return cellAt(cells, 0) === this.first && cells.map((c) => c.trim()).join('\u0001') === this.cells;
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

  /** Skips row `row` (of `line`), which repeats the header. */
  header(row: number, line: number): void {
    const { store, sink, file } = this.ctx;
    store.settleRow(row, 'rejected', '重复的表头行');
    sink.push(line === this.titleAt + 1
      ? makeIssue('info', 'repeated-header', { file, line },
        `第${line}行是分页打印时每页重复的表头，已跳过；其下各行按同一表格继续读取`, `Line ${line} is a printed page's header again; skipped, and the rows under it read as the same table.`)
      : makeIssue('warning', 'repeated-header', { file, line },
        `第${line}行与表头相同（重复的表头行），已跳过；其下各行按同一表格继续读取`, `Line ${line} repeats the header; skipped, and the rows under it read as the same table.`));
  }
}
