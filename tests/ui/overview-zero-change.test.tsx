// @vitest-environment jsdom
/**
 * 总览: a change of zero with a mark. A community recorded as 约0 in 2024年第四季度 (and 0 before)
 * leaves its street's total as it was, about: the card wrote ≈0% and the slide 持平 (its mark ≈ in
 * 环比标注). A change of 0 is no percentage: both now write 持平, the card with its mark before it
 * (≈持平). A bound (3500余 against 3500: more than 0) is a rise of unknown size, not 持平: the card
 * writes ＞0% and the slide 0 (＞ in 环比标注), as the 排行 page writes ＞0.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { cellText } from '../../src/export/table-cell-text';
import { OverviewView } from '../../src/ui/views/OverviewView';
import { overviewViewModel } from '../../src/ui/views/overview/overview-view-model';
import type { ViewQuery } from '../../src/ui/view-query';
import { makeDataset, type ObsRow } from '../analysis/analysis-fixtures';
import { renderWithClient } from './render-view';

afterEach(cleanup);

const rows: ObsRow[] = [
  [0, '2024-Q3', 'reemployed', 100], [1, '2024-Q3', 'reemployed', 0],
  [0, '2024-Q4', 'reemployed', 100], [1, '2024-Q4', 'reemployed', 0, 'approx'],
  [0, '2024-Q3', 'jobs_developed', 3500], [1, '2024-Q3', 'jobs_developed', 20],
  [0, '2024-Q4', 'jobs_developed', 3500, 'gt'], [1, '2024-Q4', 'jobs_developed', 20],
];

describe('总览: a zero change with a mark', () => {
  it('reads the same on the card and the slide', async () => {
    const ds = makeDataset([{ name: '甲社区', parent: '一街道' }, { name: '乙社区', parent: '一街道' }], rows);
    const analysis = createAnalysis(ds);
    const query = { view: 'overview', metric: '', period: '2024-Q4', compare: '', parent: '', per: 'none', units: [] } as ViewQuery;
    renderWithClient(<OverviewView dataset={ds} analysis={analysis} query={query} setQuery={vi.fn()} />);
    await screen.findAllByText(/环比/);
    const card = (name: string) => {
      const li = [...document.querySelectorAll('li.overview-metric')].find((l) => l.querySelector('.label')!.firstChild!.textContent === name)!;
      return /环比 (.*)/.exec(li.querySelector('.change')!.textContent ?? '')![1]!;
    };
    const table = overviewViewModel(analysis, query, 'zh')!.table;
    const k = table.columns.findIndex((c) => c.key === 'mom');
    const m = table.columns.findIndex((c) => c.key === 'momMark');
    const slide = (name: string) => {
      const r = table.rows.findIndex((row) => row[1] === name);
      return [cellText(table.rows[r]![k] ?? null, table.columns[k]!, table.lang, r), table.rows[r]![m]];
    };
    expect(card('再就业人数')).toBe('≈持平');
    expect(slide('再就业人数')).toEqual(['持平', '≈']);
    expect(card('开发就业岗位')).toBe('＞0%');
    expect(slide('开发就业岗位')).toEqual(['0', '＞']);
  }, 30_000);
});
