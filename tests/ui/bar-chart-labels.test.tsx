// @vitest-environment jsdom
/** Value labels stay on their own bars across a gap row; long names are shortened. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { SpecBarChart } from '../../src/charts/SpecBarChart';

afterEach(cleanup);

it('labels every bar after a gap row with its own value and change', () => {
  const spec: ChartSpec = {
    kind: 'bar', horizontal: true, title: 't', subtitle: '', source: '', unit: '人',
    categories: ['甲', '⋯', '乙', '丙'], categoryUnits: ['甲', null, '乙', '丙'],
    series: [
      { name: '本期', values: [0, null, 3, 1], deltas: [-1, null, 2, 0], marks: ['', '', '≈', ''] },
      { name: '上期', values: [1, null, 1, 1] },
    ],
  };
  const { container } = render(<SpecBarChart spec={spec} width={600} />);
  const labels = [...container.querySelectorAll('.bar-value-label')].map((t) => t.textContent);
  expect(labels).toEqual(['0↓1', '≈3↑2', '1±0', '1', '1', '1']);
});

it('shortens a name too long for a small chart’s axis, keeping the full name as its tooltip', () => {
  const spec: ChartSpec = {
    kind: 'bar', horizontal: true, title: 't', subtitle: '', source: '', unit: '人',
    categories: ['天津市仪表无线电工业学校社区', '甲社区'], categoryUnits: ['天津市仪表无线电工业学校社区', '甲社区'],
    series: [{ name: '本期', values: [3, 5] }],
  };
  const { container } = render(<SpecBarChart spec={spec} width={400} compact />);
  const ticks = [...container.querySelectorAll('text.chart-category[data-unit]')];
  // compact axis: at most 150 px at 11 px → (150 − 8) / 11 ≈ 12.9 em.
  expect(ticks.map((t) => t.lastChild?.textContent)).toEqual(['天津市仪表无线电工…社区', '甲社区']);
  expect(ticks[0]!.querySelector('title')!.textContent).toBe('天津市仪表无线电工业学校社区');
});
