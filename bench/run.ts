/**
 * `npm run bench`: measures (asserts nothing) and prints a markdown table, writing
 * bench/results.json and bench/RESULTS.md. Run with `node --expose-gc --import tsx bench/run.ts`.
 *
 * Default: 100k and 1M rows in Node (about 3 minutes). Options:
 *   --city (or BENCH_CITY=1)  also the whole city, ~4M rows (slow: minutes)
 *   --browser                 build the app and measure in headless Chromium
 *   (with --city --browser the 24-month city file `city24`, ~223 MB, is imported in the browser too)
 *   --profile                 CPU-profile one import of the 1M file (top self-time functions)
 *   --only-browser            skip the Node measurements (browser and JS size only)
 *   --analysis-only           only our import (once) and the analysis and view-switch figures; the
 *                             import, memory and browser rows are kept from the previous run
 *   --sizes=100k,1M           choose sizes explicitly
 *   --messy-only              only the messy/clean/wide files against papaparse and the previous commit
 *   --cli-only                only npm run check's start on a small file against the previous commit's
 *                             (bench/cli-start.ts, ~15 s); the rest of the results file is kept as it was
 *   --against=REF             the commit the messy/clean/wide files, the CLI start (and --first-chart) are compared with (default HEAD~1)
 *   --first-chart [--imports=N]  only file chosen → first chart at city scale in Chromium, ours and
 *                             REF's app side by side, N imports of each city file (default 10;
 *                             bench/first-chart.ts), written to bench/FIRST-CHART.md
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadTargets } from './load-targets';
import { ensureBenchFile, type BenchFile, type SizeName } from './make-data';
import { gc, gcAvailable, type TimeOptions } from './measure';
import { benchAnalysis } from './node-analysis';
import { benchImport } from './node-import';
import { peakMemory, type PeakMemory } from './node-memory';
import { profileImport } from './node-profile';
import { markdownTable, type BenchResults } from './report';

const args = new Set(process.argv.slice(2));
const sizeArg = process.argv.slice(2).find((a) => a.startsWith('--sizes='));
const city = args.has('--city') || process.env.BENCH_CITY === '1';
const sizes: SizeName[] = sizeArg
  ? (sizeArg.slice('--sizes='.length).split(',') as SizeName[])
  : city ? ['100k', '1M', 'city'] : ['100k', '1M'];
const onlyBrowser = args.has('--only-browser');
const analysisOnly = args.has('--analysis-only');
const messyOnly = args.has('--messy-only');
const against = process.argv.slice(2).find((a) => a.startsWith('--against='))?.slice('--against='.length) ?? 'HEAD~1';

/** Runs and time budget per operation, by size (the budget stops extra runs of a slow pipeline). */
const PLAN: Readonly<Record<SizeName, TimeOptions & { analysisRuns: number; general: TimeOptions | false }>> = {
  '100k': { runs: 5, budgetMs: 15_000, analysisRuns: 3, general: { runs: 3, budgetMs: 5_000 } },
  '1M': { runs: 3, budgetMs: 30_000, analysisRuns: 3, general: { runs: 1, budgetMs: 0 } },
  // One run of each (a city-size run warms the JIT by itself); the general path is skipped (minutes).
  city: { runs: 1, budgetMs: 0, warmupSkipAboveMs: 2_000, analysisRuns: 2, general: false },
  city24: { runs: 1, budgetMs: 0, warmupSkipAboveMs: 2_000, analysisRuns: 2, general: false },
};

const t0 = performance.now();
const log = (msg: string): void => console.error(msg);
const here = (p: string): URL => new URL(p, import.meta.url);

