// @vitest-environment jsdom
/**
 * The app in English: the visible 中文 / English switch, remembered in localStorage and mirrored
 * to <html lang>; every view's headings and labels in English; and no Chinese left in the chrome
 * once the data's own names (units, streets, district, dataset, files) are taken out.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { getLang, LANG_KEY, resetLangForTests, setLang } from '../../src/ui/i18n/lang-store';
import { smallDataset } from './small-dataset';

const SLOW = { timeout: 15_000 };
const ds = smallDataset();
/** The data's own words: these stay as they are in either language. */
const DATA_NAMES = [...ds.units.flatMap((u) => [u.name, u.parent, u.district]), ds.name, ...ds.files.map((f) => f.name)]
  .filter((s) => s !== '').sort((a, b) => b.length - a.length);
const CJK = /[\u3400-\u9fff]/g;

/** Visible text with the data names and the switch's own 中文 button removed. */
function chromeText(): string {
  let text = document.body.textContent ?? '';
  for (const n of DATA_NAMES) text = text.split(n).join('');
  return text.split('中文').join('').split('界面语言').join('');
}

/** aria-labels, titles and placeholders, which a screen reader reads too. */
function chromeAttributes(): string {
  const values = [...document.querySelectorAll('[aria-label],[title],[placeholder]')]
    .flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  let text = values.join(' | ');
  for (const n of DATA_NAMES) text = text.split(n).join('');
  return text.split('界面语言').join('');
}

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: ds, report: null }));
  return render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
}

beforeEach(() => {
  localStorage.clear();
  resetLangForTests();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  resetLangForTests();
});

describe('language switch', () => {
  it('starts in Chinese, switches to English by the visible buttons, remembers it and sets <html lang>', async () => {
    renderApp('');
    expect(await screen.findByRole('heading', { name: '各社区再就业人数对比' }, SLOW)).toBeTruthy();
    const en = screen.getByRole('button', { name: 'English' });
    expect(en.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(en);
    expect(await screen.findByRole('heading', { name: 'Re-employed by community' })).toBeTruthy();
    expect(en.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Compare' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('option', { name: '2024 Q2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '各社区再就业人数对比' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANG_KEY)).toBe('zh');
  });

  it('reads the remembered language on first use, and ignores a bad stored value', () => {
    localStorage.setItem(LANG_KEY, 'en');
    resetLangForTests();
    expect(getLang()).toBe('en');
    localStorage.setItem(LANG_KEY, 'fr');
    resetLangForTests();
    expect(getLang()).toBe('zh');
    expect(() => setLang('fr' as 'en')).toThrow(/unknown language/);
  });
});

describe.each([
  ['compare', 'Re-employed by community', /Median/],
  ['league', 'Re-employed league table', /Rank change/],
  ['trend', 'Re-employed over time', /Median of all communities/],
  ['scatter', 'Re-employed vs Residents', /Each point is one unit/],
  ['imbalance', 'Spread by metric', /Coefficient of variation/],
  ['overview', 'Employment', /vs prev\./],
  ['data', 'Import data', /Choose files \(CSV or Excel\)/],
] as const)('the %s view in English', (view, heading, text) => {
  it('shows English headings and labels, and no Chinese outside the data names', async () => {
    localStorage.setItem(LANG_KEY, 'en');
    resetLangForTests();
    renderApp(`?view=${view}`);
    expect(await screen.findByRole('heading', { name: heading }, SLOW)).toBeTruthy();
    await waitFor(() => expect(document.body.textContent).toMatch(text), SLOW);
    expect(screen.getByRole('link', { name: view[0]!.toUpperCase() + view.slice(1) }).getAttribute('aria-current')).toBe('page');
    // Let lazy parts (the data manager's storage reads) settle before reading the text.
    await act(async () => { await new Promise((r) => setTimeout(r, 50)); });
    expect(chromeText().match(CJK)?.join('') ?? '').toBe('');
    expect(chromeAttributes().match(CJK)?.join('') ?? '').toBe('');
  });
});

describe('numbers and periods in English', () => {
  it('writes 2024 Q2 periods, grouped numbers and English units in the league table', async () => {
    localStorage.setItem(LANG_KEY, 'en');
    resetLangForTests();
    renderApp('?view=league');
    const table = await screen.findByRole('table', { name: /Re-employed league table \(2024 Q2\)/ }, SLOW);
    expect(table.textContent).toContain('Value (people)');
    expect(screen.getByText(/change and rank change against 2024 Q1/)).toBeTruthy();
  });
});
