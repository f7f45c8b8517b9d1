// @vitest-environment jsdom
/**
 * Communities whose files named no street beside communities of 甲街道: the 均衡 page and its
 * exported table leave 街道间/街道内 unsplit and say why in the same words, instead of reading the
 * streetless communities as one street (which put most of the gap 街道内部).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { buildSpreadTableSpec } from '../../src/charts/imbalance-specs';
import { tableWords } from '../../src/charts/table-words';
import { SpreadTable } from '../../src/ui/views/imbalance/SpreadTable';
import { datasetOf } from '../analysis/imbalance-fixture';
import { modelOf } from '../analysis/model-of';

afterEach(cleanup);

const ctx = { periodLabel: '2024年3月', parent: '', per: 'none' as const, source: '测试数据' };
const rows = [['a社区', '', 10], ['b社区', '', 40], ['c社区', '', 12], ['d社区', '', 35], ['g社区', '甲街道', 30], ['h社区', '甲街道', 90]] as const;

function spread(parentOfBlank: string) {
  const ds = datasetOf(rows.map(([u, p, v]) => [u, p === '' ? parentOfBlank : p, '2024-03', 'reemployed', v] as const));
  return imbalanceForMetric(modelOf(ds), 'reemployed', '2024-03');
}

describe('the spread table with communities of no street', () => {
  it('shows — for 街道间 and 街道内 on the page, blank cells in the export, and one note in both', () => {
    const m = spread('');
    render(<SpreadTable rows={[m]} selected="reemployed" onSelect={() => {}} />);
    const cells = [...document.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells.slice(5, 7)).toEqual(['—', '—']);
    const note = tableWords('zh').noteNoStreetSplit;
    expect(screen.getByText(note, { selector: 'p' })).toBeTruthy();
    const spec = buildSpreadTableSpec([m], ctx);
    const at = (key: string) => spec.rows[0]![spec.columns.findIndex((c) => c.key === key)];
    expect([at('between'), at('within')]).toEqual([null, null]);
    expect(spec.notes).toContain(note);
  });
  it('splits and says nothing more when every community has its street', () => {
    const m = spread('乙街道');
    render(<SpreadTable rows={[m]} selected="reemployed" onSelect={() => {}} />);
    const cells = [...document.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells.slice(5, 7).every((c) => /%$/.test(c ?? ''))).toBe(true);
    expect(screen.queryByText(tableWords('zh').noteNoStreetSplit)).toBeNull();
    expect(buildSpreadTableSpec([m], ctx).notes).not.toContain(tableWords('zh').noteNoStreetSplit);
  });
});
