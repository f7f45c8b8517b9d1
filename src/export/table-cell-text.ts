/**
 * How a table cell reads on a slide: numbers grouped the Chinese way (`1,568`), a rank-change
 * column as arrows (`↑3`, `↓1`, `持平` as on the page), empty cells as `—`. CSV/XLSX keep the raw
 * numbers instead.
 */
import type { SpecLang, TableSpec } from '../charts/chart-spec';
import { chartWords } from '../charts/chart-words';
import { changeText } from '../charts/league-text';
import { formatNumber } from '../analysis/format-number';

type Column = TableSpec['columns'][number];

/** True for a column holding rank changes (flagged, or keyed `rankChange`/`rank_change`). */
export function isRankChangeColumn(col: Column): boolean {
  return col.rankChange === true || /^rank[_-]?change$/i.test(col.key);
}

/** Display text of one cell (of row `row`, for its column's marks) for slides, in the spec's language `lang`. */
export function cellText(value: string | number | null, col: Column, lang?: SpecLang, row?: number): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return '—';
  // A value column's exact value, when the cell holds it rounded for CSV/XLSX (valueDigits rounds once, from it).
  const exact = row === undefined ? undefined : col.exact?.[row];
  return `${numberText(typeof exact === 'number' ? exact : value, col, lang, row)}${row === undefined ? '' : col.marks?.[row] ?? ''}`;
}

/** Whether row `row`'s zero in a signed column reads 持平 (flatZero, for the column or per row). */
function flatZero(col: Column, row: number | undefined): boolean {
  return typeof col.flatZero === 'boolean' ? col.flatZero : row !== undefined && col.flatZero?.[row] === true;
}

function numberText(value: number, col: Column, lang?: SpecLang, row?: number): string {
  if (col.signed === true) return value === 0 && flatZero(col, row) ? chartWords(lang).changeFlat : changeText(value, 'zh');
  if (isRankChangeColumn(col)) {
    if (value > 0) return `↑${value}`;
    if (value < 0) return `↓${-value}`;
    return chartWords(lang).rankSame;
  }
  // The formatter the page writes its numbers with: a column's fractionDigits kept (0.70, 5.3), a
  // value column in the page's digits (valueDigits), else up to two.
  if (col.valueDigits === true) return formatNumber(value, 'zh');
  if (col.compact === true) return formatNumber(value, lang ?? 'zh', { compact: true });
  return formatNumber(value, 'zh', { digits: col.fractionDigits ?? 2, fixed: col.fractionDigits !== undefined });
}
