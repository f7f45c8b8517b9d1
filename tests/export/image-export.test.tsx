// @vitest-environment jsdom
/**
 * Exported images: notes (reference lines first for horizontal bars) and a legend in the 16:9
 * frame; a bar chart of 154 units exports its top and bottom 15, drawn again off-screen, not the
 * page's 154-row drawing; the dataset XLSX refuses more rows than a sheet holds.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../src/charts/chart-spec';
import type { Dataset } from '../../src/data/dataset/dataset';
import { exportDatasetXlsx, imageLegend, imageNotes } from '../../src/export/export-actions';
import { NOTE_LINES, serializeChartSvg, wrapNotes } from '../../src/export/svg-export';

const exportChartPng = vi.fn<(el: SVGSVGElement, spec: ChartSpec, fileBase: string, scale: 1 | 2) => Promise<void>>(async () => undefined);
vi.mock('../../src/export/export-actions', async (load) => ({
  ...(await load<typeof import('../../src/export/export-actions')>()),
  exportChartPng: (...args: Parameters<typeof exportChartPng>) => exportChartPng(...args),
}));

afterEach(() => { cleanup(); exportChartPng.mockClear(); });

function bars(n: number): ChartSpec {
  const names = Array.from({ length: n }, (_, i) => `社区${i + 1}`);
  return {
    kind: 'bar', horizontal: true, title: '各社区再就业人数对比', subtitle: '2024年第四季度', source: '示例数据', unit: '人',
    categories: names, categoryUnits: names, series: [{ name: '再就业人数', values: names.map((_, i) => n - i), color: '#0072B2' }],
    references: [{ label: '中位数', value: 77.5 }, { label: '平均值', value: 77.5 }], notes: ['另有2个单位无数据，未列入图中（不按0计）。'],
    ranked: true,
  };
}

describe('image notes and legend', () => {
  it('puts the reference lines first for horizontal bars, then the spec notes', () => {
    expect(imageNotes(bars(3))).toEqual(['参考线：中位数 77.5人（虚线），平均值 77.5人（点线）', '另有2个单位无数据，未列入图中（不按0计）。']);
    expect(imageNotes({ ...bars(3), horizontal: false })).toEqual(['另有2个单位无数据，未列入图中（不按0计）。']);
  });
  it('names the series only when there are two or more', () => {
    expect(imageLegend(bars(3))).toEqual([]);
    const two: ChartSpec = { ...bars(3), kind: 'line', series: [{ name: '甲', values: [1] }, { name: '中位数', values: [1], color: '#555555', reference: true }] };
    expect(imageLegend(two)).toEqual([{ label: '甲', color: '#0072B2' }, { label: '中位数', color: '#555555', dashed: true }]);
  });
  it.each<[string[], number, string[]]>([
    [['短注'], 40, ['短注']],
    [['一二三四五六七八九十'], 4, ['一二三四', '五六七八', '九十']],
    [['one two three four'], 6, ['one two', 'three four']],
    [['一二三四五六七八九十一二三四五'], 4, ['一二三四', '五六七八', '九十一…']],
    [['甲', '乙', '丙', '丁'], 10, ['甲', '乙', '丙…']],
  ])('wraps %o at %d ems', (notes, em, lines) => {
    expect(wrapNotes(notes, em)).toEqual(lines);
    expect(wrapNotes(notes, em).length).toBeLessThanOrEqual(NOTE_LINES);
  });
  it('the frame prints notes and legend as text and shrinks the chart to make room', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400"><rect width="10" height="10"/></svg>';
    const svg = host.querySelector('svg')!;
    const plain = new DOMParser().parseFromString(serializeChartSvg(svg, { title: 't', subtitle: 's', source: 'x', date: 'd' }), 'image/svg+xml');
    const text = serializeChartSvg(svg, { title: 't', subtitle: 's', source: 'x', date: 'd', notes: ['注一', '注二'], legend: [{ label: '甲', color: '#0072B2' }, { label: '乙', color: '#E69F00' }] });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = [...doc.documentElement.children].filter((e) => e.localName === 'text').map((e) => e.textContent);
    expect(texts).toEqual(['t', 's', '甲', '乙', '注一', '注二', '数据来源：x', '导出日期：d']);
    const height = (d: Document) => Number(d.documentElement.querySelector('svg')!.getAttribute('height'));
    expect(height(doc)).toBeCloseTo(height(plain) - 40 - 64, 5);
  });
});

describe('long bar charts', () => {
  it('PNG of 154 bars draws the top and bottom 15 off-screen with the note', async () => {
    const { exportMenuEntries } = await import('../../src/ui/export/export-menu-entries');
    const live = document.createElement('div');
    const entries = exportMenuEntries({ spec: bars(154), svgContainer: () => live, fileBase: 'f', trimImage: true });
    const status = await entries.find((e) => e.key === 'png')!.run();
    expect(status).toEqual({ text: '已导出 PNG', error: false, key: 'donePng' });
    const [el, shown] = exportChartPng.mock.calls[0]!;
    expect(shown.categories).toHaveLength(31);
    expect(shown.notes![0]).toBe('共154个单位，仅显示前15名和后15名（完整名单见排行表）。');
    expect(el.localName).toBe('svg');
    // The off-screen drawing was removed after the export.
    expect(document.querySelector('.export-offscreen')).toBeNull();
  });
  it('without trimImage (not a sorted chart) the page drawing is used', async () => {
    const { exportMenuEntries } = await import('../../src/ui/export/export-menu-entries');
    const live = document.createElement('div');
    live.innerHTML = '<svg class="recharts-surface" width="10" height="10"></svg>';
    const entries = exportMenuEntries({ spec: bars(154), svgContainer: () => live, fileBase: 'f' });
    await entries.find((e) => e.key === 'png')!.run();
    const [el, shown] = exportChartPng.mock.calls[0]!;
    expect(el).toBe(live.querySelector('svg'));
    expect(shown.categories).toHaveLength(154);
  });
});

describe('dataset XLSX', () => {
  it('refuses (returns false) a dataset with more rows than one Excel sheet holds', async () => {
    const huge = { obs: { value: { length: 1_048_576 } } } as unknown as Dataset;
    expect(await exportDatasetXlsx(huge, 'x', 'x')).toBe(false);
  });
});
