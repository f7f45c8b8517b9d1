// @vitest-environment jsdom
/**
 * 当前数据 says which periods a dataset holds: years to date (2024年1-3月累计) apart from the months,
 * not as the end of a span that begins with 2024年3月.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { DatasetSummary } from '../../src/ui/views/data/DatasetSummary';
import { setLang } from '../../src/ui/i18n/lang-store';

function dataset(periods: string[]) {
  const b = new DatasetBuilder();
  b.addFile({ name: '东湖社区-2024年3月.xlsx › Sheet1', encoding: '', bytes: 17_000 });
  const m = b.addMetric(canonicalMetric('reemployed')!);
  const u = b.addUnit({ code: '', name: '东湖社区', parent: '', district: '' });
  periods.forEach((period, k) => b.add({ unit: u, period, metric: m, value: k + 1 }));
  return b.build({ id: 'd', name: '3月报表', createdAt: '2024-04-01T00:00:00.000Z' });
}

afterEach(() => { cleanup(); setLang('zh'); });

describe('DatasetSummary: the periods line', () => {
  it.each([
    [['2024-03', '2024-C03'], '期间：2024年3月（另有2024年1-3月累计）'],
    [['2024-01', '2024-02', '2024-03', '2024-C02', '2024-C03'], '期间范围：2024年1月 至 2024年3月（另有2个累计期间：2024年1-2月累计 至 2024年1-3月累计）'],
    [['2024-01', '2024-06'], '期间范围：2024年1月 至 2024年6月'],
    [['2024-C03'], '期间：2024年1-3月累计'],
  ])('%j → %s', (periods, text) => {
    render(<DatasetSummary dataset={dataset(periods)} />);
    expect(screen.getByText(text)).toBeTruthy();
  });
});

describe('DatasetSummary: the counts', () => {
  const counts = (): string[] => [...document.querySelectorAll('.counts div')].map((d) => `${d.querySelector('dt')!.textContent}=${d.querySelector('dd')!.textContent}`);
  it('数值 counts the numbers, as the import report does; cells kept without one are counted apart', () => {
    const b = new DatasetBuilder();
    b.addFile({ name: 'a.csv', encoding: 'utf-8', bytes: 100 });
    const m = b.addMetric(canonicalMetric('reemployed')!);
    const u = b.addUnit({ code: '', name: '东湖社区', parent: '', district: '' });
    b.add({ unit: u, period: '2024-01', metric: m, value: 4 });
    b.add({ unit: u, period: '2024-02', metric: m, value: NaN, qualifier: 'missing' });
    b.add({ unit: u, period: '2024-03', metric: m, value: NaN, qualifier: 'range', raw: '3-4' });
    render(<DatasetSummary dataset={b.build({ id: 'd', name: 'x', createdAt: '2024-04-01T00:00:00.000Z' })} />);
    expect(counts()).toEqual(['社区/村=1', '街道/镇=0', '期间=3', '指标=1', '数值=1', '空白或非数字=2']);
    cleanup();
    render(<DatasetSummary dataset={dataset(['2024-01', '2024-02'])} />);
    expect(counts()).toEqual(['社区/村=1', '街道/镇=0', '期间=2', '指标=1', '数值=2']);
  });
});

describe('DatasetSummary: which communities came in', () => {
  it('lists every unit by street/town, a unit without one under 未注明, so a missing or doubled community shows', () => {
    const b = new DatasetBuilder();
    b.addFile({ name: '中北镇1月.csv', encoding: 'utf-8', bytes: 100 });
    const m = b.addMetric(canonicalMetric('reemployed')!);
    [['东姜井', '中北镇'], ['东姜井村', '中北镇'], ['祥福里社区', '咸水沽镇'], ['红旗楼社区', '']].forEach(([name, parent], k) => {
      const u = b.addUnit({ code: '', name: name!, parent: parent!, district: '' });
      b.add({ unit: u, period: '2024-01', metric: m, value: k + 1 });
    });
    render(<DatasetSummary dataset={b.build({ id: 'd', name: 'x', createdAt: '2024-04-01T00:00:00.000Z' })} />);
    expect(screen.getByText('社区/村名单（4个，分属2个街道/镇）').tagName).toBe('SUMMARY');
    const items = [...document.querySelectorAll('.unit-list li')].map((li) => li.textContent);
    expect(items).toEqual(['中北镇：东姜井、东姜井村', '咸水沽镇：祥福里社区', '（未注明街道/镇）：红旗楼社区']);
  });
});
