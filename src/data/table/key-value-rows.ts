/**
 * A one-community form written without its header: each row a metric and its value (`常住人口 | 1200`, `新增就业 | 12`),
 * the community and period above it (`填报单位 | 花园路社区`, `统计期间 | 2024年3月`) or in the file name. It is read as the
 * form `项目 | 本月` it is (vertical-form.ts), its header said to be missing (find-header.ts).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { parseValue } from '../cells/parse-value';
import { matchDimensionHeader, matchMetricHeader } from '../vocabulary/metric-aliases';
import { endsLikeUnit } from '../vocabulary/place-words';

/** The header a form without one is read with: the metric names, then this period's values. */
export const KEY_VALUE_HEADER: readonly string[] = ['项目', '本月'];

/**
 * True when the written rows from `from` (to `end`, skipping blank ones and those in `skip`) are each a name and a value
 * and nothing else, at least one name a metric the catalogue knows and none a unit's, a street's or a column's name.
 */
export function keyValueRows(rows: readonly (readonly string[])[], from: number, end: number, skip: (i: number) => boolean): boolean {
  let known = 0;
  let seen = 0;
  for (let i = from; i < end; i++) {
    if (skip(i)) continue;
    const cells = rows[i]!.map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0) continue;
    const [name, value] = cells;
    const v = parseValue(value!);
    if (cells.length !== 2 || Number.isFinite(Number(name)) || (!Number.isFinite(v.value) && v.missingReason !== 'placeholder')) return false;
    if (endsLikeUnit(name!) || matchDimensionHeader(name!) !== null) return false;
    if (matchMetricHeader(name!).metricId !== null) known++;
    seen++;
  }
  return seen > 0 && known > 0;
}

/** The note that the rows from `line` are read as a form's `项目 | 本月`, the sheet having no header. */
export function keyValueIssue(file: string, line: number): ImportIssue {
  return makeIssue('info', 'key-value-rows', { file, line },
    `表中没有表头行：第${line}行起每行是指标名称和数值，已按单个社区竖表（${KEY_VALUE_HEADER.join(' | ')}）读取，请核对；在第${line}行上方加一行“${KEY_VALUE_HEADER.join(',')}”可免去此提示`,
    `No header row: from line ${line} each row is a metric and its value, read as one community's form (${KEY_VALUE_HEADER.join(' | ')}).`);
}
