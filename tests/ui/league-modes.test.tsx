// @vitest-environment jsdom
/**
 * 排行 beyond the plain league: the 连续N期靠后 column, the 综合指数 mode (weights change the
 * order, the method is stated), partial rows marked （不完整）, and virtualisation above 1,000 rows.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import type { Dataset } from '../../src/data/dataset/dataset';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import type { ViewQuery } from '../../src/ui/view-query';
import { LeagueView } from '../../src/ui/views/LeagueView';
import { leagueViewModel } from '../../src/ui/views/league/league-view-model';
import { cellText } from '../../src/export/table-cell-text';
import { parseViewQuery, serializeViewQuery } from '../../src/ui/url-state';
import { renderWithClient, renderWithQuery, viewData } from './render-view';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];

/**
 * 4 units × 5 months of 再就业人数 (higher is better) and 注册志愿者:
 *   再就业: A 40, B 30, C 20 every month; D 10 in months 2–5 but 50 in month 1.
 *   So the bottom quartile (rank 4 of 4) is C in month 1 and D in months 2–5:
 *   at 2024-05 D has 4 periods in a row (连续4期靠后); at 2024-03 only 2 (< 3, no flag).
 *   注册志愿者: A 1, B 2, C 3, D 4 (reverse order of 再就业 among A–C).
 */
function monthsDataset(): Dataset {
  const b = new DatasetBuilder();
  b.addFile({ name: 't.csv', encoding: 'utf-8', bytes: 10 });
  const re = b.addMetric(canonicalMetric('reemployed')!);
  const vol = b.addMetric(canonicalMetric('volunteers')!);
  const units = [['A社区', 40, 1], ['B社区', 30, 2], ['C社区', 20, 3], ['D社区', 10, 4]] as const;
  units.forEach(([name, v, w]) => {
    const unit = b.addUnit({ code: '', name, parent: '一街道', district: '区' });
    MONTHS.forEach((period, m) => {
      b.add({ unit, period, metric: re, value: name === 'D社区' && m === 0 ? 50 : v });
      b.add({ unit, period, metric: vol, value: w });
    });
  });
  return b.build({ id: 'm', name: '月度', createdAt: '2024-06-01T00:00:00.000Z' });
}

/** `n` units, one month, 再就业人数 = 1..n. */
function bigDataset(n: number): Dataset {
  const b = new DatasetBuilder();
  b.addFile({ name: 'big.csv', encoding: 'utf-8', bytes: 10 });
  const re = b.addMetric(canonicalMetric('reemployed')!);
  for (let i = 1; i <= n; i++) {
    const unit = b.addUnit({ code: '', name: `第${i}社区`, parent: `街道${i % 7}`, district: '区' });
    b.add({ unit, period: '2024-01', metric: re, value: i });
  }
  return b.build({ id: 'big', name: '大', createdAt: '2024-06-01T00:00:00.000Z' });
}

const q = (patch: Partial<ViewQuery>): ViewQuery => ({ ...DEFAULT_VIEW_QUERY, view: 'league', metric: 'reemployed', ...patch });

/** The league on monthsDataset with its query in state, as in the app (sub-mode and weights live in the URL). */
const renderLeague = (query: ViewQuery) => {
  const ds = monthsDataset();
  return renderWithQuery(query, (p) => <LeagueView {...viewData(ds)} {...p} />);
};

function column(table: HTMLElement, header: string): string[] {
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const k = headers.indexOf(header);
  return within(table).getAllByRole('row').slice(1).map((tr) => tr.querySelectorAll('th, td')[k]?.textContent ?? '');
}

function names(table: HTMLElement): string[] {
  return within(table).getAllByRole('row').slice(1).map((tr) => (tr.querySelector('th .unit-toggle') ?? tr.querySelector('th'))!.textContent ?? '');
}

describe('连续N期靠后', () => {
  it.each([
    ['2024-05', ['', '', '', '连续4期靠后']],
    ['2024-03', ['', '', '', '']],
  ])('at %s flags only units in the bottom quartile for 3+ periods in a row', (period, expected) => {
    renderWithClient(<LeagueView {...viewData(monthsDataset())} query={q({ period })} setQuery={vi.fn()} />);
    const table = screen.getByRole('table', { name: /再就业人数排行/ });
    expect(names(table)).toEqual(['A社区', 'B社区', 'C社区', 'D社区']);
    expect(column(table, '持续靠后')).toEqual(expected);
  });
});

