/**
 * What a column's sampled cells hold, as the shape stage (detect-shape.ts) asks it when it chooses
 * the name column: numbers, nothing, or units of measure.
 */
import { parseValue } from '../cells/parse-value';
import { measureUnitOf } from '../vocabulary/metric-aliases';

/** A column's written cells are all numbers (one at least). */
export function holdsNumbers(cells: readonly string[]): boolean {
  const written = cells.filter((c) => c.trim() !== '');
  return written.length > 0 && written.every((c) => Number.isFinite(parseValue(c).value));
}

/** Rows sampled and not a cell of the column written in them (no rows: nothing to tell). */
export function isBlankColumn(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => c.trim() === '');
}

/** A column's cells are measure units (`人`, `万元`): at least one, and most of those written. */
export function holdsMeasureUnits(cells: readonly string[]): boolean {
  const written = cells.map((c) => c.trim()).filter((c) => c !== '');
  const units = written.filter((c) => measureUnitOf(c) !== undefined).length;
  return units > 0 && units * 2 > written.length;
}
