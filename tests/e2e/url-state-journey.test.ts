/**
 * The URL holds what is on screen (issue 17 item 3), in real Chromium against the production build
 * (tests/e2e/browser-harness.ts): a highlighted community, the 排行 sub-mode 综合指数, its method
 * and weights survive a reload, and Back/Forward step between the sub-modes with the highlight kept.
 * A hand-made URL with bad values opens on the defaults without an error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, suiteApp } from './browser-harness';

const UI_TIMEOUT = 30_000;
const JOURNEY_TIMEOUT = 120_000;
const SAMPLE_UNITS = 154;
const LEAGUE_ROWS = 'table.league-table tbody tr';

const app = suiteApp();


const open = (search: string) => openSample(app, search, { viewport: { width: 1366, height: 900 }, timeout: UI_TIMEOUT });

const params = (page: Page) => new URL(page.url()).searchParams;
const pressed = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
const compositeTable = (page: Page) => page.getByRole('table', { name: /综合指数排行/ });

/** The composite table's community names, top first. */
async function compositeNames(page: Page): Promise<string[]> {
  return compositeTable(page).locator('tbody th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
}

describe('the URL holds the view state', () => {
  it('highlight + 综合指数 with weights and method survive a reload; Back/Forward step between sub-modes', async () => {
    const { context, page, errors } = await open('?view=league&period=2024-Q4');
    try {
      await page.locator(LEAGUE_ROWS).nth(SAMPLE_UNITS - 1).waitFor({ state: 'attached' });
      // Highlight the third community of the 社区排行.
      const third = page.locator(LEAGUE_ROWS).nth(2);
      const name = (await third.locator('.unit-toggle').textContent())!.trim();
      await third.locator('.unit-toggle').click();
      await page.waitForURL((u) => u.searchParams.get('units') === name);
      expect(await third.getAttribute('class')).toContain('is-highlighted');

      // 综合指数: 再就业人数 weight 3, 注册志愿者 checked with weight 0.5, method 标准分.
      await page.getByRole('button', { name: '综合指数', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('mode') === 'composite');
      await compositeTable(page).waitFor();
      await page.getByLabel('再就业人数的权重').fill('3');
      const volunteers = page.locator('.weight-item', { hasText: '注册志愿者' }).getByRole('checkbox');
      if (!(await volunteers.isChecked())) await volunteers.check();
      await page.getByLabel('注册志愿者的权重').fill('0.5');
      await page.getByRole('button', { name: '标准分', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('method') === 'zscore' && u.searchParams.getAll('w').includes('volunteers:0.5'));
      const weights = params(page).getAll('w');
      expect(weights).toContain('reemployed:3');
      const before = await compositeNames(page);
      expect(before.length).toBeGreaterThan(100);
      const note = await page.locator('.method-note').textContent();
      expect(note).toMatch(/标准分法/);

      await page.reload();
      await page.getByText('当前显示示例数据').waitFor();
      await compositeTable(page).waitFor();
      await page.locator('.method-note').waitFor();
      expect(await pressed(page, '综合指数')).toBe('true');
      expect(await pressed(page, '标准分')).toBe('true');
      expect(await page.getByLabel('再就业人数的权重').inputValue()).toBe('3');
      expect(await page.getByLabel('注册志愿者的权重').inputValue()).toBe('0.5');
      expect(await volunteers.isChecked()).toBe(true);
      expect(await page.locator('.method-note').textContent()).toBe(note);
      expect(await compositeNames(page)).toEqual(before);
      expect(params(page).getAll('w')).toEqual(weights);
      expect(params(page).get('units')).toBe(name);
      await page.screenshot({ path: `${ARTIFACTS}url-state-composite-reloaded.png`, fullPage: false });

      // Back: the 社区排行 with the community still highlighted; Forward: the 综合指数 as it was.
      await page.goBack();
      await page.waitForURL((u) => !u.searchParams.has('mode'));
      await page.locator(LEAGUE_ROWS).nth(2).waitFor();
      expect(await pressed(page, '社区排行')).toBe('true');
      await page.screenshot({ path: `${ARTIFACTS}url-state-back-highlight.png`, fullPage: false });
      const row = page.locator(LEAGUE_ROWS).filter({ has: page.locator('.unit-toggle', { hasText: name }) });
      expect(await row.getAttribute('class', { timeout: 5000 })).toContain('is-highlighted');
      expect(await row.locator('.unit-toggle').getAttribute('aria-pressed')).toBe('true');
      await page.goForward();
      await page.waitForURL((u) => u.searchParams.get('mode') === 'composite');
      await compositeTable(page).waitFor();
      expect(await page.getByLabel('再就业人数的权重').inputValue()).toBe('3');
      expect(await pressed(page, '标准分')).toBe('true');

      // The highlight follows to another view: the 对比 chart marks the same community.
      await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '对比', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('view') === 'compare');
      await page.locator(`[data-chart-id="compare"] text[data-unit="${name}"]`).first().waitFor();
      expect(await page.locator(`[data-chart-id="compare"] text[data-unit="${name}"]`).first().textContent()).toBe(`▶ ${name}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('bad values in the URL open on the defaults without an error', async () => {
    const { context, page, errors } = await open('?view=league&period=2024-Q4&mode=table&method=median&w=reemployed:-1&w=volunteers:abc');
    try {
      await page.locator(LEAGUE_ROWS).first().waitFor();
      expect(await pressed(page, '社区排行')).toBe('true');
      await page.getByRole('button', { name: '综合指数', exact: true }).click();
      await compositeTable(page).waitFor();
      expect(await pressed(page, '百分位')).toBe('true');
      // The default choice: the metric on screen with weight 1, no error shown.
      expect(await page.getByLabel('再就业人数的权重').inputValue()).toBe('1');
      expect(await page.locator('.composite-controls [role="alert"]').count()).toBe(0);
      expect(await page.locator('.panel-error').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);
});
