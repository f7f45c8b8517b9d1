/**
 * First chart at city scale, this checkout against an earlier commit, in the same run
 * (`npm run bench -- --first-chart [--against=REF] [--imports=N]`):
 * - both apps are built (the earlier one from a worktree of REF under bench/out/, with this
 *   checkout's node_modules) and served side by side with vite preview;
 * - the 24-month and the 36-month city files (5,617 units; the 36-month one is over the 300 MB
 *   message threshold, so the import is confirmed with 仍然导入 as a user would) are imported in
 *   Headless Chromium, each import in a fresh browser context, ours and theirs alternating;
 * - per import: file chosen → first chart drawn in 对比 (browser.ts importInPage), and the longest
 *   main-thread task from file chosen to first chart (PerformanceObserver 'longtask');
 * - after our last import of each file: metric and period switches on screen (switchInPage).
 * Ratios are medians, ours ÷ theirs. Results go to bench/first-chart.json and the table is printed.
 */
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { build, freePort, importInPage, INIT_SCRIPT, startPreview, switchInPage, type BrowserImport, type BrowserSwitch } from './browser';
import { ensureBenchFile, OUT_DIR, type BenchFile } from './make-data';
import { median } from './measure';
import { previousCheckout } from './previous-commit';

const ROOT = new URL('../', import.meta.url).pathname;

interface Side {
  readonly label: string;
  readonly sha?: string;
  readonly subject?: string;
  readonly base: string;
}

export interface FirstChartResult {
  readonly date: string;
  readonly against: { sha: string; subject: string };
  readonly files: { name: string; bytes: number; rows: number }[];
  readonly imports: (BrowserImport & { side: string; file: string; longestTaskToChartMs: number })[];
  readonly switches: (BrowserSwitch & { file: string })[];
}

/** Longest main-thread task from file chosen to first chart (both import parts). */
function longestToChart(r: BrowserImport): number {
  return Math.max(r.longestTaskMs, r.longestChartTaskMs);
}

export async function benchFirstChart(against: string, importsPerFile: number, log: (m: string) => void): Promise<FirstChartResult> {
  const prev = previousCheckout(against, log);
  if (!existsSync(`${prev.dir}/node_modules`)) symlinkSync(`${ROOT}node_modules`, `${prev.dir}/node_modules`);
  const oursDist = `${OUT_DIR}dist/`;
  const theirsDist = `${OUT_DIR}previous-dist/`;
  build(log);
  build(log, `${prev.dir}/`, theirsDist);
  const files: BenchFile[] = [ensureBenchFile('city24', log), ensureBenchFile('city', log)];
  const servers: ChildProcess[] = [];
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const result: FirstChartResult = {
    date: new Date().toISOString(), against: { sha: prev.sha, subject: prev.subject },
    files: files.map((f) => ({ name: f.name, bytes: f.bytes, rows: f.rows })), imports: [], switches: [],
  };
  try {
    const oursPort = await freePort();
    servers.push(await startPreview(oursPort, ROOT, oursDist));
    const theirsPort = await freePort();
    servers.push(await startPreview(theirsPort, `${prev.dir}/`, theirsDist));
    const ours: Side = { label: 'ours', base: `http://127.0.0.1:${oursPort}` };
    const theirs: Side = { label: 'previous', base: `http://127.0.0.1:${theirsPort}`, sha: prev.sha, subject: prev.subject };
    for (const file of files) {
      // Ours every time; theirs every other time (their imports are slower and only the median is wanted).
      for (let k = 0; k < importsPerFile; k++) {
        for (const side of k % 2 === 0 ? [ours, theirs] : [ours]) {
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
          const page = await context.newPage();
          await page.addInitScript(INIT_SCRIPT);
          const r = await importInPage(page, side.base, file, 900_000);
          result.imports.push({ ...r, side: side.label, file: file.name, longestTaskToChartMs: longestToChart(r) });
          log(`  ${side.label} ${file.name} #${k + 1}: ${r.error ? `failed: ${r.error}` : `chart after ${Math.round(r.toChartMs)} ms, longest task ${Math.round(longestToChart(r))} ms`}`);
          if (side === ours && k === importsPerFile - 1 && !r.error) {
            const plan = [['对比', '指标'], ['对比', '期间'], ['排行', '指标'], ['排行', '期间'], ['趋势', '指标'], ['均衡', '指标'], ['均衡', '期间']] as const;
            for (const [view, label] of plan) {
              const s = await switchInPage(page, file.size, view, label, 5);
              result.switches.push({ ...s, file: file.name });
              log(`  switch ${s.what}: ${s.error ?? `median ${Math.round(s.ms)} ms, runs ${s.runs.map(Math.round).join(' ')}`}`);
            }
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    for (const s of servers) s.kill();
  }
  writeFileSync(new URL('./first-chart.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** The markdown table of a first-chart run. */
export function firstChartTable(r: FirstChartResult): string {
  const rows: string[] = [
    `First chart at city scale, Chromium, against ${r.against.sha.slice(0, 10)} (${r.against.subject.slice(0, 90)}), ${r.date.slice(0, 16)}Z.`,
    '',
    '| file | ours: first chart (median) | previous | ratio (target ≤ 0.6×) | ours: imports with no task > 50 ms | ours: longest task | on-screen switch, max median (target ≤ 100 ms) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const f of r.files) {
    const mine = r.imports.filter((x) => x.file === f.name && x.side === 'ours' && !x.error);
    const theirs = r.imports.filter((x) => x.file === f.name && x.side === 'previous' && !x.error);
    const failed = r.imports.filter((x) => x.file === f.name && x.error).map((x) => `${x.side}: ${x.error}`);
    const m = median(mine.map((x) => x.toChartMs));
    const t = median(theirs.map((x) => x.toChartMs));
    const calm = mine.filter((x) => x.longestTaskToChartMs <= 50).length;
    const sw = r.switches.filter((s) => s.file === f.name && !s.error).map((s) => s.ms);
    rows.push(`| ${f.name} (${(f.bytes / 1e6).toFixed(0)} MB) | ${(m / 1000).toFixed(2)} s (${mine.length}) | ${(t / 1000).toFixed(2)} s (${theirs.length}) | ${(m / t).toFixed(2)}× | ${calm} of ${mine.length} | ${Math.round(Math.max(0, ...mine.map((x) => x.longestTaskToChartMs)))} ms | ${sw.length > 0 ? `${Math.round(Math.max(...sw))} ms` : '—'} |`);
    for (const e of failed) rows.push(`| ${f.name} | failed: ${e.slice(0, 120)} | | | | | |`);
  }
  return `${rows.join('\n')}\n`;
}
