/**
 * Value columns of a wide table whose headers name one metric twice (detect-shape.ts): kept apart.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { matchMetricHeader } from '../vocabulary/metric-aliases';
import { customMetric, type MetricDef } from '../vocabulary/metric-catalog';
import type { PeriodKey } from '../vocabulary/period';

/** What this needs of a measure column (measure-column.ts). */
interface MeasureLike { readonly index: number; readonly name: string; readonly metric: MetricDef; readonly period?: PeriodKey }

/**
 * Two columns whose headers name one metric in one period (`下岗人员` and `失业人员`, both 下岗失业人员;
 * `慰问金额` and `救助金额`): their values would merge or conflict as one. As for two columns of one
 * name, the first keeps the metric and each later one is read as a metric of its own header, with
 * a warning naming both (in place). The two sides of a side-by-side table (rightUnit) each keep theirs.
 */
export function oneColumnPerMetric<M extends MeasureLike>(measures: M[], rightUnit: number, issues: ImportIssue[], at: { file: string }): void {
  const first = new Map<string, M>();
  measures.forEach((m, k) => {
    const key = `${m.metric.id}|${m.period ?? ''}|${rightUnit >= 0 && m.index > rightUnit ? 'right' : ''}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, m);
      return;
    }
    const own = customMetric(matchMetricHeader(m.name).cleaned || m.name.trim(), m.metric.unit);
    issues.push(makeIssue('warning', 'same-metric-columns', { ...at, column: m.index + 1, columnName: m.name },
      `第${earlier.index + 1}列“${earlier.name}”和第${m.index + 1}列“${m.name}”都对应指标“${m.metric.zh}”：第${earlier.index + 1}列按该指标导入，第${m.index + 1}列按列名作为另一个指标“${own.zh}”导入，两列数值没有合并。请核对；如第${m.index + 1}列才是“${m.metric.zh}”，请修改列名后重新导入`,
      `Columns ${earlier.index + 1} ("${earlier.name}") and ${m.index + 1} ("${m.name}") both name ${m.metric.en}: the first is read as it, the second as a metric of its own header; not merged.`));
    measures[k] = { ...m, metric: own };
  });
}
