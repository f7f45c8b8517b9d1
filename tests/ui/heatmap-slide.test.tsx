// @vitest-environment jsdom
/**
 * The 均衡 heatmap on the page and on its exported slide (the sample, 2024年第四季度): the page
 * lists the 60 communities furthest behind, worst first, and writes 45≈ for an approximate value's
 * percentile; the slide listed all 154 in file order and wrote 45. Both now show the same rows in the
 * same order, the same cell texts, and the same notes on how many are listed and what a mark means.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import JSZip from 'jszip';
import { cellText } from '../../src/export/table-cell-text';
import { tableToCsv } from '../../src/export/csv-export';
import { tableToXlsx } from '../../src/export/xlsx-export';
import { Heatmap } from '../../src/ui/views/imbalance/Heatmap';
import { imbalanceViewModel } from '../../src/ui/views/imbalance/imbalance-view-model';
import { loadSample } from '../../scripts/sample-export-specs';
import { percentileMatrix } from '../../src/analysis/heatmap';
import { requireMetric } from '../../src/analysis/resolve-metric';
import { buildHeatmapTableSpec } from '../../src/charts/imbalance-specs';
import { makeDataset, months, type ObsRow } from '../analysis/analysis-fixtures';
import { modelOf } from '../analysis/model-of';

afterEach(cleanup);

describe('heatmap page and slide', () => {
  it('show the same rows, cells and notes', () => {
    const ds = loadSample();
    const vm = imbalanceViewModel(createAnalysis(ds), { metric: '', period: '2024-Q4', parent: '', per: 'none' }, 0.5, 'zh')!;
    const { container } = render(<Heatmap per="none" dataset={ds} matrix={vm.matrix} caption="热力图" />);
    const page = [...container.querySelectorAll('.heatmap-grid tbody tr')].map((tr) => [
      tr.querySelector('th')!.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
    ]);
    const spec = vm.heatTable!;
    const slide = spec.rows.map((row, r) => [row[0], ...spec.columns.slice(2).map((c, i) => cellText(row[i + 2] ?? null, c, spec.lang, r))]);
    expect(vm.matrix.units.length).toBe(154);
    expect(page).toHaveLength(60);
    expect(slide).toEqual(page);
    const pageNotes = [...container.querySelectorAll('p.notes')].map((p) => p.textContent);
    const subset = (spec.notes ?? []).filter((n) => /^共154个社区，此处只列出各指标综合百分位最低（落后面最广）的60个，最落后的在前/.test(n));
    expect(subset).toHaveLength(1);
    expect(pageNotes).toContain(subset[0]);
  }, 60_000);

  it('the data files hold every community, in the dataset\'s order, as they did before the slide took the page\'s rows', async () => {
    const ds = loadSample();
    const vm = imbalanceViewModel(createAnalysis(ds), { metric: '', period: '2024-Q4', parent: '', per: 'none' }, 0.5, 'zh')!;
    const spec = vm.heatTable!;
    const names = vm.matrix.units.map((u) => ds.units[u]!.name);
    const csv = tableToCsv(spec).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(1 + 154);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(names);
    const zip = await JSZip.loadAsync(await tableToXlsx(spec, '2024-12-08'));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet.match(/<row /g)).toHaveLength(1 + 154);
    // The note says so where only some are shown.
    expect(spec.notes?.some((n) => n.endsWith('导出的CSV/Excel含全部154个。'))).toBe(true);
  }, 60_000);

  it('write an approximate value’s percentile 45≈ on both, with the same note', () => {
    // 80 units, unit u has u + 1 each month; unit 2's values are approximate (约3), so it is among
    // those furthest behind.
    const rows: ObsRow[] = [];
    for (let u = 0; u < 80; u++) rows.push(...months(u, 'reemployed', 2024, [u + 1, u + 1, u + 1]).map(([a, b, c, v]) => [a, b, c, v, u === 2 ? 'approx' : 'exact'] as const));
    const ds = makeDataset(Array.from({ length: 80 }, (_, u) => ({ name: `第${u}社区`, parent: '甲街道', code: String(120101001000 + u) })), rows);
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['reemployed']);
    const { container } = render(<Heatmap per="none" dataset={ds} matrix={matrix} caption="热力图" />);
    const page = [...container.querySelectorAll('.heatmap-grid tbody td')].map((td) => td.textContent);
    const spec = buildHeatmapTableSpec(matrix, ds.units, [requireMetric(ds, 'reemployed')], { periodLabel: '2024年第一季度', parent: '', per: 'none', source: '' });
    const slide = spec.rows.map((row, r) => cellText(row[2] ?? null, spec.columns[2]!, spec.lang, r));
    expect(slide).toEqual(page);
    expect(page[2]).toMatch(/^\d+≈$/);
    const mark = (spec.notes ?? []).filter((n) => n.startsWith('百分位后的标注'));
    expect(mark).toHaveLength(1);
    expect([...container.querySelectorAll('p.notes')].map((p) => p.textContent)).toContain(mark[0]);
  });
});