describe('持续靠后 on the page and in the export', () => {
  it.each([
    ['2024-05', '“持续靠后”：连续3期及以上处于后25%（按月计，截至2024年5月），共1个单位。'],
    ['2024-03', '“持续靠后”：连续3期及以上处于后25%（按月计，截至2024年3月），本期没有这样的单位。'],
  ])('at %s the exported table has the page’s header, cells and note (was 连续靠后期数, a bare 4, no 按月计)', (period, note) => {
    const data = viewData(monthsDataset());
    renderWithClient(<LeagueView {...data} query={q({ period })} setQuery={vi.fn()} />);
    const table = screen.getByRole('table', { name: /再就业人数排行/ });
    const page = column(table, '持续靠后');
    expect(screen.getByText(note, { selector: 'li' })).toBeTruthy();
    const spec = leagueViewModel(data.analysis, q({ period }), 'zh')!.table;
    expect(spec.notes).toContain(note);
    const k = spec.columns.findIndex((c) => c.label === '持续靠后');
    if (page.every((c) => c === '')) {
      expect(k).toBe(-1);
    } else {
      const byName = new Map(spec.rows.map((r) => [r[1], cellText(r[k] ?? null, spec.columns[k]!)]));
      expect(names(table).map((n) => byName.get(n))).toEqual(page);
    }
  });
});

