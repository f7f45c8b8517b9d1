// @vitest-environment jsdom
/**
 * Value axes write their ticks so that no two read alike, and as the slides write them: a spread
 * trend whose 变异系数 runs 0.09–0.19 (ticks 0.05 apart) read 0.2, 0.2, 0.1, 0.1, 0 on the page
 * (one decimal, compact), while its slide's number format gave 0.00, 0.05, … 0.20.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { SpecBarChart } from '../../src/charts/SpecBarChart';
import { SpecLineChart } from '../../src/charts/SpecLineChart';
import { specValueAxis, tickForm, tickFormOf, tickText } from '../../src/charts/scale';
import { axisFormatCode } from '../../src/export/pptx-bar-geometry';

afterEach(cleanup);

const spec = (kind: 'line' | 'bar', values: number[], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  kind, title: '再就业人数：差距变化', subtitle: '', source: '', unit: '', categories: values.map((_, k) => `2024年第${k + 1}季度`),
  series: [{ name: '变异系数', values }, { name: '基尼系数', values: values.map((v) => v / 2) }], ...extra,
});

describe('tickForm / tickText: as many decimals as the step needs, 万 from 10,000 in steps of 1,000', () => {
  it('ticks 0.05 apart keep two decimals; 0.1 apart one; whole steps none', () => {
    const f = tickFormOf([0, 0.05, 0.1, 0.15, 0.2]);
    expect([0, 0.05, 0.1, 0.15, 0.2].map((v) => tickText(v, 'zh', f))).toEqual(['0.00', '0.05', '0.10', '0.15', '0.20']);
    expect([0, 0.1, 0.2].map((v) => tickText(v, 'zh', tickFormOf([0, 0.1, 0.2])))).toEqual(['0.0', '0.1', '0.2']);
    expect([0, 500, 1000, 1500].map((v) => tickText(v, 'zh', tickFormOf([0, 500, 1000, 1500])))).toEqual(['0', '500', '1,000', '1,500']);
  });

  it('万 with one decimal unless whole 万 apart; 10,500 apart from 10,000 below a 1,000 step', () => {
    const f = tickFormOf([0, 5000, 10000, 15000, 20000]);
    expect(f).toEqual({ wan: true, decimals: 1 });
    expect([0, 5000, 15000].map((v) => tickText(v, 'zh', f))).toEqual(['0', '0.5万', '1.5万']);
    // Whole 万 apart: no decimal on the page (the slide's format keeps one: 1.0万).
    expect([0, 10000, 20000].map((v) => tickText(v, 'zh', tickFormOf([0, 10000, 20000])))).toEqual(['0', '1万', '2万']);
    expect([10000, 10500, 11000].map((v) => tickText(v, 'zh', tickFormOf([10000, 10500, 11000])))).toEqual(['10,000', '10,500', '11,000']);
  });

  it('the slides\' number format follows the same form', () => {
    expect(axisFormatCode(0, 0.2, 0.05)).toBe('#,##0.00');
    expect(tickForm(0, 0.2, 0.05)).toEqual({ wan: false, decimals: 2 });
    expect(axisFormatCode(0, 20000, 5000)).toBe('0\\.0,"万"');
  });
});

describe('the page\'s charts: ticks that never read alike', () => {
  const ticksOf = (container: HTMLElement, selector: string) => [...container.querySelectorAll(selector)].map((t) => t.textContent ?? '');

  it('a line chart of 0.09–0.19 shows the slide\'s axis: 0.00 to 0.20 by 0.05', () => {
    const s = spec('line', [0.19, 0.17, 0.15, 0.09]);
    const { container } = render(<SpecLineChart spec={s} width={800} height={300} />);
    // recharts draws the tick texts in a layer of their own: the value axis's are those that are not the periods.
    const ticks = ticksOf(container, '.recharts-cartesian-axis-tick-value').filter((t) => !s.categories.includes(t));
    expect(ticks).toEqual(['0.00', '0.05', '0.10', '0.15', '0.20']);
    expect(specValueAxis(s).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
  });

  it('a column chart of CVs has distinct tick texts', () => {
    const { container } = render(<SpecBarChart spec={spec('bar', [0.19, 0.17, 0.15, 0.09])} width={800} height={300} />);
    const ticks = ticksOf(container, '.chart-value-tick');
    expect(ticks.length).toBeGreaterThan(3);
    expect(new Set(ticks).size).toBe(ticks.length);
  });
});
