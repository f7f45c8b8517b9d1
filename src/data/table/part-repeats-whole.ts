/**
 * `其中：再就业人数` right under (or after) 再就业人数 itself: a 其中 should be a part of the metric
 * above it (其中：女), but this one names that very metric, so which part it holds is not said. Read
 * as the metric it names, the metric would have two numbers (a conflict with no word why); read as
 * a part it would be named 再就业人数（其中：再就业人数）. It is left out instead, the metric above
 * imported, with a warning naming both cells and what to do. Rows (long, form, transposed) and
 * columns (wide) alike.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { MetricDef } from '../vocabulary/metric-catalog';
import { metricFor, partWritten } from './header-metric';

/** Why a 其中 row repeating its metric is not imported (the row's reason). */
export const PART_REPEATS_REASON = '“其中”行重复了上一行的指标，看不出是哪一部分';

/** True when `name` is a 其中 naming `whole`'s own metric (`其中：再就业人数`, `其中:再就业人数（人）` under 再就业人数). */
export function partRepeatsWhole(name: string, whole: MetricDef): boolean {
  const written = partWritten(name);
  return written !== null && metricFor(written).def.id === whole.id;
}

/**
 * The warning at the 其中 cell: a row's (`line` is the 其中 row's, `other` the whole's line) or a
 * column's (`at.column` the 其中 column, `other` the whole's column; `otherText` its header).
 */
export function partRepeatsIssue(
  kind: 'row' | 'column', text: string, other: number, otherText: string, metric: string, at: IssueAt & { line: number; column: number },
): ImportIssue {
  const what = `如是其中某一部分，请在${kind === 'row' ? '' : '列名'}“其中：”后写明是哪一部分；如就是“${metric}”的数，请删去这一${kind === 'row' ? '行' : '列'}，然后重新导入`;
  return kind === 'row'
    ? makeIssue('warning', 'part-repeats-metric', at,
      `第${at.line}行指标“${text}”重复了其上第${other}行的指标“${otherText}”：“其中”应是上一行指标的一部分（如“其中：女”），这里写的却是同一个指标，看不出是哪一部分，该行未导入（第${other}行的数值照常导入）。${what}`,
      `Line ${at.line}: "${text}" repeats the metric of line ${other} ("${otherText}") above it; a 其中 row is a part of the metric above, but which part is not said. Not imported (line ${other} is). Name the part after 其中, or delete the row.`)
    : makeIssue('warning', 'part-repeats-metric', at,
      `第${at.column}列“${text}”重复了其左第${other}列“${otherText}”的指标“${metric}”：“其中”应是左边一列指标的一部分（如“其中：女”），这里写的却是同一个指标，看不出是哪一部分，该列未导入（第${other}列照常导入）。${what}`,
      `Column ${at.column} ("${text}") repeats the metric of column ${other} ("${otherText}") to its left; a 其中 column is a part of it, but which part is not said. Not imported (column ${other} is). Name the part after 其中, or delete the column.`);
}
