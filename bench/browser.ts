/**
 * Browser bench (`--browser`): builds the app into bench/out/dist, serves it with `vite preview`
 * on 127.0.0.1 and drives Debian Chromium (playwright-core) to measure:
 * - initial JavaScript, gzip: the JS index.html loads at start plus its static imports, gzipped
 *   with zlib's default level; every other JS file (lazy chunks, the import worker) listed apart;
 * - file chosen → dataset shown → first chart drawn, for the 1M file (and the city file with
 *   --city): setInputFiles on the 数据 view's file input, wait until the header shows the file's
 *   name (the import finished and the dataset is displayed), click 对比, wait for a
 *   a bar (`.bar-chart-bar`, or `.recharts-bar-rectangle` in builds before the bars were hand-drawn) inside `[data-chart-id]`; times are performance.now() in the page;
 * - the longest main-thread task during that import (PerformanceObserver 'longtask', installed
 *   before any app script with addInitScript; tasks inside the worker are not main-thread tasks);
 * - metric and period switch at the largest size: the toolbar select is changed in the page and
 *   the clock stops on the first animation frame after the view's headings changed and a chart
 *   or table is present, plus one more task (so the frame was painted).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { OUT_DIR, type BenchFile } from './make-data';

export interface BrowserImport {
  readonly size: string;
  /** File chosen → dataset name in the header (import finished, dataset shown), ms. */
  readonly toShownMs: number;
  /** File chosen → first chart drawn in the 对比 view, ms. */
  readonly toChartMs: number;
  /** Longest main-thread task from file chosen to dataset shown (the import itself), ms. */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Longest main-thread task from dataset shown to first chart drawn (the 对比 view's first render), ms. */
  readonly longestChartTaskMs: number;
  /** File chosen → the page says the import is saved in IndexedDB (the worker saves it), ms. */
  readonly toSavedMs?: number;
  /** Longest main-thread task from first chart drawn until saved (NaN when the save ended first: its tasks are in the rows before), ms. */
  readonly longestSaveTaskMs?: number;
  /** What was waited for. */
  readonly signal: string;
  readonly error?: string;
}

export interface BrowserSwitch {
  readonly size: string;
  readonly what: string;
  /** Median of the switches, ms (change event → updated frame painted). */
  readonly ms: number;
  readonly runs: readonly number[];
  readonly longestTaskMs: number;
  readonly error?: string;
}

export interface BrowserResult {
  readonly initialJsGzipBytes?: number;
  readonly lazyJsGzipBytes?: number;
  readonly initialFiles?: readonly { file: string; bytes: number; gzip: number }[];
  readonly lazyFiles?: readonly { file: string; bytes: number; gzip: number }[];
  readonly chromium?: string;
  imports?: BrowserImport[];
  switches?: BrowserSwitch[];
  error?: string;
  readonly buildSeconds?: number;
}

const DIST = `${OUT_DIR}dist/`;
const ROOT = new URL('../', import.meta.url).pathname;
const VITE = `${ROOT}node_modules/vite/bin/vite.js`;

