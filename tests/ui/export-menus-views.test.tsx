// @vitest-environment jsdom
/**
 * Every chart and table has an 导出 menu: the 均衡 view (spread table, laggard list, spread over
 * time, heatmap), 总览 (the headline table), the street league, the city-scale distribution under
 * the compare bars, and the dataset in the 数据 view (CSV and XLSX only). A pin from the 均衡 view
 * lands in the deck basket with its current table.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearPins, listPins } from '../../src/export/deck-store';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import type { Dataset } from '../../src/data/dataset/dataset';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import type { ViewQuery } from '../../src/ui/view-query';
import { CompareView } from '../../src/ui/views/CompareView';
import { DatasetSummary } from '../../src/ui/views/data/DatasetSummary';
import { ImbalanceView } from '../../src/ui/views/ImbalanceView';
import { LeagueView } from '../../src/ui/views/LeagueView';
import { OverviewView } from '../../src/ui/views/OverviewView';
import { buildFixture } from '../analysis/imbalance-fixture';
import { renderWithClient, renderWithQuery, viewData } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(async () => { cleanup(); vi.restoreAllMocks(); await clearPins(); });

const query: ViewQuery = { view: 'imbalance', metric: 'reemployed', period: '2024-Q4', compare: '', parent: '', per: 'none', units: [] };

/** The menu items of the 导出 button inside `region`. */
function menuOf(region: HTMLElement): string[] {
  fireEvent.click(within(region).getByRole('button', { name: '导出' }));
  const items = within(region).getAllByRole('menuitem').map((b) => b.textContent ?? '');
  fireEvent.keyDown(within(region).getByRole('menu'), { key: 'Escape' });
  return items;
}

const TABLE_MENU = ['PNG（1920×1080）', 'PNG（2倍）', 'SVG', 'CSV', 'Excel（XLSX）', 'PowerPoint（表格）', '加入汇报篮', '打印/导出PDF（A4）'];
/** A chart exports its numbers as a table too (CSV, XLSX): issue 16, every format that fits. */
const CHART_MENU = ['PNG（1920×1080）', 'PNG（2倍）', 'SVG', '复制图片', 'PowerPoint（可编辑图表）', '图表加入汇报篮', 'CSV', 'Excel（XLSX）', 'PowerPoint（表格）', '表格加入汇报篮', '打印/导出PDF（A4）'];

describe('均衡 view', () => {
  it('has an 导出 menu on the spread table, laggard list, spread over time and heatmap', () => {
    renderWithClient(<ImbalanceView {...viewData(buildFixture())} query={query} setQuery={() => {}} />);
    const section = (name: RegExp) => screen.getByRole('region', { name });
    expect(menuOf(section(/^各指标差距$/))).toEqual(TABLE_MENU);
    expect(menuOf(section(/落后单位$/))).toEqual(TABLE_MENU);
    expect(menuOf(section(/差距变化$/))).toEqual(CHART_MENU);
    expect(menuOf(section(/各单位各指标所处位置/))).toEqual(TABLE_MENU);
    expect(screen.getAllByRole('button', { name: '导出' })).toHaveLength(4);
  });

  it('pins the laggard table with its current rows', async () => {
    renderWithClient(<ImbalanceView {...viewData(buildFixture())} query={query} setQuery={() => {}} />);
    const region = screen.getByRole('region', { name: /落后单位$/ });
    fireEvent.click(within(region).getByRole('button', { name: '导出' }));
    fireEvent.click(within(region).getByRole('menuitem', { name: '加入汇报篮' }));
    await waitFor(async () => expect(await listPins()).toHaveLength(1));
    const [pin] = await listPins();
    expect(pin!.item.kind).toBe('table');
    expect(pin!.item.spec.title).toBe('各社区再就业人数明显落后的单位');
    expect(pin!.item.kind === 'table' ? pin!.item.spec.rows.map((r) => r[0]) : []).toEqual(['乙3社区']);
  });
});

describe('总览 view', () => {
  it('exports the headline figures as a table', () => {
    renderWithClient(<OverviewView {...viewData(buildFixture())} query={{ ...query, view: 'overview' }} setQuery={() => {}} />);
    expect(screen.getAllByRole('button', { name: '导出' })).toHaveLength(1);
    expect(menuOf(document.body)).toEqual(TABLE_MENU);
    expect(screen.getByText('2024年第四季度主要指标合计')).toBeTruthy();
  });
});

describe('street/town league', () => {
  it('has its own 导出 menu', () => {
    const ds = smallDataset();
    renderWithQuery({ ...query, view: 'league', period: '2024-Q2' }, (p) => <LeagueView {...viewData(ds)} {...p} />);
    fireEvent.click(screen.getByRole('button', { name: '街道/镇排行' }));
    expect(screen.getByRole('table', { name: /各街道\/镇/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '导出' })).toHaveLength(1);
    expect(menuOf(document.body)).toEqual(TABLE_MENU);
  });
});

/** `n` units in one street with 再就业人数 n … 1 in 2024-03. */
function cityDataset(n: number): Dataset {
  const b = new DatasetBuilder();
  b.addFile({ name: 'c.csv', encoding: 'utf-8', bytes: 10 });
  const re = b.addMetric(canonicalMetric('reemployed')!);
  for (let i = 0; i < n; i++) {
    const unit = b.addUnit({ code: '', name: `社区${i + 1}`, parent: '一街道', district: '区' });
    b.add({ unit, period: '2024-03', metric: re, value: n - i });
  }
  return b.build({ id: 'city', name: '城市', createdAt: '2024-06-01T00:00:00.000Z' });
}

describe('compare view at city scale', () => {
  it('the distribution chart has an 导出 menu as well as the bars', () => {
    renderWithClient(<CompareView {...viewData(cityDataset(250))} query={{ ...query, view: 'compare', period: '2024-03' }} setQuery={() => {}} chartWidth={800} />);
    const distribution = document.querySelector('[data-chart-id="compare-distribution"]')!.closest('section')!;
    expect(menuOf(distribution)).toEqual(CHART_MENU);
    expect(screen.getAllByRole('button', { name: '导出' })).toHaveLength(2);
  });
});

describe('数据 view', () => {
  it('downloads the dataset as CSV or XLSX (no slides, no pins)', () => {
    renderWithClient(<DatasetSummary dataset={smallDataset()} />);
    expect(menuOf(document.body)).toEqual(['CSV', 'Excel（XLSX）']);
  });

  it('gives a workbook\'s size once, on its first sheet', () => {
    const ds = smallDataset();
    const sheet = (name: string) => ({ name, encoding: '', bytes: 24_576 });
    renderWithClient(<DatasetSummary dataset={{ ...ds, files: [sheet('报表.xlsx › 3月'), sheet('报表.xlsx › 4月'), sheet('东湖.xlsx › 3月')] }} />);
    const sizes = [...document.querySelectorAll('.files-table tbody tr')].map((r) => r.querySelectorAll('td')[2]!.textContent);
    expect(sizes).toEqual(['24 KB', '〃', '24 KB']);
  });
});
