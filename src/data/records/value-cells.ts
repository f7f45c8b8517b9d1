/**
 * The value cells of one table that are not plain numbers (`1,234`, `3500余`, `12.5%`, `—`): each
 * text is read with parseValue once per scale (tables repeat them), the table's decimal comma
 * applied (number-locale.ts), its notes reported at the cell and its form counted for the column
 * (column-formats.ts). Plain numbers never come here (plainNumber reads them in the row loop).
 */
import type { IssueSink } from '../report/issue-sink';
import type { Column, ColumnFormats } from './column-formats';
import { applyDecimalComma, isDotGrouped, reportDecimalComma, type DecimalCommaCell } from './number-locale';
import { parseValue, type ParsedValue } from '../cells/parse-value';
import { addValueNotes } from './read-cells';

/** Distinct texts remembered per table. */
const MAX_MEMO = 20_000;

export class ValueCells {
  /**
   * Line of the first decimal-comma value among the first data rows (0: none); -1 until the
   * table's first rows have been looked at (findDecimalCommaCell).
   */
  decimalComma = -1;
  /** The decimal-comma cell found (findDecimalCommaCell), and the dot-grouped cells it left without a value. */
  comma: DecimalCommaCell | null = null;
  private readonly refused: DecimalCommaCell[] = [];
  private refusedCount = 0;
  /** Scale → cell text → what parse read (never changed once read). */
  private readonly memo = new Map<number, Map<string, Readonly<ParsedValue>>>();
  private size = 0;

  constructor(private readonly file: string, private readonly sink: IssueSink, private readonly formats: ColumnFormats) {}

  /** Whether plain numbers may be read as written (no decimal comma in this table). */
  get plain(): boolean {
    return this.decimalComma <= 0;
  }

  /**
   * A value cell: its notes reported at `line` and `column`, its form counted in `format` (null:
   * a total's row, not counted).
   */
  read(raw: string, scale: number, format: Column | null, line: number, column: number, columnName: string): Readonly<ParsedValue> {
    const v = this.parse(raw, scale);
    if (this.decimalComma > 0 && isDotGrouped(raw.trim())) {
      if (this.refused.length < 3) this.refused.push({ line, column: column - 1, text: raw.trim() });
      this.refusedCount++;
    }
    if (v.notes.length > 0) addValueNotes(this.formats.cellNotes(format, v), { file: this.file, line, column, columnName }, this.sink);
    if (format !== null) this.formats.add(format, line, v);
    return v;
  }

  /** What a text reads as, with nothing reported. */
  parse(raw: string, scale: number): Readonly<ParsedValue> {
    let memo = this.memo.get(scale);
    if (memo === undefined) this.memo.set(scale, (memo = new Map()));
    let v = memo.get(raw);
    if (v === undefined) {
      v = parseValue(raw, scale !== 1 ? { columnScale: scale } : {});
      if (this.decimalComma > 0) v = applyDecimalComma(raw, v);
      if (this.size < MAX_MEMO) { memo.set(raw, v); this.size++; }
    }
    return v;
  }

  /** The table-wide decimal-comma warning (once, at the table's end). */
  report(): void {
    if (this.comma !== null) reportDecimalComma(this.comma, this.refused, this.refusedCount, this.sink, this.file);
    this.comma = null;
  }
}
