/**
 * `项目` merged over two columns: a group merged down the first (就业 beside 再就业人数 and
 * 新增就业人数) and each item in the second, an item without a group written across both (低保户数).
 * The second column has no header of its own; its cells are words, each row's item when written.
 */
import type { HeaderColumn } from './find-header';
import { measureUnitOf } from '../vocabulary/metric-aliases';
import { isNamelessName } from './nameless-column';

/**
 * The column of the items beside the metric column `columns[k]`, or -1: the next column, nameless
 * (`列B`), whose sampled cells are words (some written, none a number or a unit of measure), one at
 * least beside a blank of the metric column (an item under its group, merged down).
 */
export function itemColumnAfter(columns: readonly HeaderColumn[], k: number, sampleOf: ((column: number) => readonly string[]) | undefined): number {
  const metric = columns[k];
  const next = columns[k + 1];
  if (metric === undefined || next === undefined || next.index !== metric.index + 1 || !isNamelessName(next.name) || k + 2 >= columns.length) return -1;
  const items = (sampleOf?.(next.index) ?? []).map((c) => c.trim());
  const groups = sampleOf?.(metric.index) ?? [];
  const written = items.filter((c) => c !== '');
  const words = written.length > 0 && written.every((c) => Number.isNaN(Number(c.replace(/[,，%]/g, ''))) && measureUnitOf(c) === undefined);
  // Under a group merged down, an item beside a blank: a remark beside every item it follows is no item.
  return words && items.some((c, r) => c !== '' && (groups[r] ?? '').trim() === '') ? next.index : -1;
}
