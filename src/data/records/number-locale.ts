/**
 * Decimal commas (`1,5%`, the `1.234,5` convention of some exports with `;` as delimiter,
 * catalogue #18). When a file shows one, a dot-grouped number such as `3.500` may be 3500 or 3.5:
 * we never pick one. Such cells keep their raw text, get no value and a warning each, and one
 * warning at the decimal comma names them (none when every number could be read).
 */
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import type { ParsedValue } from '../cells/parse-value';
import { note } from '../cells/value-note';

/** A comma that is not a thousands separator: `1,5`, `12,25%`, `-0,5`. */
const DECIMAL_COMMA = /^[-+−]?\d+,(?:\d{1,2}|\d{4,})%?$/;
/** Dot used as a thousands separator in the `1.234,5` convention: `3.500`, `1.234.567`. */
const DOT_GROUPED = /^[-+−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?$/;
/** Data rows scanned for evidence (the check must stay cheap on million-row files). */
const SCAN_ROWS = 2000;

/** Data rows from the header scanned by findDecimalCommaCell. */
export const DECIMAL_COMMA_SCAN_ROWS = SCAN_ROWS;

/** A trimmed value cell that shows a decimal comma (`1,5`, `12,25%`), as findDecimalCommaCell tests it. */
export function isDecimalComma(t: string): boolean {
  return t.length > 2 && DECIMAL_COMMA.test(t);
}

/** The first cell written with a decimal comma in the first data rows (`column` 0-based), or null. */
export function findDecimalCommaCell(rows: readonly string[][], lines: readonly number[], dataStart: number, columns: readonly number[]): DecimalCommaCell | null {
  const end = Math.min(rows.length, dataStart + SCAN_ROWS);
  for (let r = dataStart; r < end; r++) {
    const row = rows[r]!;
    for (const c of columns) {
      const t = (row[c] ?? '').trim();
      if (isDecimalComma(t)) return { line: lines[r]!, column: c, text: t };
    }
  }
  return null;
}

/** A cell and where it stands (`column` 0-based). */
export interface DecimalCommaCell { readonly line: number; readonly column: number; readonly text: string }

/** Whether a trimmed cell is dot-grouped (`3.500`): no value in a decimal-comma table (applyDecimalComma). */
export function isDotGrouped(t: string): boolean {
  return DOT_GROUPED.test(t);
}

/**
 * The warning tying the dot-grouped cells left without a value (each has its own warning) to the
 * decimal comma that made them ambiguous; none when no cell was left without a value.
 */
export function reportDecimalComma(comma: DecimalCommaCell, refused: readonly DecimalCommaCell[], count: number, sink: IssueSink, file: string): void {
  if (count === 0) return;
  const cell = (c: DecimalCommaCell): string => `第${c.line}行第${c.column + 1}列“${c.text}”`;
  const shown = refused.map(cell).join('、') + (count > refused.length ? `等${count}个单元格` : '');
  sink.push(makeIssue('warning', 'number-format-ambiguous', { file, line: comma.line, column: comma.column + 1 },
    `数字格式不明确：${cell(comma)}是小数逗号的写法（“1,5”即1.5），该文件可能使用“1.234,5”的写法，所以用点号分千位的${shown}不能确定点号是千分位还是小数点，未取值，原文已保留；请在源表把数字统一改为“1234.5”的写法后重新导入`,
    `Ambiguous number format: line ${comma.line}, column ${comma.column + 1} ("${comma.text}") has a decimal comma, so ${count} dot-grouped cell(s) (first: line ${refused[0]!.line}, column ${refused[0]!.column + 1}) were not read. Use 1234.5 in the source.`));
}

/** In a decimal-comma file, a dot-grouped cell (`3.500`) becomes a value-less, raw-kept cell. */
export function applyDecimalComma(raw: string, v: ParsedValue): ParsedValue {
  const t = raw.trim();
  if (!isDotGrouped(t)) return v;
  return {
    value: NaN, qualifier: 'invalid', notes: [note('ambiguous-separator', 'warning',
      `“${t}”在使用小数逗号的文件中可能是${t.replace(/\./g, '').replace(',', '.')}${/^[^.]*\.[^.]*$/.test(t) ? `，也可能是${Number(t.replace(/,.*$/, '').replace(/%$/, ''))}` : '（点号分千位），与常见写法不同'}，数字格式不明确，未取值；请在源表核对后改为“1234.5”的写法。`,
      `"${t}" may be ${t.replace(/\./g, '')} or ${t.replace(/,.*$/, '')} in a decimal-comma file: ambiguous, no value taken.`)],
  };
}
