/**
 * Decimal commas (`1,5%`, the `1.234,5` convention of some exports with `;` as delimiter,
 * catalogue #18). When a file shows one, a dot-grouped number such as `3.500` may be 3500 or 3.5:
 * we never pick one. Such cells keep their raw text, get no value, and a warning says
 * 数字格式不明确 and what to do.
 */
import type { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import type { ParsedValue } from './parse-value';
import { note } from './value-note';

/** A comma that is not a thousands separator: `1,5`, `12,25%`, `-0,5`. */
const DECIMAL_COMMA = /^[-+−]?\d+,(?:\d{1,2}|\d{4,})%?$/;
/** Dot used as a thousands separator in the `1.234,5` convention: `3.500`, `1.234.567`. */
const DOT_GROUPED = /^[-+−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?$/;
/** Data rows scanned for evidence (the check must stay cheap on million-row files). */
const SCAN_ROWS = 2000;

/** Data rows from the header scanned by findDecimalComma. */
export const DECIMAL_COMMA_SCAN_ROWS = SCAN_ROWS;

/** A trimmed value cell that shows a decimal comma (`1,5`, `12,25%`), as findDecimalComma tests it. */
export function isDecimalComma(t: string): boolean {
  return t.length > 2 && DECIMAL_COMMA.test(t);
}

/** First line (1-based) of a cell written with a decimal comma in the first data rows, or 0. */
export function findDecimalComma(rows: readonly string[][], lines: readonly number[], dataStart: number, columns: readonly number[]): number {
  const end = Math.min(rows.length, dataStart + SCAN_ROWS);
  for (let r = dataStart; r < end; r++) {
    const row = rows[r]!;
    for (const c of columns) {
      const t = (row[c] ?? '').trim();
      if (isDecimalComma(t)) return lines[r]!;
    }
  }
  return 0;
}

/** File-level warning when a decimal comma was found. */
export function reportDecimalComma(line: number, sink: IssueSink, file: string): void {
  sink.push(makeIssue('warning', 'number-format-ambiguous', { file, line },
    `数字格式不明确：第${line}行起有小数逗号（如“1,5”），该文件可能使用“1.234,5”的写法。带小数点或逗号的数字未取值，原文已保留；请在源表改为“1234.5”的写法后重新导入`,
    `Ambiguous number format: line ${line} has a decimal comma; numbers written with dots or commas were not read. Use 1234.5 in the source.`));
}

/** In a decimal-comma file, a dot-grouped cell (`3.500`) becomes a value-less, raw-kept cell. */
export function applyDecimalComma(raw: string, v: ParsedValue): ParsedValue {
  const t = raw.trim();
  if (!DOT_GROUPED.test(t)) return v;
  return {
    value: NaN, qualifier: 'invalid', notes: [note('ambiguous-separator', 'warning',
      `“${t}”在使用小数逗号的文件中可能是${t.replace(/\./g, '').replace(',', '.')}，也可能是${Number(t.replace(/,.*$/, '').replace(/%$/, ''))}，数字格式不明确，未取值；请在源表核对后改为“1234.5”的写法。`,
      `"${t}" may be ${t.replace(/\./g, '')} or ${t.replace(/,.*$/, '')} in a decimal-comma file: ambiguous, no value taken.`)],
  };
}
