/**
 * Builds the app once per test run (shared by the journey files, see tests/setup/app-build.ts),
 * serves it with `vite preview` on loopback, and launches Debian's Chromium through
 * playwright-core. Used by the journey tests; nothing here is downloaded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';

/** Where journeys write their screenshots and exported files (created by suiteApp). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AppHarness {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** How long a journey file waits for another file's build of the app. */
const SHARED_BUILD_WAIT_MS = 170_000;

/**
 * The production build in `root/dist`, made once for all journey files of a run: the first file
 * to take `root/lock` builds and then writes `root/done` (or `root/failed` with the error); the
 * others wait for either.
 */
export async function sharedBuild(root: string): Promise<string> {
  const outDir = join(root, 'dist');
  const done = join(root, 'done');
  const failed = join(root, 'failed');
  let builder = true;
  try {
    mkdirSync(join(root, 'lock'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    builder = false;
  }
  if (builder) {
    try {
      await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
    } catch (e) {
      writeFileSync(failed, String(e instanceof Error ? e.stack ?? e.message : e));
      throw e;
    }
    writeFileSync(done, '');
    return outDir;
  }
  const deadline = Date.now() + SHARED_BUILD_WAIT_MS;
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`the shared app build failed in another test file:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`the shared app build in ${outDir} was not done after ${SHARED_BUILD_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return outDir;
}

/**
 * Serves a build and launches Chromium. `builtDir` is a finished build (from sharedBuild), which
 * close() leaves in place; without it (bench/workbooks.ts) the app is built into a temp folder of
 * its own that close() removes.
 */
export async function startApp(builtDir?: string): Promise<AppHarness> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium fonts-noto-cjk' (.ci/run does).`);
  }
  const ownDir = builtDir === undefined ? mkdtempSync(join(tmpdir(), 'shequ-dist-')) : undefined;
  const outDir = builtDir ?? ownDir!;
  if (ownDir !== undefined) await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error(`unexpected preview address: ${String(address)}`);
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      if (ownDir !== undefined) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app of one journey file: the run's shared build served and Chromium launched before its
 * tests (and the artifacts folder made), closed after them. Read `url` and `browser` inside tests only.
 */
export function suiteApp(): AppHarness {
  let app: AppHarness | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp(await sharedBuild(inject('appBuildRoot')));
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });
  const started = (): AppHarness => {
    if (!app) throw new Error('the app is started in beforeAll: read it inside a test');
    return app;
  };
  return {
    get url() { return started().url; },
    get browser() { return started().browser; },
    close: async () => { await app?.close(); },
  };
}

/** A page of its own browser context (own IndexedDB), with the page errors it raised. */
export interface SamplePage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/**
 * Opens the app at `search` in a fresh context and waits for the sample to be shown. `bypassCSP`
 * only where axe is injected (an inline script the app's own policy rightly refuses).
 */
export async function openSample(app: AppHarness, search: string, opts: { viewport?: { width: number; height: number }; bypassCSP?: boolean; timeout?: number } = {}): Promise<SamplePage> {
  const context = await app.browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(opts.timeout ?? 30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => { errors.push(e.message); });
  await page.goto(`${app.url}${search}`);
  await page.getByText('当前显示示例数据').waitFor();
  return { context, page, errors };
}
