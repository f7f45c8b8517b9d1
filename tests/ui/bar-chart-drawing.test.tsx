// @vitest-environment jsdom
/**
 * The bar chart is drawn as plain SVG in one synchronous render: bars, value labels, grid and
 * reference lines are all in the first commit (exports and print capture that commit), and
 * nothing in the page is measured while drawing (each measurement would be a forced layout).
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { SpecBarChart } from '../../src/charts/SpecBarChart';

const names = Array.from({ length: 30 }, (_, i) => `第${i + 1}社区`);
const spec: ChartSpec = {
  kind: 'bar', horizontal: true, title: '各社区再就业人数对比', subtitle: '', source: '', unit: '人',
  categories: names, categoryUnits: names, series: [{ name: '本期', values: names.map((_, i) => 1000 * (30 - i)) }],
  references: [{ label: '中位数', value: 15000 }],
};

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  flushSync(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

const all = (sel: string): Element[] => [...host.querySelectorAll(sel)];

function draw(s: ChartSpec, props: Partial<Parameters<typeof SpecBarChart>[0]> = {}): void {
  flushSync(() => root.render(<SpecBarChart spec={s} width={900} {...props} />));
}

it('draws bars, labels, grid and the reference line in one synchronous render', () => {
  draw(spec);
  expect(all('svg.chart-surface')).toHaveLength(1);
  expect(all('.bar-chart-bar')).toHaveLength(30);
  expect(all('.bar-value-label')).toHaveLength(30);
  expect(all('.chart-category').map((t) => t.textContent)).toEqual(names);
  expect(all('.chart-grid line').length).toBeGreaterThan(2);
  expect(all('.chart-reference line')).toHaveLength(1);
  // The value axis: round numbers from 0 past the largest bar.
  expect(all('.chart-value-tick').map((t) => t.textContent)).toEqual(['0', '1万', '2万', '3万']);
});

it('measures nothing in the page while drawing', () => {
  const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
  draw(spec);
  expect(rect).not.toHaveBeenCalled();
});

it('puts bars in rank order top to bottom, longer for larger values, starting at the axis', () => {
  draw(spec);
  const bars = all('.bar-chart-bar').map((b) => ({ x: Number(b.getAttribute('x')), y: Number(b.getAttribute('y')), w: Number(b.getAttribute('width')) }));
  const x0 = bars[0]!.x;
  expect(bars.every((b) => b.x === x0)).toBe(true);
  for (let i = 1; i < bars.length; i++) {
    expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y);
    expect(bars[i]!.w).toBeLessThan(bars[i - 1]!.w);
  }
  // 30000 of a 0–30000 axis: the whole plot; the reference at 15000 in its middle.
  const ref = Number(all('.chart-reference line')[0]!.getAttribute('x1'));
  expect(ref).toBeCloseTo(x0 + bars[0]!.w / 2, 5);
});

it('gives a 0 a 1 px bar with its label, and leaves a gap (null) without either', () => {
  draw({ ...spec, categories: ['甲', '乙', '丙'], categoryUnits: ['甲', '乙', '丙'], series: [{ name: '本期', values: [5, 0, null] }] });
  expect(all('.bar-chart-bar').map((b) => b.getAttribute('width'))).toEqual([expect.any(String), '1']);
  expect(all('.bar-value-label').map((t) => t.textContent)).toEqual(['5', '0']);
});

it('draws a negative value left of the axis with its label on its left', () => {
  draw({ ...spec, references: [], categories: ['甲', '乙'], categoryUnits: ['甲', '乙'], series: [{ name: '变化', values: [4, -2] }] });
  const [pos, neg] = all('.bar-chart-bar').map((b) => ({ x: Number(b.getAttribute('x')), w: Number(b.getAttribute('width')) }));
  expect(neg!.x + neg!.w).toBeCloseTo(pos!.x, 5); // both meet at 0
  expect(neg!.w).toBeCloseTo(pos!.w / 2, 5);
  expect(all('.bar-value-label')[1]!.getAttribute('text-anchor')).toBe('end');
});

it('draws two periods side by side in each row, each with its own colour and tooltip', () => {
  draw({ ...spec, references: [], series: [{ name: '2024年', values: names.map(() => 3) }, { name: '2023年', values: names.map(() => 2), color: '#8A8F99' }] });
  const series = all('.bar-chart-series');
  expect(series.map((g) => g.getAttribute('data-series'))).toEqual(['2024年', '2023年']);
  const a = series[0]!.querySelector('rect')!;
  const b = series[1]!.querySelector('rect')!;
  expect(Number(b.getAttribute('y'))).toBeGreaterThan(Number(a.getAttribute('y')));
  expect(b.getAttribute('fill')).toBe('#8A8F99');
  expect(a.querySelector('title')!.textContent).toBe('第1社区\n2024年：3人');
});

it('calls onSelectUnit for a click on a bar or on a name, and not for a gap row', () => {
  const picked: string[] = [];
  draw({ ...spec, references: [], categories: ['甲', '⋯', '乙'], categoryUnits: ['甲', null, '乙'], series: [{ name: '本期', values: [3, null, 1] }] },
    { onSelectUnit: (u) => picked.push(u) });
  (all('.bar-chart-bar')[1] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  (all('.chart-category')[0] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  (all('.chart-category')[1] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  expect(picked).toEqual(['乙', '甲']);
  expect(all('.chart-category')[1]!.getAttribute('font-style')).toBe('italic');
});

it('keeps to a fixed domain (small multiples share one scale)', () => {
  draw({ ...spec, references: [], categories: ['甲'], categoryUnits: ['甲'], series: [{ name: '本期', values: [50] }] }, { domain: [0, 100], compact: true });
  expect(all('.chart-value-tick').map((t) => t.textContent)).toEqual(['0', '25', '50', '75', '100']);
});

it('draws columns with every name when they fit and thins them when they do not', () => {
  const cols = (n: number): ChartSpec => ({
    kind: 'bar', title: 't', subtitle: '', source: '', unit: '个', references: [{ label: '中位数', value: 3 }],
    categories: Array.from({ length: n }, (_, i) => `${i * 10}–${i * 10 + 10}`), series: [{ name: '单位数', values: Array.from({ length: n }, (_, i) => i % 7) }],
  });
  draw(cols(6));
  expect(all('.chart-category')).toHaveLength(6);
  const col = all('.bar-chart-bar')[1]!;
  expect(Number(col.getAttribute('height'))).toBeGreaterThan(Number(col.getAttribute('width')) / 10);
  expect(all('.chart-reference text')[0]!.textContent).toBe('中位数 3');
  draw(cols(60));
  const shown = all('.chart-category').length;
  expect(shown).toBeGreaterThan(5);
  expect(shown).toBeLessThan(60);
  expect(all('.bar-chart-bar')).toHaveLength(60); // a 0 is a 1 px column, still drawn
});
