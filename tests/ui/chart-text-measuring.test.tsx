// @vitest-environment jsdom
/**
 * Drawing a chart does not measure its axis labels in the page: each measurement is a forced
 * layout, and measuring 30 unit names and the value ticks was the costliest part of drawing the
 * 对比 bars at city scale. A bar chart's value axis shows every tick; its category axis asks for no
 * grid lines. (Counts are jsdom's: its zero sizes make recharts measure less than a browser does.)
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { SpecBarChart } from '../../src/charts/SpecBarChart';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const names = Array.from({ length: 30 }, (_, i) => `第${i + 1}社区`);

function measuredWhile(draw: () => void): number {
  const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
  draw();
  return rect.mock.calls.length;
}

it('draws 30 horizontal bars without measuring the names or the value ticks', () => {
  const spec: ChartSpec = {
    kind: 'bar', horizontal: true, title: 't', subtitle: '', source: '', unit: '人',
    categories: names, categoryUnits: names, series: [{ name: '本期', values: names.map((_, i) => 1000 * (30 - i)) }],
  };
  let container!: HTMLElement;
  // The chart's own offset reads and the words of the five value ticks (recharts' <Text>): 8 in jsdom;
  // 18 before, when the grid measured every name.
  expect(measuredWhile(() => ({ container } = render(<SpecBarChart spec={spec} width={900} />)))).toBeLessThanOrEqual(8);
  expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(30);
  expect(container.querySelectorAll('.recharts-cartesian-grid-vertical line').length).toBeGreaterThan(2);
  expect(container.querySelectorAll('.recharts-cartesian-grid-horizontal line')).toHaveLength(0);
});

it('draws vertical bars without measuring the value ticks', () => {
  const few = names.slice(0, 12);
  const bars: ChartSpec = {
    kind: 'bar', title: 't', subtitle: '', source: '', unit: '人',
    categories: few, categoryUnits: few, series: [{ name: '本期', values: few.map((_, i) => 10 * i) }],
  };
  // The category axis skips names that would collide, and so measures them; the value ticks are not
  // measured any more (43 measurements in jsdom before, 30 after).
  expect(measuredWhile(() => render(<SpecBarChart spec={bars} width={900} />))).toBeLessThanOrEqual(30);
});
