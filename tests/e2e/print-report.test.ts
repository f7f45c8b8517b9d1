/**
 * Item 6 of issue 16 in real Chromium: pin the compare chart and the league table, open the
 * 汇报篮 and press 打印/导出PDF; the A4 report is printed with page.pdf() (the browser's own print,
 * print stylesheet in force) and the text of every page is checked: the narrative, the first and
 * last community of the league table, the table header on every page it runs over, the source
 * line and `第 n / N 页` on every page, and the chart drawn as vector text (not a picture).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, suiteApp } from './browser-harness';
import { pdfPageTexts, squash } from './pdf-text';

const app = suiteApp();


describe('打印/导出PDF', () => {
  it('prints the 汇报篮 as an A4 report whose every page says what it should', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      await page.goto(`${app.url}?view=compare&metric=reemployed&period=2024-Q2`);
      await page.getByText('当前显示示例数据').waitFor();
      const compare = page.locator('section.chart-panel', { has: page.locator('[data-chart-id="compare"]') });
      await compare.locator('.bar-chart-bar').first().waitFor();
      await compare.getByRole('button', { name: '导出' }).click();
      await page.getByRole('menuitem', { name: '图表加入汇报篮' }).click();
      await compare.getByText('已加入汇报篮').waitFor();

      await page.goto(`${app.url}?view=league&metric=reemployed&period=2024-Q2`);
      await page.locator('table.league-table tbody tr').first().waitFor();
      await page.getByRole('button', { name: '导出' }).first().click();
      await page.getByRole('menuitem', { name: '加入汇报篮' }).click();
      await page.getByText('已加入汇报篮').waitFor();
      // The name cell also holds its 画像 link: the name is the text before it.
      const firstUnit = (await page.locator('table.league-table tbody tr').first().locator('td, th').nth(1).textContent())?.trim().replace(/画像$/, '') ?? '';

      await page.getByRole('button', { name: '汇报篮' }).click();
      await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
      await page.getByRole('button', { name: '打印/导出PDF（A4汇报材料）' }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
      // Read the report's DOM first: printing fires afterprint, which removes the report.
      const firstBar = await page.evaluate(() => document.querySelector('.print-report .chart-category')?.textContent ?? '');
      const lastRow = await page.evaluate(() => [...document.querySelectorAll('.print-table tbody tr')].pop()?.querySelectorAll('td')[1]?.textContent ?? '');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(`${ARTIFACTS}print-report.pdf`, pdf);
      // PDF text has no reliable spaces: compare with every whitespace removed.
      const pages = pdfPageTexts(pdf).map(squash);
      const all = pages.join('');

      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(pages[0]).toContain('社区工作情况汇报');
      expect(pages[0]).toContain('2024年第二季度');
      expect(all).toContain('情况概述');
      expect(all).toMatch(/差距最大|不平衡|变异系数/);
      expect(all).toContain('各社区再就业人数对比');
      expect(all).toContain('参考线：中位数');
      // The chart is vector: its community names are PDF text, not pixels of a picture.
      expect(firstBar).not.toBe('');
      expect(all).toContain(squash(firstBar));
      expect(all).toContain(squash(firstUnit));
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1} footer`).toContain('数据来源：示例数据');
        expect(text, `page ${i + 1} number`).toContain(`第${i + 1}/${pages.length}页`);
      });
      const tablePages = pages.filter((p) => p.includes('排名社区街道/镇数值'));
      expect(tablePages.length, 'the league header is repeated on each page of the table').toBeGreaterThanOrEqual(2);
      // The last row of the league table is on the last page.
      expect(lastRow).not.toBe('');
      expect(pages[pages.length - 1]).toContain(squash(lastRow));
    } finally {
      await context.close();
    }
  }, 180_000);

  it('prints a 单位画像 as an A4 page: its summary, percentile chart, table of every metric, footer and page numbers', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      await page.goto(`${app.url}?view=profile&unit=${encodeURIComponent('昆香苑社区')}&period=2024-Q2`);
      await page.getByRole('heading', { name: '昆香苑社区单位画像' }).waitFor();
      await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
      await page.getByRole('button', { name: '打印画像（A4，含摘要、图表和表格）' }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
      const firstRowMetric = await page.evaluate(() => document.querySelector('.print-report .print-table tbody tr td')?.textContent ?? '');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(`${ARTIFACTS}print-profile.pdf`, pdf);
      const pages = pdfPageTexts(pdf).map(squash);
      const all = pages.join('');
      expect(pages[0]).toContain('昆香苑社区单位画像');
      expect(all).toContain('画像摘要');
      expect(all).toMatch(/一是/);
      expect(firstRowMetric).not.toBe('');
      expect(all).toContain(squash(firstRowMetric));
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1} footer`).toContain('数据来源：示例数据');
        expect(text, `page ${i + 1} number`).toContain(`第${i + 1}/${pages.length}页`);
      });
    } finally {
      await context.close();
    }
  }, 180_000);
});
