/**
 * The cells of the current line for the fast import, trimmed as readTable trims them. A cell equal
 * to the same cell of the line above (long files repeat code, names and period on every row)
 * reuses that string: no allocation, and later comparisons are by identity.
 */
import { parseQuotedCell } from './parse-rows';

export class RowCells {
  /** Trimmed cells of the current line (the first n are valid). */
  readonly cells: string[] = [];
  private readonly prevRaw: string[] = [];
  private readonly prevTrim: string[] = [];
  /** Quoted cell text → its trimmed content (papaparse's reading), or null. */
  private readonly unquoted = new Map<string, string | null>();

  /** Cell k = text[a, b) (quote-free), trimmed. */
  set(text: string, a: number, b: number, k: number): void {
    const prev = this.prevRaw[k];
    const len = b - a;
    if (prev !== undefined && prev.length === len) {
      let j = 0;
      while (j < len && prev.charCodeAt(j) === text.charCodeAt(a + j)) j++;
      if (j === len) { this.cells[k] = this.prevTrim[k]!; return; }
    }
    const raw = text.slice(a, b);
    this.prevRaw[k] = raw;
    this.cells[k] = this.prevTrim[k] = raw.trim();
  }

  /** Cell k = the quoted text[a, b): its content as papaparse reads it, trimmed. False: papaparse reads it otherwise. */
  setQuoted(text: string, a: number, b: number, k: number, delimiter: string): boolean {
    const raw = text.slice(a, b);
    if (raw === this.prevRaw[k]) { this.cells[k] = this.prevTrim[k]!; return true; }
    let v = this.unquoted.get(raw);
    if (v === undefined) {
      v = parseQuotedCell(raw, delimiter)?.trim() ?? null;
      this.unquoted.set(raw, v);
    }
    if (v === null) return false;
    this.prevRaw[k] = raw;
    this.cells[k] = this.prevTrim[k] = v;
    return true;
  }
}