async function main(): Promise<void> {
  if (args.has('--first-chart')) {
    const { benchFirstChart, firstChartTable } = await import('./first-chart');
    const n = Number(process.argv.slice(2).find((a) => a.startsWith('--imports='))?.slice('--imports='.length) ?? 10);
    const r = await benchFirstChart(against, n, log);
    const table = firstChartTable(r);
    writeFileSync(here('./FIRST-CHART.md'), `# First chart at city scale\n\n${table}`);
    console.log(`\n${table}`);
    return;
  }
  if (args.has('--cli-only')) {
    const { benchCliStart } = await import('./cli-start');
    const prev = JSON.parse(readFileSync(here('./results.json'), 'utf8')) as BenchResults;
    write({ ...prev, cliStart: await benchCliStart(against, log) });
    return;
  }
  if (!gcAvailable()) log('note: run with node --expose-gc for a GC between runs (npm run bench does)');
  const { mod, how } = await loadTargets(log);
  const cpu = cpus();
  const results: BenchResults = {
    machine: {
      cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, platform: `${process.platform}-${process.arch}`,
      memoryGB: totalmem() / 2 ** 30, loadStart: loadavg(),
    },
    date: new Date().toISOString(), targets: how, gcExposed: gcAvailable(), sizes,
    imports: [], peak: {}, analysis: {}, notes: [],
  };
  const files: BenchFile[] = sizes.map((s) => ensureBenchFile(s, log));
  const f0 = files[0];
  if (f0) {
    results.notes.push(`Data: long CSV 区划代码,区,街道,社区,期间,指标,数值,单位 (UTF-8, CRLF, no quoted fields), 36 months 2022-01…2024-12 × 20 metrics per unit, ` +
      `about ${Math.round(f0.bytes / f0.rows)} bytes per row (Chinese names are 3 bytes each in UTF-8), generated by bench/make-data.ts.`);
  }
  results.notes.push(`Our code loaded as: ${how}. DuckDB is @duckdb/node-api (native, multi-threaded, reads the file from the OS cache), not DuckDB-WASM.`);

  if (!analysisOnly && !onlyBrowser) {
    const { benchMessy } = await import('./node-messy');
    const { loadPreviousCommit } = await import('./previous-commit');
    const { messyLongFiles, wideCityFile } = await import('./messy-data');
    const previous = await loadPreviousCommit(against, log);
    if ('error' in previous) log(`  previous commit: ${previous.error}`);
    results.messy = await benchMessy(mod, previous, log);
    const messyFile = messyLongFiles().messy;
    log('node: peak memory of the messy file, and both files imported in a fresh process (child processes) …');
    results.messy.peak = {
      ours: await peakMemory('ours', messyFile), oursWhole: await peakMemory('oursWhole', messyFile), wide: await peakMemory('ours', wideCityFile()),
    };
    // One bundle per process: two bundles in one process slow the second loaded (closing notes of issue 14).
    log(`node: each file warm in a process of its own, ours${'error' in previous ? '' : ' and the previous commit\'s'} (child processes, twice each, alternating) …`);
    const warm = { clean: [] as PeakMemory[], messy: [] as PeakMemory[], wide: [] as PeakMemory[] };
    const warmPrevious = { clean: [] as PeakMemory[], messy: [] as PeakMemory[], wide: [] as PeakMemory[] };
    const other = 'error' in previous ? undefined
      : { module: previous.module, limits: { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER } };
    const warmFiles = { clean: messyLongFiles().clean, messy: messyFile, wide: wideCityFile() };
    for (let i = 0; i < 2; i++) {
      for (const k of ['clean', 'messy', 'wide'] as const) {
        // The second round takes the previous commit first, so a drift of the machine favours neither.
        if (other && i === 1) warmPrevious[k].push(await peakMemory('oursWarm', warmFiles[k], other));
        warm[k].push(await peakMemory('oursWarm', warmFiles[k]));
        if (other && i === 0) warmPrevious[k].push(await peakMemory('oursWarm', warmFiles[k], other));
      }
    }
    results.messy.warm = warm;
    if (other) results.messy.warmPrevious = warmPrevious;
    gc();
    const { benchCliStart } = await import('./cli-start');
    results.cliStart = await benchCliStart(against, log);
  }
  if (messyOnly) {
    // Only the messy section: the rest of the results file is kept as it was.
  } else if (analysisOnly) {
    for (const file of files.filter((f) => f.size !== '100k')) {
      log(`node: import ${file.name} once, then analysis …`);
      const bytes = new Uint8Array(readFileSync(file.path));
      const limits = { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER };
      const { dataset } = mod.importFiles([{ name: file.name, bytes }], { id: 'bench', createdAt: '2025-01-01T00:00:00.000Z', limits });
      if (!dataset) throw new Error(`${file.name} did not import`);
      results.analysis[file.size] = benchAnalysis(mod, dataset, PLAN[file.size].analysisRuns);
      gc();
    }
  } else if (!onlyBrowser) {
    for (const file of files) {
      const plan = PLAN[file.size];
      log(`node: import ${file.name} (${(file.bytes / 1e6).toFixed(1)} MB) …`);
      const { result, dataset } = await benchImport(file, mod, plan, log);
      results.imports.push(result);
      log(`  ours ${fmt(result.timings.ours?.ms)} · papaparse raw ${fmt(result.timings.papaRaw?.ms)} · DuckDB warm ${fmt(result.timings.duckdbWarm?.ms)}${result.timings.ours?.error ? ` · ours failed: ${result.timings.ours.error}` : ''}`);
      if (dataset && file.size !== '100k') {
        log(`node: analysis on ${file.size} …`);
        try {
          results.analysis[file.size] = benchAnalysis(mod, dataset, plan.analysisRuns);
        } catch (e) {
          log(`  analysis failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      gc();
      log(`node: peak memory ${file.name} (child processes) …`);
      results.peak[file.size] = { ours: await peakMemory('oursWhole', file), papaRaw: await peakMemory('papaRaw', file) };
    }
    if (args.has('--profile')) {
      // The 1M file is the issue's reference size; else the largest run.
      const file = files.find((f) => f.size === '1M') ?? files[files.length - 1]!;
      log(`node: CPU profile of one ${file.name} import …`);
      try {
        results.profile = await profileImport(file, 15);
      } catch (e) {
        results.profile = { error: e instanceof Error ? e.message : String(e) };
      }
    }
  }

  if (args.has('--browser') || onlyBrowser) {
    const { benchBrowser } = await import('./browser');
    const browserFiles = files.filter((f) => f.size !== '100k');
    // The 36-month city file is over the app's 300 MB limit: also try the 24-month city file.
    if (browserFiles.some((f) => f.size === 'city')) browserFiles.push(ensureBenchFile('city24', log));
    results.browser = await benchBrowser(browserFiles.length > 0 ? browserFiles : files, log);
  } else {
    results.browser = { skipped: 'run with --browser' };
  }

  if (messyOnly) {
    const prev = JSON.parse(readFileSync(here('./results.json'), 'utf8')) as BenchResults;
    const profile = prev.profile ? { ...prev.profile, carriedFrom: prev.profile.carriedFrom ?? prev.date } : undefined;
    Object.assign(results, { ...prev, profile, messy: results.messy, cliStart: results.cliStart, date: results.date, machine: results.machine });
  } else carryOver(results);
  results.machine = { ...results.machine, loadEnd: loadavg() };
  results.seconds = (performance.now() - t0) / 1000;
  write(results);
  log(`bench finished in ${results.seconds.toFixed(0)} s → bench/results.json, bench/RESULTS.md`);
}

/** Writes bench/results.json and bench/RESULTS.md, and prints the table. */
function write(results: BenchResults): void {
  const table = markdownTable(results);
  writeFileSync(here('./results.json'), `${JSON.stringify(results, jsonSafe, 2)}\n`);
  writeFileSync(here('./RESULTS.md'), `# Benchmark results\n\n${table}`);
  console.log(`\n${table}`);
  if (results.profile && 'top' in results.profile) {
    // A --messy-only run or one without --profile shows the last measured profile: say when that was.
    const measured = results.profile.carriedFrom !== undefined ? `, measured ${results.profile.carriedFrom.slice(0, 10)} (not this run: --profile measures it)` : '';
    console.log(`CPU profile, one ${results.profile.size} import (self time, top ${results.profile.top.length}${measured}):`);
    for (const r of results.profile.top) console.log(`  ${r.selfMs.toFixed(0).padStart(6)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.fn}`);
  }
}

/**
 * Keeps figures this run did not measure (the city size, the browser, the profile) from the
 * previous bench/results.json, marked with the date they were measured, so a default run does
 * not erase the slow opt-in figures.
 */
function carryOver(results: BenchResults): void {
  let prev: BenchResults;
  try {
    prev = JSON.parse(readFileSync(here('./results.json'), 'utf8')) as BenchResults;
  } catch {
    return;
  }
  const when = (prev.carriedFrom ?? prev.date).slice(0, 10);
  const done = new Set(results.imports.map((r) => r.size));
  for (const imp of prev.imports ?? []) {
    if (done.has(imp.size)) continue;
    results.imports.push({ ...imp, carriedFrom: imp.carriedFrom ?? prev.date });
    const peak = prev.peak?.[imp.size];
    if (peak) results.peak[imp.size] = peak;
    const analysis = prev.analysis?.[imp.size];
    if (analysis && !results.analysis[imp.size]) results.analysis[imp.size] = { ...analysis, carriedFrom: analysis.carriedFrom ?? prev.date };
  }
  if (results.browser && 'skipped' in results.browser && prev.browser && !('skipped' in prev.browser)) {
    results.browser = { ...prev.browser, carriedFrom: prev.browser.carriedFrom ?? prev.date };
  }
  // The CLI start's section says when it was measured.
  if (!results.cliStart && prev.cliStart) results.cliStart = prev.cliStart;
  if (!results.profile && prev.profile) results.profile = { ...prev.profile, carriedFrom: ('carriedFrom' in prev.profile ? prev.profile.carriedFrom : undefined) ?? prev.date };
  const order: Record<string, number> = { '100k': 0, '1M': 1, city: 2 };
  results.imports.sort((a, b) => (order[a.size] ?? 9) - (order[b.size] ?? 9));
  if (results.imports.some((r) => r.carriedFrom) || (results.browser && 'carriedFrom' in results.browser)) {
    results.notes.push(`Rows marked “earlier run” were not measured this time and are kept from a previous run (${when} or its own date in results.json).`);
  }
}

function fmt(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '—' : `${Math.round(ms)} ms`;
}

/** NaN and Infinity become null in JSON. */
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

await main();
