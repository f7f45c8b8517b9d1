/**
 * Value columns of a wide table whose headers name one metric twice (detect-shape.ts): kept apart,
 * unless they name one period of it (`2024年3月 | 3月`): then one, said.
 */
import { columnLetter, type ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchMetricHeader } from '../vocabulary/metric-aliases';
import { customMetric, type MetricDef } from '../vocabulary/metric-catalog';
import type { PeriodKey } from '../vocabulary/period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { headerAsWritten } from './find-header';
import { isPeriodWord, splitHeader } from './split-header';

/** What this needs of a measure column (measure-column.ts). */
interface MeasureLike { readonly index: number; readonly name: string; readonly metric: MetricDef; readonly period?: PeriodKey; readonly toDate?: true; readonly month?: true }

/**
 * Two columns whose headers name one metric in one period (`下岗人员` and `失业人员`, both 下岗失业人员;
 * `慰问金额` and `救助金额`): their values would merge or conflict as one. As for two columns of one
 * name, the first keeps the metric and each later one is read as a metric of its own header, with
 * a warning naming both (in place). The two sides of a side-by-side table (rightUnit) each keep theirs.
 */
export function oneColumnPerMetric<M extends MeasureLike>(measures: M[], rightUnit: number, issues: ImportIssue[], at: { file: string }, hidden: ReadonlySet<number> = new Set()): void {
  const first = new Map<string, number>();
  measures.forEach((m, k) => {
    // (本月再就业人数 beside 再就业人数 and a 期间 column: the row span's last month, another period.)
    const key = `${m.metric.id}|${m.period ?? (m.toDate === true ? 'C' : m.month === true ? 'M' : '')}|${rightUnit >= 0 && m.index > rightUnit ? 'right' : ''}`;
    const e = first.get(key);
    if (e === undefined) {
      first.set(key, k);
      return;
    }
    const earlier = measures[e]!;
    // One period written twice (`2024年3月 | 3月`, `再就业人数/2024年3月 | 再就业人数/3月`): both are that
    // period's, so their numbers merge or conflict; said here. Two names of the metric (`下岗人员/2024年3月 |
    // 失业人员/2024年3月`) are kept apart, as below.
    if (m.period !== undefined && writtenMetricName(earlier.name) === writtenMetricName(m.name)) {
      issues.push(samePeriodColumnsIssue(earlier, m, m.period, m.metric, at));
      return;
    }
    // A hidden column (the clerk did not see it) gives way to a visible one: the visible one keeps the metric.
    const swap = hidden.has(earlier.index) && !hidden.has(m.index);
    const [kept, other, o] = swap ? [m, earlier, e] : [earlier, m, k];
    if (swap) first.set(key, k);
    // Its header without the unit may be the shared name itself (户籍人口（户）, 户籍人口（人）): then the whole header.
    const bare = customMetric(matchMetricHeader(other.name).cleaned || other.name.trim(), other.metric.unit);
    const own = bare.id === m.metric.id ? customMetric(other.name.trim(), other.metric.unit) : bare;
    const col = (x: M): string => `第${x.index + 1}列${hidden.has(x.index) ? `（${columnLetter(x.index + 1)}列，隐藏）` : ''}“${x.name}”`;
    issues.push(makeIssue('warning', 'same-metric-columns', { ...at, column: other.index + 1, columnName: other.name },
      `${col(earlier)}和${col(m)}都对应指标“${m.metric.zh}”：第${kept.index + 1}列按该指标导入，第${other.index + 1}列按列名作为另一个指标“${own.zh}”导入，两列数值没有合并。请核对；${hidden.has(other.index) ? '如隐藏列是旧数据或草稿，请在Excel中删除后重新导入' : `如第${other.index + 1}列才是“${m.metric.zh}”，请修改列名后重新导入`}`,
      `Columns ${earlier.index + 1} ("${earlier.name}") and ${m.index + 1} ("${m.name}") both name ${m.metric.en}: column ${kept.index + 1} is read as it, column ${other.index + 1} as a metric of its own header; not merged.`));
    measures[o] = { ...other, metric: own };
  });
}

/**
 * A header's metric name as written, without its period words and a repeated header's number
 * (`再就业人数/3月` → 再就业人数, `慰问金额（本月）` → 慰问金额; `2024年3月`, `3月 (2)` → '').
 */
function writtenMetricName(name: string): string {
  const h = headerAsWritten(name).trim();
  if (isPeriodWord(h)) return '';
  return splitHeader(h, 2000).metricName.replace(/\s+/g, '');
}

/**
 * The warning for a second column of one period (`2024年3月 | 3月`, a form's `本月 | 本月`), at it: read
 * as that period too, so the two columns' numbers merge or conflict. `metric` when the columns have one.
 */
export function samePeriodColumnsIssue(
  earlier: { index: number; name: string }, later: { index: number; name: string }, period: PeriodKey, metric: MetricDef | undefined, at: { file: string },
): ImportIssue {
  return makeIssue('warning', 'same-period-columns', { ...at, column: later.index + 1, columnName: later.name },
    `第${earlier.index + 1}列“${earlier.name}”和第${later.index + 1}列“${later.name}”都是${metric?.zh ?? ''}${formatPeriodLabel(period, 'zh')}的数：相同的数合并，不同的数为冲突；请核对，删除多余的一列后重新导入`,
    `Columns ${earlier.index + 1} ("${earlier.name}") and ${later.index + 1} ("${later.name}") are both ${metric !== undefined ? `${metric.en} ` : ''}${formatPeriodLabel(period, 'en')}: equal numbers merge, different ones conflict.`);
}