describe('综合指数', () => {
  it('ranks on the weighted percentiles; changing the weights changes the order; the method is stated', () => {
    const view = renderLeague(q({ period: '2024-03' }));
    fireEvent.click(screen.getByRole('button', { name: '综合指数' }));
    // Only 再就业人数 and 注册志愿者, weights 3 : 1.
    for (const box of screen.getAllByRole('checkbox')) {
      const want = /再就业人数|注册志愿者/.test(box.parentElement!.textContent ?? '');
      if ((box as HTMLInputElement).checked !== want) fireEvent.click(box);
    }
    fireEvent.change(screen.getByLabelText('再就业人数的权重'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('注册志愿者的权重'), { target: { value: '1' } });
    // Percentiles (r−1)/(n−1), 2024-03 再就业 A40 B30 C20 D10 → A1 B⅔ C⅓ D0; 志愿者 A0 B⅓ C⅔ D1.
    // 3:1 → A 75, B 58.3, C 41.7, D 25.
    let table = screen.getByRole('table', { name: /综合指数排行/ });
    expect(names(table)).toEqual(['A社区', 'B社区', 'C社区', 'D社区']);
    expect(column(table, '综合得分')).toEqual(['75', '58.3', '41.7', '25']);
    // 1:3 → D 75, C 58.3, B 41.7, A 25.
    fireEvent.change(screen.getByLabelText('再就业人数的权重'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('注册志愿者的权重'), { target: { value: '3' } });
    table = screen.getByRole('table', { name: /综合指数排行/ });
    expect(names(table)).toEqual(['D社区', 'C社区', 'B社区', 'A社区']);
    expect(screen.getByText(/综合指数采用百分位法.*权重：再就业人数25%、注册志愿者75%/)).toBeTruthy();
    // 标准分 (z-score): the method note changes with the method.
    fireEvent.click(screen.getByRole('button', { name: '标准分' }));
    expect(screen.getByText(/综合指数采用标准分法/)).toBeTruthy();
    // All of it is in the URL, so a reload shows the same.
    const url = serializeViewQuery(view.query());
    expect(url).toBe('?view=league&metric=reemployed&period=2024-03&mode=composite&method=zscore&w=reemployed%3A1&w=volunteers%3A3');
    cleanup();
    renderLeague(parseViewQuery(url));
    expect(screen.getByRole('button', { name: '综合指数' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '标准分' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText('注册志愿者的权重') as HTMLInputElement).value).toBe('3');
    expect(names(screen.getByRole('table', { name: /综合指数排行/ }))).toEqual(['D社区', 'C社区', 'B社区', 'A社区']);
  });

  it('keeps a weight as typed (0.50, not 0.5) while the URL holds the number; Back shows the weights before', () => {
    const view = renderLeague(q({ period: '2024-03', mode: 'composite', weights: [{ metric: 'reemployed', weight: 1 }, { metric: 'volunteers', weight: 2 }] }));
    const before = view.query();
    const input = screen.getByLabelText('注册志愿者的权重') as HTMLInputElement;
    expect(input.value).toBe('2');
    fireEvent.change(input, { target: { value: '0.50' } });
    expect(input.value).toBe('0.50');
    expect(view.query().weights).toEqual([{ metric: 'reemployed', weight: 1 }, { metric: 'volunteers', weight: 0.5 }]);
    view.navigate(before);
    expect((screen.getByLabelText('注册志愿者的权重') as HTMLInputElement).value).toBe('2');
  });

  it('opens the sub-mode from the URL, and a click on 社区排行 takes it out of the URL', () => {
    const view = renderLeague(q({ period: '2024-03', mode: 'street' }));
    expect(screen.getByRole('button', { name: '街道/镇排行' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/各街道\/镇/);
    fireEvent.click(screen.getByRole('button', { name: '社区排行' }));
    expect(serializeViewQuery(view.query())).toBe('?view=league&metric=reemployed&period=2024-03');
    expect(screen.getByRole('button', { name: '社区排行' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('rejects a negative weight: says so next to the inputs and leaves that metric out', () => {
    renderLeague(q({ period: '2024-03' }));
    fireEvent.click(screen.getByRole('button', { name: '综合指数' }));
    for (const box of screen.getAllByRole('checkbox')) {
      const want = /再就业人数|注册志愿者/.test(box.parentElement!.textContent ?? '');
      if ((box as HTMLInputElement).checked !== want) fireEvent.click(box);
    }
    const input = screen.getByLabelText('注册志愿者的权重') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '-2' } });
    expect(input.value).toBe('-2');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('注册志愿者的权重无效：权重须为0或正数（如1、0.5），负数和非数字不计入综合指数。');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    // Only 再就业人数 counts: A40 B30 C20 D10 → percentiles 100, 66.7, 33.3, 0.
    expect(column(screen.getByRole('table', { name: /综合指数排行/ }), '综合得分')).toEqual(['100', '66.7', '33.3', '0']);
    expect(screen.getByText(/权重：再就业人数100%。/)).toBeTruthy();
    fireEvent.change(input, { target: { value: '2' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what to do when no metric has a positive weight', () => {
    renderLeague(q({ period: '2024-03' }));
    fireEvent.click(screen.getByRole('button', { name: '综合指数' }));
    for (const box of screen.getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) fireEvent.click(box);
    expect(screen.getByText('还没有选择指标')).toBeTruthy();
  });
});

describe('virtualisation', () => {
  it('renders only the visible rows above 1,000 units, with aria-rowcount and aria-rowindex', () => {
    // jsdom has no layout: give the scroll box a 620 px tall viewport (about 20 rows).
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('table-scroll') ? 620 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
    renderWithClient(<LeagueView {...viewData(bigDataset(5617))} query={q({ period: '2024-01' })} setQuery={vi.fn()} />);
    const table = screen.getByRole('table', { name: /再就业人数排行/ });
    expect(table.getAttribute('aria-rowcount')).toBe('5618');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('1');
    expect(rows[1]!.getAttribute('aria-rowindex')).toBe('2');
    expect(rows[1]!.textContent).toContain('第5617社区');
    expect(screen.getByText(/单位较多，表格只绘制滚动到的行/)).toBeTruthy();
  });

  it('keeps every row in the page at 1,000 units (find-in-page and screen readers see them all)', () => {
    renderWithClient(<LeagueView {...viewData(bigDataset(1000))} query={q({ period: '2024-01' })} setQuery={vi.fn()} />);
    const table = screen.getByRole('table', { name: /再就业人数排行/ });
    expect(table.getAttribute('aria-rowcount')).toBeNull();
    // (querySelectorAll: role queries over 1,000 rows are slow in jsdom.)
    expect(table.querySelectorAll('tr')).toHaveLength(1001);
  });
});

describe('街道/镇排行 with units whose files gave no street', () => {
  it('lists their sum last, without a rank, and says why in the words of the exported table', () => {
    const b = new DatasetBuilder();
    b.addFile({ name: 't.csv', encoding: 'utf-8', bytes: 10 });
    const re = b.addMetric(canonicalMetric('reemployed')!);
    // The street-less group sums 90, more than either street: ranked, it would read first.
    for (const [name, parent, v] of [['A社区', '一街道', 40], ['B社区', '二街道', 30], ['C社区', '', 50], ['D社区', '', 40]] as const) {
      b.add({ unit: b.addUnit({ code: '', name, parent, district: '区' }), period: '2024-03', metric: re, value: v });
    }
    const ds = b.build({ id: 's', name: '街道', createdAt: '2024-06-01T00:00:00.000Z' });
    renderWithQuery(q({ period: '2024-03', mode: 'street' }), (p) => <LeagueView {...viewData(ds)} {...p} />);
    const table = screen.getByRole('table', { name: /再就业人数/ });
    expect(column(table, '街道/镇')).toEqual(['一街道', '二街道', '（未注明街道）']);
    expect(column(table, '排名')).toEqual(['1', '2', '—']);
    expect(screen.getByText('“（未注明街道）”一行是报表中没有填写所属街道/镇的单位的合计：它们不是一个街道，不参与排名。请在报表中补填街道/镇后重新导入。')).toBeTruthy();
  });
});
