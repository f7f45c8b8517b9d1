/**
 * A header of two or three rows from merged cells (or the same cells pasted as values, the merged
 * name written once with blanks to its right): `社区,常住人口,,户籍人口,` over `,2023,2024,2023,2024`,
 * or a group row over a metric row over its 合计 and 其中 parts (`就业情况` over `下岗失业人员` over
 * `合计 | 其中：女`). Each column's name is its cells top to bottom joined by `/`
 * (`就业情况/下岗失业人员/合计`); metric-columns.ts reads the joined names.
 */
import { matchDimensionHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { columnNumberRow } from './column-number-row';
import { parsePeriodLabel } from '../cells/parse-period-label';
import { parseValue } from '../cells/parse-value';
import { namesStreet } from '../vocabulary/place-words';
import { SUBTOTAL_NAME } from './total-columns';

/** At most a group row, a metric row and a row of parts (or periods). */
const MAX_HEADER_ROWS = 3;

const blank = (row: readonly string[] | undefined, c: number): boolean => (row?.[c] ?? '').trim() === '';

/** A header that is a community's or village's name (`祥福里社区`, `东泥沽村`). */
export const UNIT_HEADER = /\S(?:社区|村|居委会|村委会)$/;

/**
 * Row `lower` continues the header whose top row is `top` under the row `above` it: it leaves the
 * dimension columns of the top row (社区, 街道) empty and fills in a cell under a blank of `above`
 * (the blanks to the right of a merged name). A 栏次 row or a row of units (`,人,户`) under a full
 * header is none; as the header's second row it is read as before.
 */
function continuesHeader(top: readonly string[], above: readonly string[], lower: readonly string[] | undefined, second: boolean): boolean {
  if (!lower || lower.every((c) => c.trim() === '')) return false;
  if (!second && (columnNumberRow(lower) || lower.every((c) => c.trim() === '' || measureUnitOf(c.trim()) !== undefined))) return false;
  let fillsBlank = false;
  let dimension = false;
  for (let c = 0; c < Math.max(top.length, above.length, lower.length); c++) {
    const u = (top[c] ?? '').trim();
    const role = u === '' ? null : matchDimensionHeader(u);
    if (role !== null && role !== 'metric' && role !== 'value') {
      dimension = true;
      if (!blank(lower, c)) return false;
    }
    if (c > 0 && blank(above, c) && !blank(lower, c)) fillsBlank = true;
  }
  const unitsRow = columnNumberRow(lower) || lower.every((c) => c.trim() === '' || measureUnitOf(c.trim()) !== undefined);
  return (dimension || unitsAcross(top, lower)) && (fillsBlank || (second && !unitsRow && metricsUnderPeriods(top, lower)));
}

/**
 * A transposed table's top row: 指标 (项目) first, then two or more communities' or villages' names
 * (`祥福里社区`, merged over 本月 | 累计), or streets' (a 合计 beside them) merged over two or more
 * communities' names in `lower` (`咸水沽镇` over 祥福里社区 | 红星里社区).
 */
function unitsAcross(top: readonly string[], lower: readonly string[]): boolean {
  const written = top.map((c) => c.trim()).filter((c) => c !== '');
  if (written.length < 2 || matchDimensionHeader(written[0]!) !== 'metric') return false;
  const rest = written.slice(1);
  // Under the communities, a header's second row names what each counts (本月 | 累计); a number there is a data row's.
  if (top.some((c, k) => UNIT_HEADER.test(c.trim()) && !blank(lower, k) && parseValue(lower[k]!.trim()).qualifier !== 'invalid')) return false;
  if (rest.filter((c) => UNIT_HEADER.test(c)).length >= 2) return true;
  return rest.every((c) => SUBTOTAL_NAME.test(c) || namesStreet(c, false, undefined)) && lower.filter((c) => UNIT_HEADER.test(c.trim())).length >= 2;
}

/**
 * A period over every value column (`2024年1月,2024年2月`) and a metric's name under each
 * (`再就业人数,再就业人数`): no blanks above to fill, but the lower row names what the periods
 * count. Words under every period, none a number: a data row has numbers there.
 */
function metricsUnderPeriods(top: readonly string[], lower: readonly string[]): boolean {
  let periods = 0;
  for (let c = 0; c < top.length; c++) {
    const u = (top[c] ?? '').trim();
    const role = u === '' ? null : matchDimensionHeader(u);
    if (u === '' || (role !== null && role !== 'metric' && role !== 'value')) continue;
    if (parsePeriodLabel(u, { defaultYear: 2000 }) === null) return false;
    const cell = (lower[c] ?? '').trim();
    if (cell === '' || parseValue(cell).qualifier !== 'invalid') return false;
    periods++;
  }
  return periods >= 1;
}

/** Rows `top`..`bottom` are one header: each row below the top continues it. */
function isHeaderBlock(rows: readonly string[][], top: number, bottom: number, broken: ReadonlySet<number>): boolean {
  for (let r = top + 1; r <= bottom; r++) {
    if (broken.has(r) || !continuesHeader(rows[top]!, rows[r - 1]!, rows[r], r === top + 1)) return false;
  }
  return true;
}

/**
 * The rows of the header around row `h` (the row picked as the header): the rows above it when
 * it is the lower row of a taller header (a group row with fewer cells than the table has columns
 * is not picked itself), and the rows below it that continue it. `top` === `bottom` for one row.
 */
export function headerBlock(rows: readonly string[][], h: number, broken: ReadonlySet<number>): { top: number; bottom: number } {
  let top = h;
  for (let u = h - 1; u >= 0 && h - u < MAX_HEADER_ROWS && !broken.has(u); u--) {
    if (isHeaderBlock(rows, u, h, broken)) top = u;
  }
  let bottom = h;
  while (bottom - top + 1 < MAX_HEADER_ROWS && isHeaderBlock(rows, top, bottom + 1, broken)) bottom++;
  return { top, bottom };
}

/**
 * Each column's name: its cells top to bottom joined by `/`. A blank cell takes the name to its
 * left in its row (a merged name written once) until a cell above it starts a name of its own; the
 * bottom row's blanks take none (a name above merged down over it), nor do a dimension's (社区),
 * nor a column blank in every row between two blocks (the top row names the next one right of it).
 */
export function joinHeaderRows(rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const carry = rows.map(() => '');
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    // A column blank in every row before a name of the top row (a gap between two blocks) is none of the block to its left.
    if ((rows[0]![c + 1] ?? '') !== '' && rows.every((row) => (row[c] ?? '') === '')) { out.push(''); continue; }
    const names: string[] = [];
    let startsAbove = false;
    rows.forEach((row, r) => {
      const own = row[c] ?? '';
      if (own !== '') carry[r] = r === 0 && matchDimensionHeader(own) !== null ? '' : own;
      else if (startsAbove) carry[r] = '';
      if (own !== '') startsAbove = true;
      const name = own !== '' ? own : r < rows.length - 1 ? carry[r]! : '';
      if (name !== '') names.push(name);
    });
    out.push(names.join('/'));
  }
  return out;
}
