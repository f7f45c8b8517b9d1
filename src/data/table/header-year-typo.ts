/**
 * A header cell whose year is mistyped (`常住人口2204年3月`, `2O24年3月`): a table refused for want of
 * a period says which cell, and what is wrong with its year, in the words a 期间 cell's gets
 * (cells/year-typo.ts cellYearTypo: never guessed in a cell); a table whose period is known elsewhere
 * leaves that column out, said at it (headerYearTypoIssue), never a metric named with the typo.
 */
import { cellYearTypo } from '../cells/year-typo';
import type { ValueNote } from '../cells/value-note';
import { columnLetter, type ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';

export interface HeaderYearTypo { readonly column: number; readonly name: string; readonly why: ValueNote }

/** The first header cell of `names` (0-based column → text) with a mistyped year, or null. */
export function headerYearTypo(names: ReadonlyMap<number, string>): HeaderYearTypo | null {
  for (const [column, name] of [...names].sort((a, b) => a[0] - b[0])) {
    const why = cellYearTypo(name.normalize('NFKC'));
    if (why !== null) return { column, name, why };
  }
  return null;
}

/** The warning that the column of `typo`, its year mistyped, is not imported (the table's period known from elsewhere). */
export function headerYearTypoIssue(typo: HeaderYearTypo, at: { file: string; line?: number }): ImportIssue {
  const n = typo.column + 1;
  return makeIssue('warning', 'header-year-typo', { ...at, column: n, columnName: typo.name },
    `第${n}列（${columnLetter(n)}列）的列名“${typo.name}”中，${typo.why.message}。该列未导入，改正后重新导入即可`,
    `Column ${n} (${columnLetter(n)}) "${typo.name}": ${typo.why.messageEn} The column was not imported.`);
}
