/**
 * Reopening a saved city dataset in Chromium (the figures behind the reopen worker): the page's
 * long tasks when it reads the dataset alone, the dataset with its stored cube, or both in a worker
 * that hands them over by transfer; and the cost of rebuilding the cube on the page instead
 * (packCube + rollUpCube).
 *
 *   node --expose-gc --import tsx bench/cube-reopen-browser.ts [city|city24] [runs]
 *
 * Reads bench/out/long-<size>.csv as it is (never generates it); writes bench/out/reopen/ and
 * serves it on a free loopback port.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { freePort } from './browser';
import { loadTargets } from './load-targets';
import { OUT_DIR } from './make-data';
import { median } from './measure';
import { packDataset } from '../src/data/dataset/pack-dataset';

const size = process.argv[2] ?? 'city';
const runs = Number(process.argv[3] ?? 5);
const path = `${OUT_DIR}long-${size}.csv`;
if (!existsSync(path)) throw new Error(`${path} is missing: run the bench once to generate it`);
const dir = `${OUT_DIR}reopen/`;
mkdirSync(dir, { recursive: true });

const { mod } = await loadTargets(console.log);
const limits = { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER };
const { dataset } = mod.importFiles([{ name: `long-${size}.csv`, bytes: new Uint8Array(readFileSync(path)) }], { id: 'bench', createdAt: '2025-01-01T00:00:00.000Z', limits });
if (!dataset) throw new Error('did not import');
const { meta, transfer } = packDataset(dataset);
writeFileSync(`${dir}meta.json`, JSON.stringify({ meta, sizes: transfer.map((b) => b.byteLength) }));
writeFileSync(`${dir}data.bin`, Buffer.concat(transfer.map((b) => new Uint8Array(b))));
writeFileSync(`${dir}index.html`, '<!doctype html><meta charset="utf-8"><script src="page.js"></script>\n');
const esbuild = await import('esbuild');
for (const name of ['page', 'worker']) {
  await esbuild.build({
    entryPoints: [new URL(`./reopen-browser/${name}.ts`, import.meta.url).pathname], outfile: `${dir}${name}.js`,
    bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
}

const port = await freePort();
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const file = `${dir}${(req.url ?? '/').split('?')[0]!.slice(1) || 'index.html'}`;
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}).listen(port, '127.0.0.1');

type Timed = { ms: number; longMs: number; longest: number };
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => (globalThis as unknown as { bench: { setup(): Promise<number> } }).bench.setup());
  const got: Record<'alone' | 'withCube' | 'worker', Timed[]> = { alone: [], withCube: [], worker: [] };
  const rebuilt: { pack: number; rollUp: number }[] = [];
  for (let i = 0; i < runs; i++) {
    for (const how of ['alone', 'withCube', 'worker'] as const) {
      await page.reload();
      got[how].push(await page.evaluate((h) => {
        const b = (globalThis as unknown as { bench: { onPage(c: boolean): Promise<Timed>; inWorker(): Promise<Timed> } }).bench;
        return h === 'worker' ? b.inWorker() : b.onPage(h === 'withCube');
      }, how));
    }
    await page.reload();
    rebuilt.push(await page.evaluate(() => (globalThis as unknown as { bench: { rebuild(): Promise<{ pack: number; rollUp: number }> } }).bench.rebuild()));
  }
  const f = (xs: number[]): string => `${Math.round(median(xs))} ms`;
  console.log(`Chromium, ${size} (${dataset.obs.value.length.toLocaleString('en')} observations), medians of ${runs}:`);
  const line = (label: string, xs: Timed[]): void => console.log(`  ${label}: ${f(xs.map((x) => x.ms))} elapsed, page long tasks ${f(xs.map((x) => x.longMs))} (longest ${f(xs.map((x) => x.longest))})`);
  line('dataset read on the page', got.alone);
  line('dataset + stored cube read on the page', got.withCube);
  line('dataset + stored cube read in a worker, transferred', got.worker);
  console.log(`  rebuilding on the page instead: packCube ${f(rebuilt.map((r) => r.pack))} + rollUpCube ${f(rebuilt.map((r) => r.rollUp))} (one long task each)`);
} finally {
  await browser.close();
  server.close();
}
