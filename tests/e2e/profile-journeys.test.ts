/**
 * Journeys of issue 18 in real Chromium against the production build (tests/e2e/browser-harness.ts):
 * (a) 单位画像 reached by clicking a community name in 排行, its table, narrative and Back;
 * (b) the batch deck of every community's profile: progress, cancel (no file), then the deck;
 * (c) offline after the first load (service worker), and the web manifest;
 * (d) the rough edges: 排行 without blank page below, drop hint cleared, keyboard search and skip
 *     link, negative weights rejected, 汇报篮 over the page, language switch rewords a status,
 *     the narrative names units tied at the lowest value.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, suiteApp } from './browser-harness';

const UI_TIMEOUT = 30_000;
const JOURNEY_TIMEOUT = 120_000;
const SAMPLE_UNITS = 154;

const app = suiteApp();


const open = (search: string, viewport = { width: 1366, height: 768 }, bypassCSP = false) =>
  openSample(app, search, { viewport, bypassCSP, timeout: UI_TIMEOUT });

describe('单位画像', () => {
  it('(a) opens from a community name in 排行, shows every metric, the narrative and 取长补短, and Back returns', async () => {
    const { context, page, errors } = await open('?view=league&period=2024-Q4', undefined, true);
    const table = page.getByRole('table', { name: /各社区再就业人数排行/ });
    const first = (await table.locator('tbody tr').first().locator('.unit-toggle').textContent())!.trim();
    await table.getByRole('link', { name: `查看${first}的单位画像` }).click();
    await page.getByRole('heading', { name: `${first}单位画像` }).waitFor();
    const url = new URL(page.url()).searchParams;
    expect([url.get('view'), url.get('unit'), url.get('period')]).toEqual(['profile', first, '2024-Q4']);
    const metrics = page.getByRole('table', { name: `${first}各项指标一览` });
    expect(await metrics.locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
    const narrative = page.getByRole('region', { name: '画像摘要' });
    expect(await narrative.locator('.narrative-text').textContent()).toMatch(/^2024年第四季度，一是/);
    expect(await page.getByRole('region', { name: '取长补短' }).textContent()).toMatch(/处于全区前25%的指标|没有指标处于全区前25%/);
    expect(await page.locator('[data-chart-id="profile-percentile"] .bar-chart-bar').count()).toBeGreaterThan(10);
    await page.screenshot({ path: `${ARTIFACTS}profile.png`, fullPage: true });
    // axe on the whole profile: no serious or critical WCAG 2 A/AA violation.
    await page.addScriptTag({ path: fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)) });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // The profile's chart exports through the usual menu: a PNG and a one-slide deck with a native chart.
    const chartPanel = page.locator('section.chart-panel', { has: page.locator('[data-chart-id="profile-percentile"]') });
    for (const [item, ext] of [['PNG（1920×1080）', 'png'], ['PowerPoint（可编辑图表）', 'pptx']] as const) {
      await chartPanel.getByRole('button', { name: '导出' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: item }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`^${first}各项指标所处位置_2024年第四季度\\.${ext}$`));
      const bytes = readFileSync((await file.path())!);
      if (ext === 'png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      else expect(Object.keys((await JSZip.loadAsync(bytes)).files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(1);
    }
    await page.goBack();
    await page.getByRole('table', { name: /各社区再就业人数排行/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('(b) exports every community as one deck with progress; a cancel makes no file', async () => {
    const { context, page, errors } = await open('?view=profile&period=2024-Q4');
    const button = page.getByRole('button', { name: '批量导出全部社区画像（PPT）' });
    await page.getByText(`${SAMPLE_UNITS}个社区，每个社区一页`).waitFor();
    let downloads = 0;
    page.on('download', () => { downloads++; });
    await button.click();
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消批量导出，未生成文件。').waitFor();
    expect(downloads).toBe(0);
    const download = page.waitForEvent('download', { timeout: 90_000 });
    const t0 = Date.now();
    await button.click();
    await page.locator('.batch-export progress').waitFor();
    const file = await download;
    const ms = Date.now() - t0;
    expect(file.suggestedFilename()).toBe('各社区单位画像（2024年第四季度）.pptx');
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(SAMPLE_UNITS + 1);
    const second = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(second).toMatch(/单位画像/);
    expect(second).toMatch(/取长补短|强项/);
    await page.getByText(`已导出${SAMPLE_UNITS}个社区的画像。`).waitFor();
    console.log(`batch deck of ${SAMPLE_UNITS} profiles: ${ms} ms`);
    expect(errors).toEqual([]);
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('(c) works offline after the first load, and installs with its manifest', async () => {
    const { context, page } = await open('?view=league');
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json() as Promise<{ name: string; icons: { sizes: string }[] }>);
    expect(manifest.name).toBe('社区统计对比看板');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const requests: string[] = [];
    context.on('request', (r) => { requests.push(r.url()); });
    await context.setOffline(true);
    await page.reload();
    await page.getByText('当前显示示例数据').waitFor();
    await page.getByRole('link', { name: '画像', exact: true }).click();
    await page.getByLabel('选择社区').selectOption({ index: 1 });
    await page.getByRole('heading', { name: /单位画像$/ }).waitFor();
    expect(requests.every((u) => u.startsWith(app.url) || u.startsWith('blob:') || u.startsWith('data:'))).toBe(true);
    await context.close();
  }, JOURNEY_TIMEOUT);
});

describe('rough edges', () => {
  it.each([[1366, 768], [1920, 1080]])('排行 at %i×%i: no blank page below the table', async (width, height) => {
    const { context, page } = await open('?view=league', { width, height });
    await page.getByRole('table', { name: /各社区再就业人数排行/ }).waitFor();
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
    // Header, toolbar and a table whose scroll box fits the window: about one screen, never 5,000 px.
    expect(scroll).toBeLessThan(height + 400);
    await context.close();
  }, JOURNEY_TIMEOUT);

  it.each([[1366, 768], [1920, 1080]])('散点 at %i×%i: no label overlaps another label or a point; dropped ones are named', async (width, height) => {
    const { context, page } = await open('?view=scatter&period=2024-Q4', { width, height });
    await page.locator('svg.spec-scatter .point-label').first().waitFor();
    const clash = await page.evaluate(() => {
      const svg = document.querySelector('svg.spec-scatter')!;
      const labels = [...svg.querySelectorAll<SVGTextElement>('.point-label')].map((t) => t.getBBox());
      const points = [...svg.querySelectorAll<SVGCircleElement>('circle.scatter-point')].map((c) => c.getBBox());
      const hit = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
      let n = 0;
      labels.forEach((a, i) => { labels.forEach((b, j) => { if (i < j && hit(a, b)) n++; }); points.forEach((p) => { if (hit(a, p)) n++; }); });
      return { n, labels: labels.length, aria: svg.getAttribute('aria-label') ?? '', note: document.querySelector('.scatter-unlabelled')?.textContent ?? '' };
    });
    expect(clash.n).toBe(0);
    expect(clash.labels).toBeGreaterThan(0);
    if (clash.note !== '') expect(clash.aria).toContain(clash.note.replace(/。$/, ''));
    await page.screenshot({ path: `${ARTIFACTS}scatter-${width}.png` });
    await context.close();
  }, JOURNEY_TIMEOUT);

  it.each([[1366, 768], [1920, 1080]])('分街道显示 and 差距变化 at %i×%i clip no name and no last point', async (width, height) => {
    const outside = (sel: string) => page.evaluate((selector) => [...document.querySelectorAll(selector)].flatMap((svg) => {
      const r = svg.getBoundingClientRect();
      const panel = svg.closest('.panel')!.getBoundingClientRect();
      return [...svg.querySelectorAll('text, .recharts-dot')].filter((t) => {
        const b = t.getBoundingClientRect();
        return b.width > 0 && (b.left < Math.max(r.left, panel.left) - 0.5 || b.right > Math.min(r.right, panel.right) + 0.5);
      }).map((t) => t.textContent || t.tagName);
    }), sel);
    const { context, page } = await open('?view=compare&period=2024-Q4', { width, height });
    await page.getByRole('button', { name: '分街道显示' }).click();
    await page.locator('.small-multiple svg.chart-surface').first().waitFor();
    expect(await outside('.small-multiple svg.chart-surface')).toEqual([]);
    await page.goto(`${app.url}?view=imbalance&period=2024-Q4`);
    await page.locator('[data-chart-id="imbalance-trend"] svg.recharts-surface').waitFor();
    expect(await outside('[data-chart-id="imbalance-trend"] svg.recharts-surface')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('a file dropped on the 数据 page clears the page drop hint', async () => {
    const { context, page } = await open('?view=data');
    const zone = page.locator('.drop-zone');
    await zone.waitFor();
    const data = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['街道,社区,期间,指标,数值\n一街道,甲社区,2024-01,再就业人数,3\n'], 'a.csv', { type: 'text/csv' }));
      return dt;
    });
    await zone.dispatchEvent('dragenter', { dataTransfer: data });
    await page.getByText('松开鼠标即可导入文件').waitFor();
    await zone.dispatchEvent('drop', { dataTransfer: data });
    await page.getByText('松开鼠标即可导入文件').waitFor({ state: 'detached' });
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('the highlight search works from the keyboard, and a skip link reaches the filters', async () => {
    const { context, page } = await open('?view=scatter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到筛选栏');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filters');
    const box = page.getByLabel('突出显示', { exact: true });
    await box.fill('昆香');
    await box.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: '已突出显示的单位' }).getByText('昆香苑社区').waitFor();
    expect(await page.getByText(/没有找到/).count()).toBe(0);
    expect(await box.inputValue()).toBe('');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('composite weights reject a negative weight; the 汇报篮 opens over the page', async () => {
    const { context, page } = await open('?view=league');
    await page.getByRole('button', { name: '综合指数' }).click();
    const weight = page.getByLabel('再就业人数的权重');
    await weight.fill('-1');
    expect(await page.getByRole('alert').textContent()).toMatch(/权重无效：权重须为0或正数/);
    const top = () => page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
    const before = await top();
    await page.getByRole('button', { name: '汇报篮' }).click();
    await page.getByRole('heading', { name: /汇报篮（\d+）/ }).waitFor();
    expect(await top()).toBe(before);
    const [accent, border] = await page.evaluate(() => [
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      getComputedStyle(document.querySelector('.deck-basket button')!).borderTopColor,
    ]);
    expect(accent).toBe('#0072b2');
    expect(border).toBe('rgb(0, 114, 178)');
    await context.close();
  }, JOURNEY_TIMEOUT);

  it('the narrative names the units tied at the lowest value; a language switch rewords its copy status', async () => {
    const { context, page } = await open('?view=imbalance&period=2024-Q4');
    const text = await page.locator('.narrative-text').first().textContent();
    expect(text).toContain('最低的鑫港园社区、格林第二社区等4个社区（均为2场次）');
    expect(text).not.toContain('其次是');
    await page.getByRole('button', { name: '复制', exact: true }).click();
    const status = page.locator('.narrative [role="status"]');
    await expect.poll(async () => (await status.textContent())?.trim()).toMatch(/^已复制|^复制失败/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => (await status.textContent())?.trim()).toMatch(/^Copied|^Copying failed|^Copy failed/);
    await context.close();
  }, JOURNEY_TIMEOUT);
});
