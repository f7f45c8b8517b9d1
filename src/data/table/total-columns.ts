/**
 * Total columns: how a 合计 header is spelled (SUBTOTAL_NAME, totalHeader, GROUP_TOTAL) and a total
 * column beside the values it sums (RowTotal, checked on every row by records/row-total-check.ts).
 */
import { matchMetricHeader } from '../vocabulary/metric-aliases';
import { TOTAL_WORD } from '../vocabulary/remark-words';

/** A 合计 column: the sum of the periods across the top (or of the units across a transposed table's top). */
export const SUBTOTAL_NAME = /^(合计|小计|总计|全街道|全镇|全区|全乡|汇总)$|(合计|小计|总计)$/;

/**
 * A header as a total is spelled, without spaces and a unit in brackets: `合 计`, `合计（人）` →
 * `合计`, and `合计数` → `合计`; for SUBTOTAL_NAME and the group total.
 */
export function totalHeader(name: string): string {
  return name.replace(/\s+/g, '').replace(/[（(][^（）()]*[)）]$/, '').replace(/^(合计|小计|总计)数$/, '$1');
}

/** The total under a group header, or a total column beside the metrics (after totalHeader). */
export const GROUP_TOTAL = new RegExp(`^${TOTAL_WORD}$`);

/** A total column beside the values it sums: not imported, each row checked (records/row-total-check.ts). */
export interface RowTotal {
  /** 0-based raw column index. */
  readonly index: number;
  readonly name: string;
  /** Positions in the table's measures of the columns it sums. */
  readonly covers: readonly number[];
}

/**
 * The headers a group's 小计 (`就业/小计`) sums when the group is over two catalogue metrics or more
 * (`就业/下岗失业人员`, `就业/再就业人数`): a row total, as a 合计 beside the metrics is, not the group's
 * metric (people added to yuan under 救助). Null for any other header, and for a group's 合计 over
 * its parts (`就业技能培训` over 男 | 女 | 合计), which is the group's metric.
 */
export function groupRowTotal(name: string, headers: readonly string[]): Set<string> | null {
  const parts = name.trim().split('/');
  if (parts.length !== 2 || !GROUP_TOTAL.test(totalHeader(parts[1]!))) return null;
  const group = `${parts[0]}/`;
  const under = headers.map((h) => h.trim()).filter((h) => h.startsWith(group) && h !== name.trim() && h.indexOf('/', group.length) < 0);
  const ids = new Set(under.map((h) => matchMetricHeader(h.slice(group.length)).metricId));
  return under.length >= 2 && !ids.has(null) && ids.size === under.length ? new Set(under) : null;
}
