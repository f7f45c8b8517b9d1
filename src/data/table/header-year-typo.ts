/**
 * A header cell whose year is mistyped (`常住人口2204年3月`, `2O24年3月`): a table refused for want of
 * a period says which cell, and what is wrong with its year, in the words a 期间 cell's gets
 * (cells/year-typo.ts cellYearTypo: never guessed in a cell).
 */
import { cellYearTypo } from '../cells/year-typo';
import type { ValueNote } from '../cells/value-note';

export interface HeaderYearTypo { readonly column: number; readonly name: string; readonly why: ValueNote }

/** The first header cell of `names` (0-based column → text) with a mistyped year, or null. */
export function headerYearTypo(names: ReadonlyMap<number, string>): HeaderYearTypo | null {
  for (const [column, name] of [...names].sort((a, b) => a[0] - b[0])) {
    const why = cellYearTypo(name.normalize('NFKC'));
    if (why !== null) return { column, name, why };
  }
  return null;
}
