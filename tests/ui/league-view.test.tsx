// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { LeagueView } from '../../src/ui/views/LeagueView';
import { renderWithClient, renderWithQuery, viewData } from './render-view';
import { smallDataset } from './small-dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';

afterEach(cleanup);

const query = { ...DEFAULT_VIEW_QUERY, view: 'league' as const, metric: 'reemployed', period: '2024-Q2' };

function bodyRows(table: HTMLElement): string[][] {
  return within(table).getAllByRole('row').slice(1).map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => (c.querySelector('.unit-toggle, [aria-hidden="true"]')?.textContent ?? c.textContent ?? '').trim()));
}

describe('LeagueView', () => {
  it('is a real table with caption and the documented columns', () => {
    renderWithClient(<LeagueView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    const table = screen.getByRole('table', { name: '各社区再就业人数排行（2024年第二季度）' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['排名', '社区', '街道/镇', '数值（人）', '变化', '名次变化', '四分位', '持续靠后']);
  });

  it('orders rows by rank with ties 1, 2, 2, 4, arrows in text, and the unit without data last', () => {
    renderWithClient(<LeagueView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    const rows = bodyRows(screen.getByRole('table'));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([['1', '甲社区'], ['2', '丙社区'], ['2', '乙社区'], ['4', '丁社区'], ['—', '戊社区']]);
    expect(rows.map((r) => r[5])).toEqual(['↑1', '↑2', '↓1', '↓1', '—']);
    expect(rows.map((r) => r[4])).toEqual(['+60', '+45', '0', '≈+6', '—']);
    expect(rows[3]![3]).toBe('≈30');
    expect(rows[4]![3]).toBe('—');
    // Screen readers hear words, not arrows.
    expect(screen.getAllByText('上升1名')).toHaveLength(1);
    expect(screen.getByText('未排名')).toBeTruthy();
  });

  it('shows — rather than 新 everywhere when there is no previous period', () => {
    renderWithClient(<LeagueView {...viewData(smallDataset())} query={{ ...query, period: '2024-Q1' }} setQuery={vi.fn()} />);
    const rows = bodyRows(screen.getByRole('table'));
    expect(rows.map((r) => r[5])).toEqual(['—', '—', '—', '—', '—']);
    expect(screen.getByText(/无上期数据可比/)).toBeTruthy();
  });

  it('switches to the street/town league', () => {
    const ds = smallDataset();
    renderWithQuery(query, (p) => <LeagueView {...viewData(ds)} {...p} />);
    fireEvent.click(screen.getByRole('button', { name: '街道/镇排行' }));
    const rows = bodyRows(screen.getByRole('table', { name: '各街道/镇再就业人数排行（2024年第二季度）' }));
    // 一街道 90+60 = 150; 二街道 60+约30 = ≈90 (戊 has no value). Q1: 一 90, 二 42 → no change.
    expect(rows.map((r) => r.slice(0, 4))).toEqual([['1', '一街道', '150', '2/2'], ['2', '二街道', '≈90', '2/3']]);
    expect(rows.map((r) => r[4])).toEqual(['持平', '持平']);
  });

  it('says under the page’s table that the marks stand before the values there', () => {
    renderWithClient(<LeagueView {...viewData(smallDataset())} query={query} setQuery={vi.fn()} />);
    expect(screen.getByText('数值的标注：≈ 约数，＞ 下限（实际多于此数），＜ 上限（实际少于此数）；页面上标在数值前，导出的表格中在“标注”列。')).toBeTruthy();
  });

  it('marks a change against a partial comparison value beside the change', () => {
    const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
    renderWithClient(<LeagueView {...viewData(ds)} query={{ ...query, period: '2024-Q2' }} setQuery={vi.fn()} />);
    const mark = screen.getByText('（比较期不完整）');
    expect(mark.closest('td')!.textContent).toBe('+9（比较期不完整）');
    expect(mark.getAttribute('title')).toBe('比较期缺少部分月份的数据，变化是与这一不完整的数相比');
  });

  it('marks a street whose comparison sum holds a partial community value beside its rank change, not the other', () => {
    const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
    renderWithQuery({ ...query, period: '2024-Q2' }, (p) => <LeagueView {...viewData(ds)} {...p} />);
    fireEvent.click(screen.getByRole('button', { name: '街道/镇排行' }));
    const table = screen.getByRole('table', { name: '各街道/镇再就业人数排行（2024年第二季度）' });
    const mark = within(table).getByText('（比较期不完整）');
    // 甲街道 was not ranked against 乙街道's complete quarter: 新, and the mark says why.
    expect(mark.closest('tr')!.querySelector('th')!.textContent).toBe('甲街道');
    expect(mark.closest('td')!.querySelector('[aria-hidden="true"]')!.textContent).toBe('新');
    expect(mark.getAttribute('title')).toBe('比较期缺少部分月份的数据，变化是与这一不完整的数相比');
  });

  it('marks no street in months, where no value is partial', () => {
    const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;
    renderWithQuery({ ...query, period: '2024-05' }, (p) => <LeagueView {...viewData(ds)} {...p} />);
    fireEvent.click(screen.getByRole('button', { name: '街道/镇排行' }));
    expect(screen.getByRole('table', { name: '各街道/镇再就业人数排行（2024年5月）' })).toBeTruthy();
    expect(screen.queryByText('（比较期不完整）')).toBeNull();
  });
});
