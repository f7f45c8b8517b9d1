/**
 * The main journeys in real Chromium (Debian's, via playwright-core), against the production
 * build served by `vite preview` (so the build's Content-Security-Policy is in force):
 * (a) sample on first open, tabs keep the URL in step, reload, deep link;
 * (b) a GBK file with a title row and bad rows through the file input, its report, the league
 *     order, and the data still there after a reload (IndexedDB);
 * (c) PNG and PPTX downloads from the compare chart's 导出 menu, checked byte by byte;
 * (d) the visible 中文 / English switch: English tabs, titles, numbers and periods, kept over a
 *     reload, and back to Chinese;
 * (e) axe-core on every view in both languages, and the contrast of chart SVG text (axe does not check it);
 * (f) hostile unit names stay text, no dialog, CSP meta, no request leaves the origin.
 * One build per file (beforeAll); each journey gets its own browser context (own IndexedDB).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { BrowserContext, BrowserContextOptions, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, suiteApp } from './browser-harness';
import { contrastRatio, parseCssColor } from './contrast';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
/** Waits for things the app does (sample import in the worker takes a few seconds on 2 cores). */
const UI_TIMEOUT = 30_000;
const JOURNEY_TIMEOUT = 90_000;
/** The sample's unit count (data/README.md): every community of 津南区. */
const SAMPLE_UNITS = 154;

const app = suiteApp();
/** How long the first open took to show the sample here (measured in (a)); bounds a wait in (b). */
let sampleLoadMs = 15_000;


/** A fresh context and page that records dialogs, page errors and every request. */
interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
}

