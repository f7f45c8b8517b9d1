/** Small chart and table specs shared by the export tests. */
import type { ChartSpec, TableSpec } from '../../src/charts/chart-spec';

export const UNITS = ['祥福里', '咸水沽', '双港', '辛庄', '八里台'];

export const BAR: ChartSpec = {
  kind: 'bar', title: '各社区再就业人数对比', subtitle: '再就业人数 · 2024年第二季度 · 人', source: '示例数据',
  categories: UNITS, unit: '人',
  series: [{ name: '再就业人数', values: [120, 80, null, 95, 60], marks: ['', '≈', '', '', '＞'] }],
  references: [{ label: '中位数', value: 87.5 }, { label: '平均数', value: 88.75 }],
  notes: ['带≈的数值为约数'],
};

export const LINE: ChartSpec = {
  kind: 'line', title: '再就业人数趋势', subtitle: '2024年1-6月', source: '示例数据', unit: '人',
  categories: ['1月', '2月', '3月', '4月', '5月', '6月'],
  series: [{ name: '祥福里', values: [10, 12, null, 15, 18, 20] }, { name: '双港', values: [8, 9, 11, null, 12, 13] }],
};

export const HBAR: ChartSpec = { ...BAR, title: '横向对比', horizontal: true };

export const SCATTER: ChartSpec = {
  kind: 'scatter', title: '常住人口与志愿者', subtitle: '2024年', source: '示例数据', unit: '人', categories: UNITS,
  series: [{ name: '常住人口', values: [1000, 2000, 3000, 4000, 5000] }, { name: '注册志愿者', values: [100, 150, null, 300, 320] }],
};

/** A league table of `n` rows: rank, unit, value, rank change. */
export function league(n: number): TableSpec {
  return {
    title: '再就业人数排行', subtitle: '2024年第二季度', source: '示例数据',
    columns: [
      { key: 'rank', label: '排名', numeric: true }, { key: 'unit', label: '社区' },
      { key: 'value', label: '再就业人数', numeric: true }, { key: 'change', label: '名次变化', numeric: true, rankChange: true },
    ],
    rows: Array.from({ length: n }, (_, i) => [i + 1, `社区${i + 1}`, 2000 - i * 37.5, (i % 3) - 1]),
  };
}
