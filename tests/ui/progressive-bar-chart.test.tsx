// @vitest-environment jsdom
/**
 * A progressive bar chart (the 对比 bars on screen) commits its bars and axes first, and its value
 * labels, grid, reference lines and tooltip in a later render, so its first drawing is not one long
 * task. A chart that is not progressive (exports and print, which capture what one synchronous
 * render draws) has everything in that first render.
 */
import { act } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { SpecBarChart } from '../../src/charts/SpecBarChart';

const names = Array.from({ length: 30 }, (_, i) => `第${i + 1}社区`);
const spec: ChartSpec = {
  kind: 'bar', horizontal: true, title: 't', subtitle: '', source: '', unit: '人',
  categories: names, categoryUnits: names, series: [{ name: '本期', values: names.map((_, i) => 1000 * (30 - i)) }],
  references: [{ label: '中位数', value: 15000 }],
};

let host: HTMLDivElement;
let root: Root;
const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  env.IS_REACT_ACT_ENVIRONMENT = false;
  flushSync(() => root.unmount());
  host.remove();
});

const count = (sel: string): number => host.querySelectorAll(sel).length;

function drawSynchronously(progressive: boolean): void {
  // Outside act(): what one synchronous render commits, as the export and print paths render.
  env.IS_REACT_ACT_ENVIRONMENT = false;
  flushSync(() => root.render(<SpecBarChart spec={spec} width={900} progressive={progressive} />));
}

it('draws bars first and the labels, grid and reference line in the next render', async () => {
  drawSynchronously(true);
  expect(count('.recharts-bar-rectangle')).toBe(30);
  expect(count('.bar-value-label')).toBe(0);
  expect(count('.recharts-cartesian-grid')).toBe(0);
  expect(count('.recharts-reference-line')).toBe(0);
  // The deferred render follows in a later task.
  for (let i = 0; i < 20 && count('.bar-value-label') === 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(count('.recharts-bar-rectangle')).toBe(30);
  expect(count('.bar-value-label')).toBe(30);
  expect(count('.recharts-cartesian-grid')).toBe(1);
  expect(count('.recharts-reference-line')).toBe(1);
});

it('draws everything in one synchronous render when it is not progressive (export, print)', () => {
  drawSynchronously(false);
  expect(count('.recharts-bar-rectangle')).toBe(30);
  expect(count('.bar-value-label')).toBe(30);
  expect(count('.recharts-cartesian-grid')).toBe(1);
  expect(count('.recharts-reference-line')).toBe(1);
});

it('keeps everything drawn when a progressive chart re-renders with new data', async () => {
  env.IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => root.render(<SpecBarChart spec={spec} width={900} progressive />));
  expect(count('.bar-value-label')).toBe(30);
  const fewer = { ...spec, categories: names.slice(0, 10), categoryUnits: names.slice(0, 10), series: [{ name: '本期', values: names.slice(0, 10).map(() => 5) }] };
  env.IS_REACT_ACT_ENVIRONMENT = false;
  flushSync(() => root.render(<SpecBarChart spec={fewer} width={900} progressive />));
  // An update is not a first drawing: the labels stay in the same render.
  expect(count('.recharts-bar-rectangle')).toBe(10);
  expect(count('.bar-value-label')).toBe(10);
});
