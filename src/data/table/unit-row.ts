/**
 * A row of measure units right under the header (`,人,万元` or `单位,户,千元`): the clerk wrote
 * each column's unit on a row of its own instead of in the header. It is read as units, never as
 * a nameless data row: each unit is folded into its column's header (`慰问救助金额（万元）`), so
 * the header grammar applies its scale as for a unit written in the header itself.
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { matchDimensionHeader, matchMetricHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { relativeWord } from '../vocabulary/relative-period';
import { GROUP_TOTAL } from './total-columns';

const UNIT_LABEL = /^(?:计量)?单位[:：]?$/;

/** A unit row's unit that differs from the unit its column's header names itself. */
export interface UnitClash {
  /** 0-based column. */
  readonly column: number;
  readonly header: string;
  readonly unit: string;
}

/**
 * The header with the units of `row` folded in, or null when `row` is not a unit row: every
 * non-blank cell is a measure unit under a metric column, except a leading `单位` label, and at
 * least one unit is given. A header that already names its unit keeps it; when the row names
 * another, `clashes` lists it (the caller warns).
 */
export function foldUnitRow(header: readonly string[], row: readonly string[] | undefined): { header: string[]; clashes: UnitClash[] } | null {
  if (!row) return null;
  let units = 0;
  const out = [...header];
  const clashes: UnitClash[] = [];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!.trim();
    if (cell === '') continue;
    const name = (header[c] ?? '').trim();
    if (c === 0 && UNIT_LABEL.test(cell)) continue;
    const written = unitCellText(cell);
    const unit = measureUnitOf(written);
    if (name === '' || unit === undefined) return null;
    const role = matchDimensionHeader(name);
    if (role !== null && role !== 'value') return null;
    units++;
    // A two-row header's unit may stand on either cell (`慰问/金额（元）`, `常住人口（人）/2023年3月`).
    const own = name.split('/').map((part) => matchMetricHeader(part)).find((m) => m.unit !== undefined) ?? matchMetricHeader(name);
    if (own.unit === undefined) out[c] = withUnit(name, written);
    else if (own.unit !== unit[0] || (own.scale ?? 1) !== unit[1]) clashes.push({ column: c, header: name, unit: written });
  }
  return units > 0 ? { header: out, clashes } : null;
}

/**
 * The header with its unit in brackets after the metric's name: a header combined from two rows
 * takes it on its metric part, not after a period or a part under it (`常住人口/2023年3月`, `/本月`,
 * `/合计`, `/其中：女` → `常住人口（人）/…`), nor after a group over it (`就业情况/新增就业` → `就业情况/新增就业（人）`).
 */
function withUnit(name: string, unit: string): string {
  const parts = name.split('/');
  if (parts.length !== 2) return `${name}（${unit}）`;
  const [a, b] = parts as [string, string];
  return parsePeriodLabel(a) === null && UNDER_METRIC(b) ? `${a}（${unit}）/${b}` : `${a}/${b}（${unit}）`;
}

/** A lower cell naming a period, a part or a total of the metric above it (2023年3月, 本月, 合计, 其中：女, 男), not a metric of a group. */
const UNDER_METRIC = (b: string): boolean => parsePeriodLabel(b) !== null || relativeWord(b) !== null || GROUP_TOTAL.test(b.trim()) || /^\s*(?:其中|[男女]性?\s*$)/.test(b);

/**
 * A unit cell's unit as written, without its brackets and a `单位：` label (`（万元）`, `单位：万元`,
 * `（单位：万元）` → `万元`): a clerk labels each column's unit so as well.
 */
export function unitCellText(cell: string): string {
  return cell.normalize('NFKC').trim().replace(/^[([【](.*)[)\]】]$/, '$1').replace(UNIT_WORD, '');
}
const UNIT_WORD = /^(?:计量)?单位[:：]\s*/;
