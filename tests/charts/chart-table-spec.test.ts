import { describe, expect, it } from 'vitest';
import { chartTableSpec } from '../../src/charts/chart-table-spec';
import type { ChartSpec } from '../../src/charts/chart-spec';

const SPEC: ChartSpec = {
  kind: 'bar', horizontal: true, title: '各社区再就业人数对比', subtitle: '2024年第二季度', source: '示例数据', unit: '人',
  categories: ['甲', '…（中间3个单位略）', '乙'], categoryUnits: ['甲', null, '乙'], ranked: true,
  series: [
    { name: '2024年第二季度', values: [12, null, 3], marks: ['≈', '', ''], deltas: [2, null, -1] },
    { name: '2024年第一季度', values: [10, null, 4] },
  ],
  references: [{ label: '中位数', value: 19.08 }], notes: ['注一'],
};

describe('chartTableSpec', () => {
  it('one row per unit (gap row left out), values as numbers, marks and signed changes', () => {
    const t = chartTableSpec(SPEC);
    expect(t.columns.map((c) => c.label)).toEqual(['单位', '2024年第二季度（人）', '2024年第二季度标注', '变化（2024年第二季度）', '2024年第一季度（人）']);
    expect(t.columns[3]!.signed).toBe(true);
    expect(t.rows).toEqual([['甲', 12, '≈', 2, 10], ['乙', 3, '', -1, 4]]);
    expect(t.notes).toEqual(['中位数：19.1人', '注一']);
    expect(t.ranked).toBe(true);
  });
});
