// @vitest-environment jsdom
/**
 * 总览's 环比 and 同比 on the cards and on the exported table's slide: the cards wrote ▲+5.1% and
 * the slide a bare 5.1, so a rise and a fall differed only by a hyphen. Both now write the change
 * signed, the same number, and an unchanged total 持平 on both (the slide wrote 0); the sample,
 * 2024年第四季度, every metric of the cards.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { cellText } from '../../src/export/table-cell-text';
import { OverviewView } from '../../src/ui/views/OverviewView';
import { overviewViewModel } from '../../src/ui/views/overview/overview-view-model';
import type { ViewQuery } from '../../src/ui/view-query';
import { loadSample } from '../../scripts/sample-export-specs';
import { renderWithClient } from './render-view';

afterEach(cleanup);

describe('总览 changes on the cards and the slide', () => {
  it('every 环比 and 同比 reads the same signed number on both', async () => {
    const ds = loadSample();
    const analysis = createAnalysis(ds);
    const query = { view: 'overview', metric: '', period: '2024-Q4', compare: '', parent: '', per: 'none', units: [] } as ViewQuery;
    renderWithClient(<OverviewView dataset={ds} analysis={analysis} query={query} setQuery={vi.fn()} />);
    await screen.findAllByText(/环比/);
    const table = overviewViewModel(analysis, query, 'zh')!.table;
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    const slide = new Map(table.rows.map((r) => [r[1], [col('mom'), col('yoy')].map((k) => cellText(r[k] ?? null, table.columns[k]!))]));
    const cards = [...document.querySelectorAll('li.overview-metric')];
    expect(cards.length).toBe(table.rows.length);
    let signed = 0;
    let flat = 0;
    for (const li of cards) {
      const name = li.querySelector('.label')!.firstChild!.textContent!;
      const page = [...li.querySelectorAll('.change')].map((c) => /([＞＜≈]?[+−]?[\d,.]+|持平)(?:%|个百分点)?/.exec(c.textContent ?? '')?.[1] ?? '—');
      // An unchanged total reads 持平 on both (the slide wrote 0).
      expect([name, ...page]).toEqual([name, ...slide.get(name)!]);
      signed += page.filter((p) => /^[＞＜≈]?[+−]/.test(p)).length;
      flat += page.filter((p) => p === '持平').length;
    }
    expect(signed).toBeGreaterThan(10);
    expect(flat).toBeGreaterThan(0);
  }, 60_000);
});
