/**
 * A one-community form written without its header: each row a metric and its value (`常住人口 | 1200`, `新增就业 | 12`),
 * the community and period above it (`填报单位 | 花园路社区`, `统计期间 | 2024年3月`) or in the file name. It is read as the
 * form `项目 | 本月` it is (vertical-form.ts), its header said to be missing (find-header.ts).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { parseValue } from '../cells/parse-value';
import { matchDimensionHeader, matchMetricHeader, measureUnitOf } from '../vocabulary/metric-aliases';
import { rowKind } from '../cells/row-label';
import { endsLikeUnit } from '../vocabulary/place-words';

/** The header a form without one is read with: the metric names, this period's values, and each one's unit when written beside it. */
const KEY_VALUE_HEADER: readonly string[] = ['项目', '本月', '单位'];

/**
 * The header the written rows from `from` (to `end`, skipping blank ones, those `skip` says and a footer: 填表人 | 王丽) are
 * read with when each is a name and a value, maybe its unit after it (`常住人口 | 1200 | 人`), and nothing else, at least one
 * name a metric the catalogue knows and none a unit's, a street's or a column's name; else null.
 */
export function keyValueHeader(rows: readonly (readonly string[])[], from: number, end: number, skip: (i: number) => boolean): readonly string[] | null {
  let known = 0;
  let width = 0;
  for (let i = from; i < end; i++) {
    if (skip(i)) continue;
    const cells = rows[i]!.map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0 || (width > 0 && rowKind({ cells, unit: '', parent: '', district: '' }) === 'footer')) continue;
    const [name, value, unit] = cells;
    const v = parseValue(value ?? '');
    if (cells.length < 2 || cells.length > 3 || Number.isFinite(Number(name)) || (!Number.isFinite(v.value) && v.missingReason !== 'placeholder')) return null;
    if ((unit !== undefined && measureUnitOf(unit) === undefined) || endsLikeUnit(name!) || matchDimensionHeader(name!) !== null) return null;
    if (matchMetricHeader(name!).metricId !== null) known++;
    width = Math.max(width, cells.length);
  }
  return known > 0 ? KEY_VALUE_HEADER.slice(0, width) : null;
}

/** The note that the rows from `line` are read as a form's `项目 | 本月`, the sheet having no header. */
export function keyValueIssue(file: string, line: number, header: readonly string[]): ImportIssue {
  return makeIssue('info', 'key-value-rows', { file, line },
    `表中没有表头行：第${line}行起每行是指标名称和数值，已按单个社区竖表（${header.join(' | ')}）读取，请核对；在第${line}行上方加一行“${header.join(',')}”可免去此提示`,
    `No header row: from line ${line} each row is a metric and its value, read as one community's form (${header.join(' | ')}).`);
}