/** Builds the app of checkout `root` (this one by default) into `dist`; returns the seconds it took. */
export function build(log: (m: string) => void, root = ROOT, dist = DIST): number {
  log(`browser: vite build → ${dist.replace(ROOT, '')} …`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [VITE, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`vite build failed: ${(r.stderr || r.stdout).slice(-800)}`);
  return (performance.now() - t0) / 1000;
}

/** Static imports of a built chunk (`import"./x.js"`, `from"./x.js"`), not dynamic `import()`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[^.\w$])(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) out.push(m[1]!);
  return out;
}

/** Initial and lazy JS of the build, with gzip sizes. */
export function jsSizes(dist: string): Pick<BrowserResult, 'initialJsGzipBytes' | 'lazyJsGzipBytes' | 'initialFiles' | 'lazyFiles'> {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const start = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)) start.add(m[1]!);
  const queue = [...start];
  while (queue.length > 0) {
    const f = queue.pop()!;
    const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : '';
    for (const imp of staticImports(readFileSync(`${dist}${f}`, 'utf8'))) {
      const path = `${dir}${imp}`;
      if (!start.has(path)) {
        start.add(path);
        queue.push(path);
      }
    }
  }
  const all = readdirSync(`${dist}assets`).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const size = (file: string) => {
    const buf = readFileSync(`${dist}${file}`);
    return { file, bytes: statSync(`${dist}${file}`).size, gzip: gzipSync(buf).length };
  };
  const initialFiles = [...start].map(size);
  const lazyFiles = all.filter((f) => !start.has(f)).map(size);
  return {
    initialFiles, lazyFiles,
    initialJsGzipBytes: initialFiles.reduce((a, f) => a + f.gzip, 0),
    lazyJsGzipBytes: lazyFiles.reduce((a, f) => a + f.gzip, 0),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves `dist` (built from checkout `root`) with vite preview on 127.0.0.1:`port`. */
export async function startPreview(port: number, root = ROOT, dist = DIST): Promise<ChildProcess> {
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** Installed before the app's scripts: collects main-thread long tasks. */
export const INIT_SCRIPT = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__longtaskError = String(e); }
`;

type Page = import('playwright-core').Page;

interface TaskWindow { __longtasks: { start: number; duration: number }[] }

/** Longest task (ms) and number of long tasks that started in [from, to). */
async function longestTaskSince(page: Page, from: number, to = Infinity): Promise<{ max: number; count: number }> {
  return page.evaluate(([a, b]) => {
    const tasks = (window as unknown as TaskWindow).__longtasks.filter((t) => t.start >= a! && t.start < (b ?? Infinity));
    return { max: tasks.reduce((m, t) => Math.max(m, t.duration), 0), count: tasks.length };
  }, [from, Number.isFinite(to) ? to : null] as const);
}

/** Chooses `file` in the 数据 view and waits for the dataset, then for the first chart in 对比. */
export async function importInPage(page: Page, base: string, file: BenchFile, timeoutMs: number): Promise<BrowserImport> {
  const name = file.name.replace(/\.[^.]+$/, '');
  // The first chart is drawn when its bars are (recharts, in older builds, put its <svg> on the page a task before it drew into it).
  const signal = `header .dataset-name = "${name}", then [data-chart-id] .bar-chart-bar in 对比`;
  try {
    await page.goto(`${base}/?view=data`);
    const input = page.locator('input[type="file"]').first();
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    // Let the sample load and settle so its work is not counted: an import's worker rolls up (and
    // saves) once the page asks, SETTLE_MS after its hand-over; 500 ms left the sample's roll-ups
    // running in the first ~200 ms of the measured import. The same wait for every commit measured.
    await page.waitForSelector('.dataset-name', { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(2_500);
    const t0 = await page.evaluate(() => performance.now());
    await input.setInputFiles(file.path);
    await page.evaluate(WATCH_SAVE);
    // Over the 300 MB message threshold (the 36-month city file) the app asks first: answer 仍然导入
    // as a user would (the time to read the message is part of the figure, a second or so).
    if (statSync(file.path).size > 300 * 1024 * 1024) {
      const anyway = page.getByRole('button', { name: '仍然导入' });
      await anyway.waitFor({ state: 'visible', timeout: 30_000 });
      await anyway.click();
      // The blocked report of the first attempt stays on screen until the confirmed import ends.
      await page.waitForFunction(() => !document.querySelector('.report-blocked'), undefined, { timeout: timeoutMs, polling: 'raf' });
    }
    const shown = await page.waitForFunction((n) => {
      const el = document.querySelector('.dataset-name');
      if (el && el.textContent === n) return performance.now();
      const err = document.querySelector('.import-status')?.textContent ?? '';
      if (err.includes('出错') || document.querySelector('.report-blocked')) return -1;
      return false;
    }, name, { timeout: timeoutMs, polling: 'raf' });
    const tShown = (await shown.jsonValue()) as number;
    if (tShown < 0) {
      const why = (await page.locator('.report-blocked').count()) > 0
        ? `blocked: ${await page.locator('.report-panel').first().innerText()}`
        : await page.locator('.import-status').textContent();
      throw new Error(`import failed in the page: ${(why ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    await page.getByRole('link', { name: '对比' }).click();
    const drawn = await page.waitForFunction(() => (document.querySelector('[data-chart-id] .bar-chart-bar, [data-chart-id] .recharts-bar-rectangle') ? performance.now() : false),
      undefined, { timeout: timeoutMs, polling: 'raf' });
    const tChart = (await drawn.jsonValue()) as number;
    const tasks = await longestTaskSince(page, t0, tShown);
    const chartTasks = await longestTaskSince(page, tShown, tChart);
    const savedAt = await page.waitForFunction(() => (window as unknown as { __savedAt?: number }).__savedAt ?? false,
      undefined, { timeout: timeoutMs, polling: 100 });
    const tSaved = (await savedAt.jsonValue()) as number;
    // Tasks after the first chart until the save ended (none to look at when it ended before).
    const saveTasks = tSaved > tChart ? await longestTaskSince(page, tChart, tSaved + 1) : { max: NaN, count: 0 };
    return {
      size: file.size, toShownMs: tShown - t0, toChartMs: tChart - t0, longestTaskMs: tasks.max, longTasks: tasks.count,
      longestChartTaskMs: chartTasks.max, toSavedMs: tSaved - t0, longestSaveTaskMs: saveTasks.max, signal,
    };
  } catch (e) {
    return { size: file.size, toShownMs: NaN, toChartMs: NaN, longestTaskMs: NaN, longTasks: 0, longestChartTaskMs: NaN, signal, error: e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e) };
  }
}

/**
 * In the page, from the moment the file is chosen: every 100 ms, looks whether IndexedDB's
 * 'datasets' store holds a dataset (each file gets a fresh browser context) and sets
 * window.__savedAt to performance.now() the first time it does.
 */
const WATCH_SAVE = new Function(`
  const timer = setInterval(() => {
    const req = indexedDB.open('shequ-compare');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('datasets')) { db.close(); return; }
      const count = db.transaction('datasets').objectStore('datasets').count();
      count.onsuccess = () => {
        db.close();
        if (count.result > 0 && window.__savedAt === undefined) { window.__savedAt = performance.now(); clearInterval(timer); }
      };
    };
  }, 100);
`) as () => void;

