/**
 * Excel workbooks in real Chromium against the production build (CSP in force): two streets'
 * workbooks through the file input → the report names file › sheet → the league table reads
 * them; a messy month-per-sheet workbook (title, 单位 row, merged 街道 cells, 合计 row, `3500余`,
 * a hidden sheet) shows its report; a password-protected file is refused and the data stays.
 * SheetJS arrives in its own chunk, loaded by the import worker only when a workbook is chosen.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, suiteApp } from './browser-harness';

const FIXTURES = fileURLToPath(new URL('../fixtures/workbooks/', import.meta.url));
const UI_TIMEOUT = 30_000;
const JOURNEY_TIMEOUT = 120_000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const app = suiteApp();


const workbook = (name: string) => ({ name, mimeType: XLSX_MIME, buffer: readFileSync(`${FIXTURES}${name}`) });

async function openData(page: Page): Promise<void> {
  await page.goto(app.url);
  await page.getByText('当前显示示例数据').waitFor();
  await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '数据', exact: true }).click();
  await page.waitForURL((u) => u.searchParams.get('view') === 'data');
}

async function issueRows(page: Page): Promise<string[][]> {
  return page.locator('.report-panel table.issues-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

describe('Excel workbooks in Chromium', () => {
  it('two workbooks through the file input: report by file › sheet, then the league table', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (e) => { errors.push(e.message); });
    // Requests of the page and its workers; the service worker's own precache of every build file
    // (for offline use) downloads the chunk without running it and is left out.
    context.on('request', (r) => { if (r.serviceWorker() === null && /\.js$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname); });
    try {
      await openData(page);
      const beforeImport = scripts.length;
      await page.locator('.import-panel input[type="file"]').setInputFiles([workbook('中北镇-2024年3月.xlsx'), workbook('双口镇-2024年3月.xlsx')]);
      const report = page.locator('.report-panel');
      await report.locator('.report-ok', { hasText: '双口镇-2024年3月.xlsx' }).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}w1-two-workbooks-report.png` });
      // SheetJS came in its own chunk, requested only once a workbook was chosen.
      expect(scripts.slice(0, beforeImport).some((p) => /xlsx/i.test(p)), JSON.stringify(scripts)).toBe(false);
      await expect.poll(() => scripts.slice(beforeImport).some((p) => /\/xlsx-[^/]*\.js$/.test(p)), { timeout: 5000 }).toBe(true);
      const issues = await issueRows(page);
      const merged = issues.filter((r) => (r[4] ?? '').includes('合并单元格'));
      expect(merged.map((r) => [r[1], r[2]]), JSON.stringify(issues)).toEqual([['中北镇-2024年3月.xlsx › 3月', '3'], ['双口镇-2024年3月.xlsx › 3月', '3']]);

      await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '排行', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('view') === 'league');
      const bar = page.getByRole('group', { name: '筛选条件' });
      await bar.getByLabel('指标', { exact: true }).selectOption('residents');
      await page.locator('table.league-table caption', { hasText: '常住人口' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('table.league-table tbody tr').length === 5);
      const rows = await page.locator('table.league-table tbody tr').evaluateAll((trs) => trs.map((tr) => {
        const toggle = tr.querySelector('th[scope="row"] .unit-toggle');
        return [tr.querySelector('td')?.textContent ?? '', toggle?.textContent ?? tr.querySelector('th')?.textContent ?? '', tr.querySelectorAll('td, th')[3]?.textContent ?? ''];
      }));
      expect(rows).toEqual([
        ['1', '柳滩社区', '7,300'], ['2', '南河社区', '6,100'], ['3', '东湖社区', '5,200'], ['4', '西山社区', '4,100'], ['5', '北岸社区', '3,900'],
      ]);
      await page.screenshot({ path: `${ARTIFACTS}w2-two-workbooks-league.png` });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('a messy month-per-sheet workbook shows its report; an encrypted file is refused and the data stays', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 1400 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    try {
      await openData(page);
      await page.locator('.import-panel input[type="file"]').setInputFiles([workbook('2024年社区月报.xlsx')]);
      const report = page.locator('.report-panel');
      await report.locator('.report-ok', { hasText: '2024年社区月报.xlsx' }).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}w3-messy-workbook-report.png`, fullPage: true });
      const issues = await issueRows(page);
      const find = (text: string) => issues.find((r) => (r[4] ?? '').includes(text));
      expect(find('隐藏')?.slice(1, 3), JSON.stringify(issues)).toEqual(['2024年社区月报.xlsx › 草稿', '整个工作表']);
      // `3500余` at E5 of each month's sheet: one row naming the three sheets.
      expect(find('3500余')?.slice(0, 3)).toEqual(['警告', '2024年社区月报.xlsx › 1月、2月、3月', '5']);
      expect(find('工作表名：2024年3月')?.[1]).toBe('2024年社区月报.xlsx › 3月');

      // The file input is disabled until the last import is saved (slower under CI's load): a file set before is never read.
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.import-panel input[type="file"]')?.disabled === false);
      await page.locator('.import-panel input[type="file"]').setInputFiles([workbook('加密.xlsx')]);
      await report.getByText('文件已加密').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}w4-encrypted-refused.png` });
      expect(await page.locator('header .dataset-name').textContent()).toBe('2024年社区月报');
    } finally {
      await context.close();
    }
  }, JOURNEY_TIMEOUT);
});
