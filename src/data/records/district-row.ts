/**
 * A district's row on top of a district's table whose title, sheet and file name name no district
 * (`2024年3月.csv`: `西青区,59`, then `中北镇,37` over its communities). Read as a community, it
 * made the first street row come after a "community", and every street row was then taken as the
 * subtotal of the rows above it: each community went under the next street. A row named like a
 * district (`X区`, `X县`, `X新区`, or its 合计) is the district's total only right above the
 * table's first row, with the first street row right below it: a community's short name
 * (`华苑区`) has communities below it, not a street. Said with an info naming the row, and its
 * values checked against every community below it as the district total of a title is. In a
 * table of communities' codes, a district's code (120111) and a street's (120111001) say it too,
 * and a street's 序号 一 among communities numbered 1、2.
 */
import { makeIssue } from '../report/make-issue';
import { isBlankRow } from '../rows/row-hygiene';
import { isDistrictName, segmentName, subtotalKind } from '../cells/row-label';
import { cellAt } from './cell-at';
import { namesStreet, type StreetRows } from './street-rows';
import type { ReadContext } from './read-context';
import type { TableShape } from '../table/detect-shape';

/**
 * The names a row naming the district is the district's total by (districtTotal): the title's,
 * sheet's and file's (`ctx.tableNames`), and the district the first of `rows` names when the
 * first street row is right below it (with an info). Undefined with a district column.
 */
export function districtNames(rows: readonly { cells: readonly string[]; line: number }[], shape: TableShape, ctx: ReadContext, streets: StreetRows): string | undefined {
  if (shape.district >= 0) return undefined;
  const names = ctx.tableNames;
  if (shape.parent >= 0 || shape.unit < 0) return names;
  const written: { cells: readonly string[]; line: number }[] = [];
  for (let k = 0; k < rows.length && written.length < 2; k++) if (!isBlankRow(rows[k]!.cells)) written.push(rows[k]!);
  if (written.length < 2) return names;
  const top = cellAt(written[0]!.cells, shape.unit);
  const kind = subtotalKind(top);
  const district = kind === null ? top : kind === 'segment' ? segmentName(top) : '';
  // Its code (120111) says it too, in a table of communities' codes, and a street's code or 序号 (StreetRows.level).
  const level = (k: number, name: string) => streets.level(written[k]!.cells, name);
  if (!(isDistrictName(district) || (kind === null && level(0, top) === 'district')) || (names?.includes(district) ?? false)) return names;
  const below = cellAt(written[1]!.cells, shape.unit);
  const belowKind = subtotalKind(below);
  if (!(belowKind === null ? namesStreet(below, false, ctx.defaultParent) || level(1, below) === 'street' : belowKind === 'segment' && namesStreet(segmentName(below), true, ctx.defaultParent))) return names;
  const { line } = written[0]!;
  ctx.sink.push(makeIssue('info', 'district-total-row', { file: ctx.file, line, column: shape.unit + 1, columnName: shape.names.get(shape.unit) },
    `第${line}行“${top}”是区（县）名，写在第一个街道行“${below}”之上：按全区合计处理，不作为社区导入，其数值与其下各社区之和核对；若它其实是一个社区，请在名称后写全“社区”`,
    `Line ${line}: "${top}" names a district, right above the first street row "${below}": read as the district's total (checked against every community below it), not as a community.`));
  return `${names ?? ''} ${district}`;
}
