// @vitest-environment jsdom
/**
 * 总览 totals on the cards and on the exported table's slide: the card wrote 常住人口 as 69.6万人 and
 * the slide 695,872. Both now write the card's form (69.6万 under 计量单位 人); CSV/XLSX keep the
 * number. The sample, 2024年第四季度, every metric of the cards, in Chinese and English.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { cellText } from '../../src/export/table-cell-text';
import { setLang } from '../../src/ui/i18n/lang-store';
import { OverviewView } from '../../src/ui/views/OverviewView';
import { overviewViewModel } from '../../src/ui/views/overview/overview-view-model';
import type { ViewQuery } from '../../src/ui/view-query';
import { loadSample } from '../../scripts/sample-export-specs';
import { renderWithClient } from './render-view';

afterEach(() => {
  cleanup();
  setLang('zh');
});

describe('总览 totals on the cards and the slide', () => {
  it.each(['zh', 'en'] as const)('every total reads the same on both (%s)', async (lang) => {
    setLang(lang);
    const ds = loadSample();
    const analysis = createAnalysis(ds);
    const query = { view: 'overview', metric: '', period: '2024-Q4', compare: '', parent: '', per: 'none', units: [] } as ViewQuery;
    renderWithClient(<OverviewView dataset={ds} analysis={analysis} query={query} setQuery={vi.fn()} />);
    await screen.findAllByText(lang === 'zh' ? /环比/ : /vs prev/);
    const table = overviewViewModel(analysis, query, lang)!.table;
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    const [t, u] = [col('total'), col('unit')];
    // The slide's total with its unit as the card writes it after the number (人 or %; en: a space before a word).
    const slide = table.rows.map((r) => {
      const unit = String(r[u] ?? '');
      const n = cellText(r[t] ?? null, table.columns[t]!, table.lang, table.rows.indexOf(r));
      return lang === 'zh' || unit === '%' ? `${n}${unit}` : `${n} ${unit}`;
    });
    // The card's total without its mark's words (约, 以上, about: the slide has them in 标注).
    const cards = [...document.querySelectorAll('li.overview-metric .value')].map((v) => (v.textContent ?? '').replace(/^约|以上$|^about |^more than |^less than |^under |不足|^近/g, ''));
    expect(cards).toEqual(slide);
    expect(cards.some((c) => /万|K/.test(c))).toBe(true);
  }, 60_000);
});
