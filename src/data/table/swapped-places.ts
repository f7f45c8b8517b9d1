/**
 * A 社区 column and a 街道 column whose headers are written the wrong way round: the street's names
 * under 社区 (`劝业场街道`) and the communities' under 街道 (`花园路社区`). Read by their headers,
 * every community became a unit named after its street, under a street named after it, silently.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { endsLikeUnit, namesStreet } from '../vocabulary/place-words';
import type { HeaderColumn } from './find-header';


/** Whether most of `cells` (the written ones, two at least) pass `test`. */
function most(cells: readonly string[], test: (c: string) => boolean): boolean {
  const written = cells.map((c) => c.trim()).filter((c) => c !== '');
  return written.length >= 2 && written.filter(test).length * 5 >= written.length * 4;
}

/**
 * The street and unit columns, swapped (with a warning in `issues`) when the unit column holds
 * streets' names and the street column units' names, each in four rows of five at least.
 */
export function placeColumns(parent: number, unit: number, columns: readonly HeaderColumn[], sampleOf: ((column: number) => readonly string[]) | undefined,
  at: { file: string; line?: number }, issues: ImportIssue[]): { parent: number; unit: number } {
  if (parent < 0 || unit < 0 || sampleOf === undefined) return { parent, unit };
  const units = sampleOf(unit);
  const streets = sampleOf(parent);
  if (!most(units, (c) => namesStreet(c, false, undefined)) || !most(streets, (c) => endsLikeUnit(c))) return { parent, unit };
  const name = (k: number): string => columns.find((c) => c.index === k)?.name ?? '';
  const first = (cells: readonly string[]): string => cells.find((c) => c.trim() !== '')?.trim() ?? '';
  issues.push(makeIssue('warning', 'place-columns-swapped', { ...at, column: unit + 1, columnName: name(unit) },
    `“${name(unit)}”列写的是街道（镇）的名称（如“${first(units)}”），“${name(parent)}”列写的是社区（村）的名称（如“${first(streets)}”）：两列的表头像是写反了，已按内容交换读取。请核对，并在源表改正表头`,
    `The "${name(unit)}" column holds streets' names and the "${name(parent)}" column units' names: the headers look swapped; read by their contents.`));
  return { parent: unit, unit: parent };
}
