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
 * and a street's 序号 一 among communities numbered 1、2. In a table whose street rows trail their
 * communities (each street's 小计 after them), the district's row on top is its total when it is
 * larger than the first street's: a community there (华苑区) is part of that street's.
 */
import { makeIssue } from '../report/make-issue';
import { isBlankRow } from '../rows/row-hygiene';
import { isDistrictName, segmentName, subtotalKind } from '../cells/row-label';
import { cellAt } from './cell-at';
import { plainNumber } from './plain-number';
import type { StreetRows } from './street-rows';
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
  const isStreet = (name: string, k: { cells: readonly string[] }): boolean => {
    const kind = subtotalKind(name);
    return kind === null ? streets.names(name, false) || streets.level(k.cells, name) === 'street'
      : kind === 'segment' && streets.names(segmentName(name), true);
  };
  const { line } = written[0]!;
  const at = { file: ctx.file, line, column: shape.unit + 1, columnName: shape.names.get(shape.unit) };
  if (isStreet(below, written[1]!)) {
    ctx.sink.push(makeIssue('info', 'district-total-row', at,
      `第${line}行“${top}”是区（县）名，写在第一个街道行“${below}”之上：按全区合计处理，不作为社区导入，其数值与其下各社区之和核对；若它其实是一个社区，请在名称后写全“社区”`,
      `Line ${line}: "${top}" names a district, right above the first street row "${below}": read as the district's total (checked against every community below it), not as a community.`));
    return `${names ?? ''} ${district}`;
  }
  const trailing = trailingStreet(rows, rows.indexOf(written[1]!), shape, isStreet);
  if (trailing === undefined || !(firstValue(written[0]!.cells, shape) > firstValue(trailing.cells, shape))) return names;
  const street = cellAt(trailing.cells, shape.unit);
  ctx.sink.push(makeIssue('info', 'district-total-row', at,
    `第${line}行“${top}”是区（县）名，写在表首，大于其下第${trailing.line}行街道小计“${street}”：按全区合计处理，不作为社区导入，其数值与其下各社区之和核对；若它其实是一个社区，请在名称后写全“社区”`,
    `Line ${line}: "${top}" names a district, on top of a table whose street rows ("${street}", line ${trailing.line}) follow their communities, and is larger than the first: read as the district's total (checked against every community below it), not as a community.`));
  return `${names ?? ''} ${district}`;
}

/**
 * The first street row of `rows` from `from` on when it comes after a community's (the table's
 * street rows trail their communities, as subtotals), else undefined.
 */
function trailingStreet<R extends { cells: readonly string[]; line: number }>(
  rows: readonly R[], from: number, shape: TableShape, isStreet: (name: string, row: R) => boolean,
): R | undefined {
  let units = 0;
  for (let k = from; k < rows.length; k++) {
    const name = cellAt(rows[k]!.cells, shape.unit);
    if (name === '') continue;
    if (isStreet(name, rows[k]!)) return units > 0 ? rows[k] : undefined;
    if (subtotalKind(name) === null) units++;
  }
  return undefined;
}

/**
 * A row's first value (a wide table's first value column, a long one's value): a district's total
 * is larger than its first street's subtotal, a community's (华苑区 on top) never is. NaN when not a plain number.
 */
function firstValue(cells: readonly string[], shape: TableShape): number {
  const column = shape.kind === 'long' ? shape.value : shape.measures[0]?.index ?? -1;
  return plainNumber(cellAt(cells, column).replace(/,/g, ''));
}
