/**
 * Total columns: how a 合计 header is spelled (SUBTOTAL_NAME, totalHeader, GROUP_TOTAL) and a total
 * column beside the values it sums (RowTotal, checked on every row by records/row-total-check.ts).
 */
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
