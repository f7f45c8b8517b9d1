// @vitest-environment jsdom
/**
 * The 均衡 heatmap of a whole city would be 5,617 rows × 17 metrics: it shows the units behind on
 * the most metrics and says so; a street's units all fit and keep dataset order.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { heatmapRows, percentileMatrix } from '../../src/analysis/heatmap';
import { HEATMAP_ROWS } from '../../src/charts/imbalance-specs';
import { Heatmap } from '../../src/ui/views/imbalance/Heatmap';
import { makeDataset, months, type ObsRow } from '../analysis/analysis-fixtures';
import { modelOf } from '../analysis/model-of';

afterEach(cleanup);

/** `count` units in two streets; unit u has value u + 1 on both metrics, except that unit 7 has
 * nothing on 讲座 (its mean percentile is its 再就业 one alone). */
function dataset(count: number) {
  const units = Array.from({ length: count }, (_, u) => ({ name: `第${u}社区`, parent: u % 2 === 0 ? '甲街道' : '乙街道', code: String(120101001000 + u) }));
  const rows: ObsRow[] = [];
  for (let u = 0; u < count; u++) {
    rows.push(...months(u, 'reemployed', 2024, [u + 1, u + 1, u + 1]));
    if (u !== 7) rows.push(...months(u, 'lectures', 2024, [u + 1, u + 1, u + 1]));
  }
  return makeDataset(units, rows);
}

describe('heatmapRows', () => {
  it('keeps every row in dataset order when they fit', () => {
    const ds = dataset(12);
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['reemployed', 'lectures']);
    expect(heatmapRows(matrix, 12)).toEqual([...Array(12).keys()]);
  });

  it('takes the rows with the lowest mean percentile, furthest behind first', () => {
    const ds = dataset(12);
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['reemployed', 'lectures']);
    // Units 0, 1, 2 are last on both metrics; unit 7 is only ranked on 再就业.
    expect(heatmapRows(matrix, 3).map((r) => matrix.units[r])).toEqual([0, 1, 2]);
    const rowsOf = matrix.units.length;
    const at = (r: number, j: number) => matrix.pct[j * rowsOf + r]!;
    const mean = (r: number) => (at(r, 0) + (Number.isFinite(at(r, 1)) ? at(r, 1) : at(r, 0))) / 2;
    const rows = heatmapRows(matrix, 11);
    expect(rows.map(mean)).toEqual([...rows.map(mean)].sort((a, b) => a - b));
    expect(rows).not.toContain(11);
  });
});

describe('heatmapRows, any matrix', () => {
  it('is the comparator sort of the mean percentiles (ties in dataset order, rows with none last), cut to the limit', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }).chain((m) => fc.tuple(fc.constant(m), fc.array(fc.array(fc.constantFrom(NaN, 0, 0.25, 0.5, 1), { minLength: m, maxLength: m }), { maxLength: 40 }))),
      fc.integer({ min: 0, max: 45 }),
      ([m, cells], limit) => {
        // Column-major, as percentileMatrix lays it out.
        const pct = Float64Array.from({ length: m * cells.length }, (_, k) => cells[k % cells.length]![Math.floor(k / cells.length)]!);
        const matrix = { units: cells.map((_, r) => r), metrics: Array.from({ length: m }, (_, j) => `m${j}`), pct, value: () => NaN, qualifier: () => 0, partial: () => false, partialLeftOut: [], partialMeanings: [], partialMeaning: () => 'low' as const };
        const mean = cells.map((row) => {
          const got = row.filter((p) => Number.isFinite(p));
          return got.length > 0 ? got.reduce((a, b) => a + b, 0) / got.length : Infinity;
        });
        const expected = cells.length <= limit ? cells.map((_, r) => r)
          : cells.map((_, r) => r).sort((a, b) => (mean[a]! - mean[b]!) || a - b).slice(0, limit);
        expect(heatmapRows(matrix, limit)).toEqual(expected);
      },
    ), { numRuns: 300 });
  });
});

describe('Heatmap', () => {
  it('draws at most HEATMAP_ROWS rows of a large scope and says how many units there are', () => {
    const ds = dataset(HEATMAP_ROWS + 40);
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['reemployed', 'lectures']);
    const { container } = render(<Heatmap per="none" dataset={ds} matrix={matrix} caption="热力图" />);
    const grid = container.querySelector('.heatmap-grid tbody')!;
    expect(grid.querySelectorAll('tr')).toHaveLength(HEATMAP_ROWS);
    expect(grid.querySelector('th')!.textContent).toBe('第0社区');
    expect(within(screen.getByRole('table', { name: '热力图' })).getAllByRole('row')).toHaveLength(HEATMAP_ROWS + 1);
    expect(screen.getByText(new RegExp(`^共${HEATMAP_ROWS + 40}个社区，此处只列出各指标综合百分位最低（落后面最广）的${HEATMAP_ROWS}个`))).toBeTruthy();
  });

  it('draws every unit of a small scope, without the note', () => {
    const ds = dataset(10);
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['reemployed', 'lectures']);
    const { container } = render(<Heatmap per="none" dataset={ds} matrix={matrix} caption="热力图" />);
    expect([...container.querySelectorAll('.heatmap-grid tbody th')].map((th) => th.textContent)).toEqual(ds.units.map((u) => u.name));
    expect(screen.queryByText(/此处只列出/)).toBeNull();
  });
});