/**
 * Runs in the page (kept as source text: tsx would wrap inner functions in a `__name` helper that
 * does not exist in the page): sets the select's value, dispatches `change`, waits until the
 * headings of the view changed and a chart or table is present, then for the next frame to be
 * painted; resolves to the elapsed ms.
 */
const SWITCH_ONCE = new Function('sel', 'v', `
  const signature = () => [...document.querySelectorAll('main h2, main .subtitle, main caption')].map((n) => n.textContent).join('|');
  const before = signature();
  const t = performance.now();
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(sel, v);
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  return new Promise((resolve, reject) => {
    const check = () => {
      const ready = signature() !== before && document.querySelector('main .chart-surface, main .recharts-surface, main table') !== null;
      if (ready) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
      else if (performance.now() > t + 60000) reject(new Error('view did not update within 60 s'));
      else requestAnimationFrame(check);
    };
    check();
  });
`) as (sel: Element, v: string) => Promise<number>;

/**
 * Switches the toolbar select labelled `label` (指标 or 期间) through `count` other options and
 * times each switch in the page: change event → headings changed and a chart/table present →
 * next animation frame → next task (the frame was painted).
 */
export async function switchInPage(page: Page, size: string, view: string, label: string, count: number, months = false): Promise<BrowserSwitch> {
  const what = months ? `${label}: a month (${view} view)` : `${label} (${view} view)`;
  try {
    await page.getByRole('link', { name: view }).click();
    const select = page.getByLabel(label, { exact: true }).first();
    await select.waitFor({ timeout: 30_000 });
    const values = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value).filter((v) => v !== ''));
    const current = await select.evaluate((el) => (el as HTMLSelectElement).value);
    // Another option of the same kind as the current one (a metric, or a period of the same
    // granularity: the quarters the app opens on), or with `months` a month.
    const targets = values.filter((v) => v !== current && periodKind(v) === (months ? 'M' : periodKind(current))).slice(0, count);
    const runs: number[] = [];
    const t0all = await page.evaluate(() => performance.now());
    for (const value of targets) {
      await page.waitForTimeout(200);
      const ms = (await select.evaluate(SWITCH_ONCE, value)) as number;
      runs.push(ms);
    }
    const tasks = await longestTaskSince(page, t0all);
    const sorted = [...runs].sort((a, b) => a - b);
    const med = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    return { size, what, ms: med, runs, longestTaskMs: tasks.max };
  } catch (e) {
    return { size, what, ms: NaN, runs: [], longestTaskMs: NaN, error: e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e) };
  }
}

/** The granularity of a period key ('M', 'Q', 'H', 'Y'), or '' for anything else (a metric id). */
function periodKind(v: string): string {
  return /^\d{4}-Q\d$/.test(v) ? 'Q' : /^\d{4}-H\d$/.test(v) ? 'H' : /^\d{4}$/.test(v) ? 'Y' : /^\d{4}-\d{2}$/.test(v) ? 'M' : '';
}

/** Runs the browser bench on `files` (imports each; switches on the largest). */
export async function benchBrowser(files: readonly BenchFile[], log: (m: string) => void): Promise<BrowserResult> {
  const result: BrowserResult = {};
  let buildSeconds = 0;
  try {
    buildSeconds = build(log);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  Object.assign(result, { buildSeconds }, jsSizes(DIST));
  const port = await freePort();
  let preview: ChildProcess | null = null;
  let browser: import('playwright-core').Browser | null = null;
  try {
    preview = await startPreview(port);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    Object.assign(result, { chromium: browser.version() });
    result.imports = [];
    result.switches = [];
    const base = `http://127.0.0.1:${port}`;
    for (const file of files) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.addInitScript(INIT_SCRIPT);
      log(`browser: importing ${file.name} …`);
      const imp = await importInPage(page, base, file, file.size === 'city' ? 900_000 : 300_000);
      result.imports.push(imp);
      log(`  ${imp.error ? `failed: ${imp.error}` : `chart after ${Math.round(imp.toChartMs)} ms, longest task ${Math.round(imp.longestTaskMs)} ms`}`);
      // Switches on the last file (city24 with --city: the whole city, under the 300 MB limit).
      if (!imp.error && file === files[files.length - 1]) {
        const plan = [['对比', '指标'], ['对比', '期间'], ['排行', '指标'], ['排行', '期间'], ['趋势', '指标'], ['均衡', '指标'], ['均衡', '期间'], ['均衡', '期间', 'months']] as const;
        for (const [view, label, months] of plan) {
          const s = await switchInPage(page, file.size, view, label, 5, months === 'months');
          result.switches.push(s);
          log(`  switch ${s.what}: ${s.error ?? `${Math.round(s.ms)} ms`}`);
        }
      }
      await context.close();
    }
  } catch (e) {
    result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await browser?.close().catch(() => undefined);
    preview?.kill();
  }
  return result;
}