async function openSession(extra: BrowserContextOptions = {}): Promise<Session> {
  const context = await app.browser.newContext({
    viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true, ...extra,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const s: Session = { context, page, dialogs: [], errors: [], requests: [] };
  page.on('dialog', (d) => { s.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  page.on('pageerror', (e) => { s.errors.push(e.message); });
  context.on('request', (r) => { s.requests.push(r.url()); });
  return s;
}

function url(search = ''): string {
  return `${app.url}${search}`;
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
}

/** Waits for the sample to be on screen (banner) after a navigation. */
async function waitForSample(page: Page): Promise<void> {
  await page.getByText('当前显示示例数据').waitFor();
}

/** Waits until `selector` matches at least `min` elements. */
async function waitForCount(page: Page, selector: string, min: number): Promise<number> {
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel as string).length >= (n as number),
    [selector, min] as const,
    { timeout: UI_TIMEOUT },
  );
  return page.locator(selector).count();
}

/** `nav`: the tabs' accessible name, 视图 (Chinese UI) or Views (English UI). */
async function clickTab(page: Page, label: string, view: string, nav = '视图'): Promise<void> {
  await page.getByRole('navigation', { name: nav }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL((u) => u.searchParams.get('view') === view);
  await page.locator(`nav[aria-label="${nav}"] a[aria-current="page"]`, { hasText: label }).waitFor();
}

const BARS = '[data-chart-id="compare"] .bar-chart-bar';
const LINES = '[data-chart-id="trend"] .recharts-line-curve';
const LEAGUE_ROWS = 'table.league-table tbody tr';
const SCATTER_POINTS = '[data-chart-id="scatter"] .scatter-point';

/** The league table's rows as [rank, unit, value] texts. */
async function leagueRows(page: Page): Promise<string[][]> {
  return page.locator(LEAGUE_ROWS).evaluateAll((rows) => rows.map((r) => {
    const cells = r.querySelectorAll('td, th');
    const name = r.querySelector('th[scope="row"]');
    // The name is the highlight toggle button; the cell may also carry a 不完整 tag, so read only
    // the button (or, without one, the cell's own text nodes).
    const toggle = name?.querySelector('.unit-toggle');
    const unit = toggle ? (toggle.textContent ?? '') : name ? [...name.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('') : '';
    return [cells[0]?.textContent ?? '', unit, cells[3]?.textContent ?? ''];
  }));
}

/** The 数据 view's file picker (visually hidden behind its styled label; setInputFiles needs no visibility). */
function fileInput(page: Page) {
  return page.locator('.import-panel input[type="file"]');
}

async function selectedValue(page: Page, label: string): Promise<string> {
  return page.getByRole('group', { name: '筛选条件' }).getByLabel(label, { exact: true }).inputValue();
}

describe('journeys in Chromium', () => {
  it('(a) first open shows the sample; tabs keep the URL in step; reload and deep links keep the view', async () => {
    const s = await openSession();
    const { page } = s;
    try {
      const started = Date.now();
      await page.goto(url());
      await waitForSample(page);
      sampleLoadMs = Date.now() - started;
      expect(await waitForCount(page, BARS, 20)).toBeGreaterThanOrEqual(20);
      expect(await page.locator('header .dataset-name').textContent()).toContain('示例数据');
      // The bench's harness waits for this: the id of the dataset on screen.
      expect(await page.locator('main').getAttribute('data-dataset-id')).toBe('sample');
      await shot(page, 'a1-first-open');

      // Choose a metric and period, then walk the tabs: view changes, metric/period stay.
      const bar = page.getByRole('group', { name: '筛选条件' });
      await bar.getByLabel('指标', { exact: true }).selectOption('volunteers');
      await bar.getByLabel('期间', { exact: true }).selectOption('2024-Q4');
      await page.waitForURL((u) => u.searchParams.get('metric') === 'volunteers' && u.searchParams.get('period') === '2024-Q4');
      await page.locator('[data-chart-id="compare"]').locator('xpath=ancestor::section[1]').getByRole('heading', { name: /注册志愿者/ }).waitFor();

      const steps: [label: string, view: string, ready: string][] = [
        ['对比', 'compare', BARS],
        ['排行', 'league', LEAGUE_ROWS],
        ['均衡', 'imbalance', '.imbalance-view h2'],
        ['趋势', 'trend', LINES],
      ];
      for (const [label, view, ready] of steps) {
        await clickTab(page, label, view);
        await waitForCount(page, ready, 1);
        const q = query(page);
        expect({ view: q.get('view'), metric: q.get('metric'), period: q.get('period') })
          .toEqual({ view, metric: 'volunteers', period: '2024-Q4' });
        if (view === 'league') {
          expect(await page.locator('table.league-table caption').textContent()).toMatch(/注册志愿者.*2024年第四季度/);
          expect(await page.locator(LEAGUE_ROWS).count()).toBe(SAMPLE_UNITS);
        }
      }
      await shot(page, 'a2-trend');

      // Back returns to the previous view (tabs push history entries).
      await page.goBack();
      await page.waitForURL((u) => u.searchParams.get('view') === 'imbalance');
      await page.goForward();
      await page.waitForURL((u) => u.searchParams.get('view') === 'trend');

      await page.reload();
      await waitForSample(page);
      await waitForCount(page, LINES, 2);
      expect(query(page).get('view')).toBe('trend');
      expect(query(page).get('metric')).toBe('volunteers');
      expect(query(page).get('period')).toBe('2024-Q4');
      expect(await page.locator('nav[aria-label="视图"] a[aria-current="page"]').textContent()).toBe('趋势');
      expect(await selectedValue(page, '指标')).toBe('volunteers');

      await page.goto(url('?view=league&metric=volunteers&period=2024-H1'));
      await waitForSample(page);
      await waitForCount(page, LEAGUE_ROWS, SAMPLE_UNITS);
      expect(await page.locator('nav[aria-label="视图"] a[aria-current="page"]').textContent()).toBe('排行');
      expect(await selectedValue(page, '指标')).toBe('volunteers');
      expect(await selectedValue(page, '期间')).toBe('2024-H1');
      expect(await page.locator('table.league-table caption').textContent()).toMatch(/注册志愿者.*2024年上半年/);
      await shot(page, 'a3-deep-link-league');
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, JOURNEY_TIMEOUT);

  describe('(b) import a GBK file with a title row and bad rows', () => {
    // Line numbers are file lines: 1 title, 2 header, 3… data.
    const LINES_GBK = [
      '2024年3月社区统计表,,,', //                       1 title row (period from it)
      '街道,社区,再就业人数,注册志愿者', //                 2 header
      '咸水沽镇,金桥社区,12,80', //                       3
      '咸水沽镇,玉兰社区,3500余,120', //                  4 approximate value
      '双港镇,福馨园社区,25,', //                         5 empty cell
      '双港镇,欣华园社区,7', //                           6 too few cells
      '', //                                             7 blank
      '双桥河镇,东泥沽社区,18,95', //                     8
      '合计,,3562,295', //                               9 total row
    ];
    const FILE_NAME = '社区统计表-2024年3月.csv';
    let s: Session;

    beforeAll(async () => { s = await openSession(); });
    afterAll(async () => { await s?.context.close(); });

    it('reads the report and shows the data in the league table', async () => {
      const { page } = s;
      const bytes = iconv.encode(`${LINES_GBK.join('\r\n')}\r\n`, 'gbk');
      // Really GBK (not UTF-8 bytes): 社 is C9 E7 in GBK.
      expect(bytes.includes(Buffer.from([0xc9, 0xe7]))).toBe(true);

      await page.goto(url());
      await waitForSample(page);
      await clickTab(page, '数据', 'data');
      await fileInput(page).setInputFiles({ name: FILE_NAME, mimeType: 'text/csv', buffer: bytes });
      const report = page.locator('.report-panel');
      await report.getByText('导入成功').waitFor();
      // Saved in IndexedDB before we go on (the reload step below depends on it).
      await page.getByText('已保存在这台电脑的浏览器中').waitFor();
      await shot(page, 'b1-report');

      const counts = Object.fromEntries(await report.locator('dl.counts > div').evaluateAll((divs) =>
        divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? ''])));
      // 7 data lines after the title and header: 5 communities, 1 合计, 1 blank.
      expect(counts).toMatchObject({ 读入数据行: '7', 导入: '5', 小计: '1', 空行: '1', 跳过或拒绝: '0', '标题/表头行': '2' });

      const issues = await report.locator('table.issues-table tbody tr').evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      const at = (line: string, text: string) => issues.find((r) => r[2] === line && (r[4] ?? '').includes(text));
      expect(at('4', '3500余'), JSON.stringify(issues)).toBeDefined();
      expect(at('4', '3500余')?.[0]).toBe('警告');
      expect(at('6', '缺少'), JSON.stringify(issues)).toBeDefined();
      expect(at('1', '2024年3月社区统计表'), JSON.stringify(issues)).toBeDefined();
      // The banner is gone: the imported data replaced the sample.
      await page.getByText('当前显示示例数据').waitFor({ state: 'detached' });

      await clickTab(page, '排行', 'league');
      const bar = page.getByRole('group', { name: '筛选条件' });
      await bar.getByLabel('指标', { exact: true }).selectOption('reemployed');
      await page.waitForURL((u) => u.searchParams.get('metric') === 'reemployed');
      expect(await selectedValue(page, '期间')).toBe('2024-03');
      await waitForCount(page, LEAGUE_ROWS, 5);
      // By hand: 3500余 > 25 > 18 > 12 > 7; the approximate value keeps its mark.
      const reemployed = await leagueRows(page);
      expect(reemployed.map((r) => r.slice(0, 2))).toEqual([
        ['1', '玉兰社区'], ['2', '福馨园社区'], ['3', '东泥沽社区'], ['4', '金桥社区'], ['5', '欣华园社区'],
      ]);
      expect(reemployed[0]?.[2]).toMatch(/^\D+3,?500$/); // a mark (e.g. >) before 3,500, never plain

      // 注册志愿者: 120 > 95 > 80; 福馨园 (empty cell) and 欣华园 (short row) have no value: last, unranked.
      await bar.getByLabel('指标', { exact: true }).selectOption('volunteers');
      await page.waitForURL((u) => u.searchParams.get('metric') === 'volunteers');
      await page.locator('table.league-table caption', { hasText: '注册志愿者' }).waitFor();
      const volunteers = await leagueRows(page);
      expect(volunteers.slice(0, 3).map((r) => r.slice(0, 3))).toEqual([['1', '玉兰社区', '120'], ['2', '东泥沽社区', '95'], ['3', '金桥社区', '80']]);
      expect(volunteers.slice(3).map((r) => [r[0], r[2]])).toEqual([['—', '—'], ['—', '—']]);
      expect(volunteers.slice(3).map((r) => r[1]).sort()).toEqual(['欣华园社区', '福馨园社区'].sort());
      await shot(page, 'b2-league');
      expect(s.errors).toEqual([]);
    }, JOURNEY_TIMEOUT);

    it('keeps the imported data after a reload (IndexedDB)', async () => {
      const { page } = s;
      await page.reload();
      await page.locator('header .dataset-name').waitFor();
      await waitForCount(page, LEAGUE_ROWS, 5);
      expect(await page.getByText('当前显示示例数据').count()).toBe(0);
      expect(await page.locator('header .dataset-name').textContent()).toBe('社区统计表-2024年3月');
      expect((await leagueRows(page)).map((r) => r[1])).toEqual(['玉兰社区', '东泥沽社区', '金桥社区', expect.any(String), expect.any(String)]);
      // The import worker stored the cube with the dataset (store `cubes`), for the reopen worker to read back.
      const cubes = () => page.evaluate(() => new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('shequ-compare');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('cubes').objectStore('cubes').count();
          count.onsuccess = () => { open.result.close(); resolve(count.result); };
        };
      }));
      await expect.poll(cubes, { timeout: 5_000 }).toBe(1);
      await shot(page, 'b3-after-reload');
    }, JOURNEY_TIMEOUT);
  });

  // KNOWN BUG (lead: src/ui/api/dataset-query.ts): the first load's queryFn is still running when
  // the import calls setQueryData, and its late result (the sample) overwrites the import on screen
  // (the import is saved, so a reload shows it). Fix: `await client.cancelQueries({ queryKey:
  // datasetQueryKey, exact: true })` before setQueryData in showDataset. Then change `it.fails` to `it`.
  it('(b) an import made while the sample is still loading is not replaced by the sample', async () => {
    const s = await openSession();
    const { page } = s;
    try {
      // Hold the sample's request until the person's import is on screen, then let it through.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route('**/sample-jinnan-long*.csv', async (route) => { await held; await route.continue(); });
      await page.goto(url('?view=data'));
      const csv = '街道,社区,期间,再就业人数\n双港镇,甲社区,2024-03,30\n双港镇,乙社区,2024-03,20\n';
      await fileInput(page).setInputFiles({ name: '早导入.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.locator('.report-panel').getByText('导入成功').waitFor();
      const sample = page.waitForResponse('**/sample-jinnan-long*.csv');
      release();
      await (await sample).finished();
      // The sample now finishes importing in the worker; give it twice what it took in (a).
      const banner = await page.getByText('当前显示示例数据').waitFor({ timeout: Math.min(Math.max(2 * sampleLoadMs, 5_000), 30_000) }).then(() => true, () => false);
      await shot(page, 'b4-early-import');
      expect(banner, 'the sample replaced the imported data').toBe(false);
      expect(await page.locator('header .dataset-name').textContent()).toBe('早导入');
    } finally {
      await s.context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('(c) exports a PNG and a PPTX from the compare view', async () => {
    const s = await openSession();
    const { page } = s;
    try {
      await page.goto(url('?view=compare&metric=reemployed&period=2024-Q4'));
      await waitForSample(page);
      await waitForCount(page, BARS, 20);
      const panel = page.locator('section.chart-panel', { has: page.locator('[data-chart-id="compare"]') });
      const title = (await panel.locator('h2').textContent()) ?? '';
      expect(title).toMatch(/[\u4e00-\u9fff]/);

      const download = async (item: string): Promise<{ file: Download; bytes: Buffer }> => {
        await panel.getByRole('button', { name: '导出' }).click();
        const [file] = await Promise.all([
          page.waitForEvent('download', { timeout: UI_TIMEOUT }),
          page.getByRole('menuitem', { name: item }).click(),
        ]);
        const path = await file.path();
        await file.saveAs(`${ARTIFACTS}c-${file.suggestedFilename()}`);
        return { file, bytes: readFileSync(path) };
      };

      const png = await download('PNG（1920×1080）');
      expect(png.file.suggestedFilename()).toMatch(/再就业人数.*\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({ width: 1920, height: 1080 });
      // Not blank: decode it in the page (no network: a Blob, not a data: URL) and count pixels.
      const pixels = await page.evaluate(async (b64: string) => {
        const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bmp = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
        const c = document.createElement('canvas');
        c.width = bmp.width; c.height = bmp.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const count = (x: number, y: number, w: number, h: number) => {
          const d = ctx.getImageData(x, y, w, h).data;
          let dark = 0; let nonWhite = 0;
          for (let i = 0; i < d.length; i += 4) {
            const lum = (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
            if (lum < 100) dark++;
            if (lum < 245) nonWhite++;
          }
          return { dark, nonWhite, total: d.length / 4 };
        };
        return { all: count(0, 0, c.width, c.height), top: count(0, 0, c.width, 160), corner: [...ctx.getImageData(1, 1, 1, 1).data] };
      }, png.bytes.toString('base64'));
      expect(pixels.corner).toEqual([255, 255, 255, 255]);
      expect(pixels.all.nonWhite / pixels.all.total).toBeGreaterThan(0.02); // bars and text
      expect(pixels.top.dark).toBeGreaterThan(500); // the title's glyphs

      // 154 bars do not fit a 16:9 image: it shows the top and bottom 15 and says so.
      const svg = await download('SVG');
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toContain(`共${SAMPLE_UNITS}个单位，仅显示前15名和后15名（完整名单见排行表）`);
      expect(svgText).toContain(`中间${SAMPLE_UNITS - 30}个单位略`);
      expect(svgText.match(/class="bar-chart-bar"/g)?.length).toBe(30); // bars: 15 + 15, not 154

      const pptx = await download('PowerPoint（可编辑图表）');
      expect(pptx.file.suggestedFilename()).toMatch(/\.pptx$/);
      const zip = await JSZip.loadAsync(pptx.bytes);
      const chart = await zip.file('ppt/charts/chart1.xml')?.async('string');
      expect(chart, Object.keys(zip.files).join('\n')).toBeDefined();
      expect(chart).toContain('<c:barChart>');
      const slides = await Promise.all(zip.file(/^ppt\/slides\/slide\d+\.xml$/).map((f) => f.async('string')));
      expect(slides.length).toBeGreaterThanOrEqual(1);
      const texts = slides.flatMap((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? ''));
      expect(texts.some((t) => t.includes(title)), texts.join(' | ')).toBe(true);
      await shot(page, 'c1-after-export');
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('(d) switches to English with the visible switch, keeps it over a reload, and back to 中文', async () => {
    const s = await openSession();
    const { page } = s;
    try {
      await page.goto(url('?view=compare&metric=reemployed&period=2024-Q4'));
      await waitForSample(page);
      await waitForCount(page, BARS, 20);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

      const toEnglish = page.getByRole('button', { name: 'English', exact: true });
      await toEnglish.focus();
      await page.keyboard.press('Enter'); // the switch works from the keyboard
      await page.getByText('Showing sample data').waitFor();
      expect(await toEnglish.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const tabs = await page.getByRole('navigation', { name: 'Views' }).getByRole('link').allTextContents();
      expect(tabs).toEqual(['Overview', 'Compare', 'League', 'Trend', 'Scatter', 'Imbalance', 'Profile', 'Data']);
      await page.getByRole('heading', { name: 'Re-employed by community', exact: true }).waitFor();
      const bar = page.getByRole('group', { name: 'Filters' });
      expect(await bar.getByLabel('Period', { exact: true }).locator('option:checked').textContent()).toBe('2024 Q4');
      await shot(page, 'd1-english-compare');

      await clickTab(page, 'League', 'league', 'Views');
      await waitForCount(page, LEAGUE_ROWS, SAMPLE_UNITS);
      expect(await page.locator('table.league-table caption').textContent()).toBe('Re-employed league table (2024 Q4)');
      await clickTab(page, 'Data', 'data', 'Views');
      const values = page.locator('.counts div', { has: page.locator('dt', { hasText: /^Values$/ }) }).locator('dd');
      expect(await values.textContent()).toMatch(/^\d{1,3}(,\d{3})+$/); // 12,000-style, not 1.2万
      await shot(page, 'd2-english-data');

      await page.reload();
      await page.getByText('Showing sample data').waitFor();
      expect(await page.locator('nav[aria-label="Views"] a[aria-current="page"]').textContent()).toBe('Data');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      await page.getByRole('button', { name: '中文', exact: true }).click();
      await waitForSample(page);
      expect(await page.locator('nav[aria-label="视图"] a[aria-current="page"]').textContent()).toBe('数据');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await clickTab(page, '对比', 'compare');
      await page.getByRole('heading', { name: '各社区再就业人数对比', exact: true }).waitFor();
      expect(await page.getByRole('group', { name: '筛选条件' }).getByLabel('期间', { exact: true }).locator('option:checked').textContent()).toBe('2024年第四季度');
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, JOURNEY_TIMEOUT);

  it('(f) hostile names stay text, no dialog, CSP in force, no request leaves the origin', async () => {
    const html = await (await fetch(app.url)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toContain("connect-src 'self'");
    expect(meta?.[1]).toContain("script-src 'self'");
    expect(meta?.[1]).not.toMatch(/script-src[^;]*unsafe-inline/);

    const XSS = '<img src=x onerror=alert(1)>';
    const FORMULA = '=HYPERLINK("http://x","点击")';
    const csv = [
      '街道,社区,期间,再就业人数',
      `双港镇,${XSS},2024-03,30`,
      `双港镇,"${FORMULA.replaceAll('"', '""')}",2024-03,20`,
      '双港镇,普通社区,2024-03,10',
    ].join('\n');

    const s = await openSession();
    const { page } = s;
    const origin = new URL(app.url).origin;
    try {
      await page.goto(url('?view=data'));
      await waitForSample(page);
      await fileInput(page).setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.locator('.report-panel').getByText('导入成功').waitFor();

      await clickTab(page, '排行', 'league');
      await page.getByRole('group', { name: '筛选条件' }).getByLabel('指标', { exact: true }).selectOption('reemployed');
      await waitForCount(page, LEAGUE_ROWS, 3);
      const names = await page.locator(`${LEAGUE_ROWS} th[scope="row"] .unit-toggle`).allTextContents();
      expect(names).toEqual([XSS, FORMULA, '普通社区']);

      await clickTab(page, '对比', 'compare');
      await waitForCount(page, BARS, 3);
      const ticks = await page.locator('[data-chart-id="compare"] svg text').allTextContents();
      expect(ticks).toEqual(expect.arrayContaining([XSS, FORMULA]));
      await clickTab(page, '趋势', 'trend');
      // One period only: the lines are single dots, so wait for the legend (the top three units).
      const legend = page.locator('section.chart-panel', { has: page.locator('[data-chart-id="trend"]') }).locator('ul.legend li');
      await legend.filter({ hasText: '普通社区' }).waitFor();
      expect(await legend.allTextContents()).toEqual(expect.arrayContaining([XSS, FORMULA]));
      await shot(page, 'd1-hostile-names');

      // Nothing was parsed as markup anywhere.
      expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('a[href^="http://x"]').length)).toBe(0);
      expect(s.dialogs).toEqual([]);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("connect-src 'self'");
      const foreign = s.requests.filter((r) => !r.startsWith(`${origin}/`) && !r.startsWith('data:') && !r.startsWith('blob:'));
      expect(foreign).toEqual([]);
      expect(s.requests.length).toBeGreaterThan(2);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, JOURNEY_TIMEOUT);

  describe('(e) accessibility', () => {
    let s: Session;
    beforeAll(async () => {
      // The app's Content-Security-Policy blocks addScriptTag: bypass it for this context only.
      s = await openSession({ bypassCSP: true });
      await s.page.goto(url('?view=overview&metric=reemployed&period=2024-Q4'));
      await waitForSample(s.page);
      await s.page.addScriptTag({ path: AXE_PATH });
    }, 60_000);
    afterAll(async () => { await s?.context.close(); });

    const VIEWS: [label: string, labelEn: string, view: string, ready: string][] = [
      ['总览', 'Overview', 'overview', '.overview-view h2'],
      ['对比', 'Compare', 'compare', BARS],
      ['排行', 'League', 'league', LEAGUE_ROWS],
      ['趋势', 'Trend', 'trend', LINES],
      ['散点', 'Scatter', 'scatter', SCATTER_POINTS],
      ['均衡', 'Imbalance', 'imbalance', '.imbalance-view h2'],
      ['画像', 'Profile', 'profile', '.profile-pick h2'],
      ['数据', 'Data', 'data', '.report-panel'],
    ];

    it.each([
      ['中文', 'zh'],
      ['English', 'en'],
    ] as const)('axe finds no serious or critical WCAG 2 A/AA violations in any view (%s)', async (switchLabel, lang) => {
      const { page } = s;
      const found: Violation[] = [];
      await page.getByRole('button', { name: switchLabel, exact: true }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang === 'en' ? 'en' : 'zh-CN');
      for (const [zhLabel, enLabel, view, ready] of VIEWS) {
        if (query(page).get('view') !== view) await clickTab(page, lang === 'en' ? enLabel : zhLabel, view, lang === 'en' ? 'Views' : '视图');
        await waitForCount(page, ready, 1);
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
        });
        for (const v of result) {
          if (v.impact === 'serious' || v.impact === 'critical') found.push({ view: `${view}-${lang}`, id: v.id, impact: v.impact, targets: v.targets });
        }
        await shot(page, `e-${view}-${lang}`);
      }
      if (found.length > 0) console.info(`[axe] serious/critical violations:\n${found.map((v) => `${v.view} ${v.id} (${v.impact}) ×${v.targets.length}: ${v.targets.slice(0, 5).join(' , ')}`).join('\n')}`);
      expect(found.map(({ view, id, impact }) => ({ view, id, impact }))).toEqual(KNOWN_VIOLATIONS);
    }, JOURNEY_TIMEOUT);

    it.each([
      ['对比', 'compare', BARS],
      ['趋势', 'trend', LINES],
      ['散点', 'scatter', SCATTER_POINTS],
    ])('chart text in %s has contrast ≥ 4.5:1 against white', async (label, view, ready) => {
      const { page } = s;
      await page.getByRole('button', { name: '中文', exact: true }).click();
      if (query(page).get('view') !== view) await clickTab(page, label, view);
      await waitForCount(page, ready, 1);
      const texts = await page.locator(`[data-chart-id="${view}"] svg text`).evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? '', fill: getComputedStyle(el).fill, opacity: getComputedStyle(el).fillOpacity })));
      const shown = texts.filter((t) => t.text.trim() !== '');
      expect(shown.length).toBeGreaterThan(5);
      const low = shown
        .map((t) => ({ ...t, ratio: contrastRatio(parseCssColor(t.fill, Number(t.opacity)), [255, 255, 255]) }))
        .filter((t) => !(t.ratio >= 4.5));
      expect(low).toEqual([]);
    }, JOURNEY_TIMEOUT);
  });
});

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

interface Violation {
  readonly view: string;
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/**
 * Serious/critical violations known today, by view and rule (for the lead to fix in src/ui; the
 * failing targets are printed when the list is not empty). A new one fails the test; fixing one
 * also fails it, so remove it here when it is fixed. The goal (issue 7) is [].
 */
const KNOWN_VIOLATIONS: readonly Pick<Violation, 'view' | 'id' | 'impact'>[] = [
];
