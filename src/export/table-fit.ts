/**
 * Fitting a table to a width, shared by the table slides and the table pictures: columns that are
 * empty in every row are left out, and each column is as wide as its widest cell (a header may take
 * two lines), so no name wraps or runs into the next column.
 */
import type { TableSpec } from '../charts/chart-spec';
import { textEms } from '../charts/label-placement';
import { cellText } from './table-cell-text';

/** The spec without columns that are empty in every row (a 标注 column with no marks). */
export function withoutEmptyColumns(spec: TableSpec): TableSpec {
  const keep = spec.columns.map((_, i) => spec.rows.some((r) => r[i] !== null && r[i] !== '' && r[i] !== undefined));
  if (keep.every(Boolean)) return spec;
  return { ...spec, columns: spec.columns.filter((_, i) => keep[i]), rows: spec.rows.map((r) => r.filter((_, i) => keep[i])) };
}

/** Each column's width in ems: its widest cell as shown, or half its header (two lines), at least 2. */
export function columnEms(spec: TableSpec): number[] {
  return spec.columns.map((c, i) => Math.max(2, textEms(c.label) / 2 + 0.5, ...spec.rows.map((r, k) => textEms(cellText(r[i] ?? null, c, spec.lang, k)))));
}
