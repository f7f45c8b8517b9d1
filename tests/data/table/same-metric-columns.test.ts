import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src/data/report/import-report';
import { oneColumnPerMetric } from '../../../src/data/table/same-metric-columns';
import { matchMetricHeader } from '../../../src/data/vocabulary/metric-aliases';
import { canonicalMetric } from '../../../src/data/vocabulary/metric-catalog';

const measure = (index: number, name: string) => ({ index, name, metric: canonicalMetric(matchMetricHeader(name).metricId!)! });

describe('oneColumnPerMetric', () => {
  it('two headers of one metric: the first keeps it, the second is read as a metric of its own header', () => {
    const ms = [measure(1, '下岗人员'), measure(2, '失业人员')];
    const issues: ImportIssue[] = [];
    oneColumnPerMetric(ms, -1, issues, { file: 'f.csv' });
    expect(ms[0]!.metric.zh).toBe('下岗失业人员');
    expect(ms[1]!.metric.id).toMatch(/^custom:/);
    expect(issues).toMatchObject([{ code: 'same-metric-columns', column: 3, columnName: '失业人员' }]);
  });

  it('a hidden first column gives the metric to the visible one; the warning is at the hidden column and names it', () => {
    const ms = [measure(1, '下岗人员'), measure(2, '失业人员')];
    const issues: ImportIssue[] = [];
    oneColumnPerMetric(ms, -1, issues, { file: 'f.xlsx' }, new Set([1]));
    expect(ms[1]!.metric.zh).toBe('下岗失业人员');
    expect(ms[0]!.metric.id).toMatch(/^custom:/);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'same-metric-columns', column: 2, columnName: '下岗人员' });
    expect(issues[0]!.message).toContain('第2列（B列，隐藏）“下岗人员”');
    expect(issues[0]!.message).toContain('第3列按该指标导入，第2列按列名作为另一个指标');
    expect(issues[0]!.message).toContain('如隐藏列是旧数据或草稿，请在Excel中删除后重新导入');
  });

  it('a third column of the metric after the swap is compared with the visible one', () => {
    const ms = [measure(1, '下岗人员'), measure(2, '失业人员'), measure(3, '下岗失业人员')];
    const issues: ImportIssue[] = [];
    oneColumnPerMetric(ms, -1, issues, { file: 'f.xlsx' }, new Set([1]));
    expect(ms.map((m) => m.metric.id.startsWith('custom:'))).toEqual([true, false, true]);
    expect(issues.map((i) => i.column)).toEqual([2, 4]);
  });
});
