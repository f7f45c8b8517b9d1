/**
 * Speed without a cliff (issue 14): the messy GB18030 long file against the clean UTF-8 file with
 * the same rows, papaparse's raw parse of the same messy bytes, the wide GB18030 city file (MB/s
 * against the long one), and the previous commit on each file — all interleaved in one process.
 * The wide file's time per byte is also given for papaparse's raw parse and for the floor importer
 * (floor-import.ts), and every run's first-touched memory is counted (minor page faults), so the
 * report shows how much of the wide line any importer that keeps the observations would pay.
 * DuckDB's read_csv (a warm instance) reads UTF-8 copies of the messy and wide files (it reads no
 * GB18030): its time per byte on the two is the line measured on a columnar C++ reader.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { OUT_DIR, type BenchFile } from './make-data';
import { messyLongFiles, wideCityFile } from './messy-data';
import { floorImport, type FloorLayout } from './floor-import';
import { gc, median, operation, timeInterleaved, type Timing } from './measure';
import type { TargetModule } from './load-targets';
import type { PreviousCommit } from './previous-commit';

export interface MessyResult {
  readonly files: Readonly<Record<'clean' | 'messy' | 'wide', { name: string; bytes: number; rows: number; quotedShare?: number; utf8Bytes?: number }>>;
  readonly timings: Readonly<Record<string, Timing>>;
  readonly previous: { sha: string; subject: string } | { error: string };
  readonly statuses: Readonly<Record<string, string>>;
  /** Memory each operation touched for the first time, MB per run (median; minor page faults × 4 KiB). */
  readonly faultedMb: Readonly<Record<string, number>>;
}

/** The columns of messy-data.ts's files, for the floor: code, period, then metric and value or the metrics. */
const FLOOR_LAYOUTS: Readonly<Record<'messy' | 'wide', FloorLayout>> = {
  messy: { skipLines: 2, unit: 0, period: 4, long: { metric: 5, value: 6 } },
  wide: { skipLines: 1, unit: 0, period: 4, valuesFrom: 5 },
};

/** A UTF-8 copy of GB18030 `bytes` in bench/out (made once), for DuckDB. */
function utf8Copy(bytes: Uint8Array, name: string): { path: string; bytes: number } {
  const path = `${OUT_DIR}${name}`;
  if (!existsSync(path)) writeFileSync(path, new TextDecoder('gb18030').decode(bytes));
  return { path, bytes: readFileSync(path).length };
}

const minorFaults = (): number => process.resourceUsage().minorPageFault;

function quotedShare(bytes: Uint8Array): number {
  const text = new TextDecoder('gb18030').decode(bytes);
  const rows = text.split('\r\n').length;
  return (text.match(/"[\d,]+"/g)?.length ?? 0) / rows;
}

export async function benchMessy(mod: TargetModule, previous: PreviousCommit | { error: string }, log: (m: string) => void): Promise<MessyResult> {
  const { clean, messy } = messyLongFiles(log);
  const wide = wideCityFile(log);
  const read = (f: BenchFile): Uint8Array => new Uint8Array(readFileSync(f.path));
  const bytes = { clean: read(clean), messy: read(messy), wide: read(wide) };
  const limits = { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER };
  const statuses: Record<string, string> = {};
  const ops = [];
  for (const k of ['clean', 'messy', 'wide'] as const) {
    ops.push(operation({
      name: `ours:${k}`,
      fn: () => mod.importFiles([{ name: `${k}.csv`, bytes: bytes[k] }], { id: 'bench', createdAt: '2025-01-01T00:00:00.000Z', limits }),
      after: (r) => { statuses[`ours:${k}`] = `${r.report.status}, ${r.report.observations} observations, ${r.report.counts.merged} merged, ${r.report.counts.subtotal} subtotal`; },
    }));
    if (!('error' in previous)) {
      const prev = previous;
      ops.push(operation({
        name: `previous:${k}`,
        fn: () => prev.importFiles([{ name: `${k}.csv`, bytes: bytes[k] }], { id: 'bench', createdAt: '2025-01-01T00:00:00.000Z', limits }),
        after: (r) => { statuses[`previous:${k}`] = `${r.report.status}, ${r.report.observations} observations`; },
      }));
    }
  }
  for (const k of ['messy', 'wide'] as const) {
    ops.push(operation({ name: `papaRaw:${k}`, fn: () => Papa.parse<string[]>(new TextDecoder('gb18030').decode(bytes[k]), { header: false }).data.length }));
    ops.push(operation({ name: `floor:${k}`, fn: () => floorImport(bytes[k], FLOOR_LAYOUTS[k]).size }));
  }
  const utf8 = { messy: utf8Copy(bytes.messy, 'messy-utf8.csv'), wide: utf8Copy(bytes.wide, 'wide-utf8.csv') };
  let duck: DuckDBInstance | null = null;
  try {
    duck = await DuckDBInstance.create(':memory:');
  } catch (e) {
    log(`duckdb unavailable: ${e instanceof Error ? e.message : String(e)}`);
  }
  const con = duck === null ? null : await duck.connect();
  if (con !== null) {
    let n = 0;
    for (const k of ['messy', 'wide'] as const) {
      ops.push(operation({
        name: `duckdb:${k}`,
        fn: () => con.run(`CREATE TABLE t${n} AS SELECT * FROM read_csv('${utf8[k].path.replaceAll("'", "''")}')`),
        after: async () => { await con.run(`DROP TABLE t${n++}`); },
      }));
    }
  }
  // First-touched memory of each run: counted from just before the clock starts to the result.
  const faults: Record<string, number[]> = {};
  let faultsBefore = 0;
  const counted = ops.map((op) => operation({
    ...op,
    before: () => { op.before?.(); faultsBefore = minorFaults(); },
    after: async (result: unknown, run: number) => {
      const mb = ((minorFaults() - faultsBefore) * 4096) / 2 ** 20;
      if (run >= 0) (faults[op.name] ??= []).push(mb);
      await op.after?.(result, run);
    },
  }));
  log('node: messy, clean and wide files, ours / previous commit / papaparse / floor, interleaved …');
  gc();
  const timings = await timeInterleaved(counted, { runs: 7, budgetMs: 60_000, warmupSkipAboveMs: 8_000 });
  con?.closeSync();
  duck?.closeSync();
  const faultedMb = Object.fromEntries(Object.entries(faults).map(([k, v]) => [k, median(v)]));
  return {
    files: {
      clean: { name: clean.name, bytes: clean.bytes, rows: clean.rows },
      messy: { name: messy.name, bytes: messy.bytes, rows: messy.rows, quotedShare: quotedShare(bytes.messy), utf8Bytes: utf8.messy.bytes },
      wide: { name: wide.name, bytes: wide.bytes, rows: wide.rows, utf8Bytes: utf8.wide.bytes },
    },
    timings, statuses, faultedMb,
    previous: 'error' in previous ? previous : { sha: previous.sha, subject: previous.subject },
  };
}

/** Markdown rows for RESULTS.md: the ratios the issue asks for. */
export function messyTable(r: MessyResult): string {
  const t = (k: string): number => r.timings[k]?.ms ?? NaN;
  const mbs = (k: string, bytes: number): string => `${(bytes / 1e6 / (t(k) / 1000)).toFixed(0)} MB/s`;
  const ms = (k: string): string => (Number.isNaN(t(k)) ? 'n/a' : `${Math.round(t(k)).toLocaleString('en-US')} ms`);
  const ratio = (a: string, b: string): string => (Number.isNaN(t(a) / t(b)) ? 'n/a' : `${(t(a) / t(b)).toFixed(2)}×`);
  const f = r.files;
  const perByte = (who: string, utf8 = false): string => {
    const size = (k: 'messy' | 'wide'): number => (utf8 ? f[k].utf8Bytes ?? NaN : f[k].bytes);
    const x = (t(`${who}:wide`) / size('wide')) / (t(`${who}:messy`) / size('messy'));
    return Number.isNaN(x) ? 'n/a' : `${x.toFixed(2)}×`;
  };
  const perValue = (k: string, values: number): string => (Number.isNaN(t(k)) ? 'n/a' : `${Math.round((t(k) * 1e6) / values)} ns`);
  const mb = (k: string): string => (r.faultedMb[k] === undefined ? 'n/a' : `${Math.round(r.faultedMb[k]!)} MB`);
  const prev = 'error' in r.previous ? `previous commit: ${r.previous.error}` : `previous commit ${r.previous.sha.slice(0, 10)} (${r.previous.subject})`;
  const lines = [
    `Messy long file: ${f.messy.name} (${(f.messy.bytes / 1e6).toFixed(1)} MB, GB18030, CRLF, title row, ${(100 * (f.messy.quotedShare ?? 0)).toFixed(1)}% of rows with a quoted "1,234", 余/近 values, repeat rows, a 合计 row per month); ` +
      `clean: ${f.clean.name} (${(f.clean.bytes / 1e6).toFixed(1)} MB, UTF-8, the same ${f.clean.rows.toLocaleString('en-US')} rows); wide: ${f.wide.name} (${(f.wide.bytes / 1e6).toFixed(1)} MB, ${f.wide.rows.toLocaleString('en-US')} rows × 10 metric columns). Against ${prev}.`,
    '',
    '| measure | ours | peer | ratio | target |',
    '|---|---|---|---|---|',
    `| messy ÷ clean (same rows) | ${ms('ours:messy')} | ${ms('ours:clean')} | ${ratio('ours:messy', 'ours:clean')} | ≤ 1.5× |`,
    `| messy ÷ papaparse raw parse of the same bytes (gb18030 TextDecoder + Papa.parse) | ${ms('ours:messy')} | ${ms('papaRaw:messy')} | ${ratio('ours:messy', 'papaRaw:messy')} | ≤ 0.65× |`,
    `| wide city MB/s ÷ messy long MB/s (time per byte) | ${mbs('ours:wide', f.wide.bytes)} | ${mbs('ours:messy', f.messy.bytes)} | ${perByte('ours')} | ≤ 1.5× |`,
    `| the same for papaparse's raw parse (gb18030 TextDecoder + Papa.parse; nothing stored) | ${mbs('papaRaw:wide', f.wide.bytes)} | ${mbs('papaRaw:messy', f.messy.bytes)} | ${perByte('papaRaw')} | |`,
    `| the same for the floor importer (floor-import.ts: cells split, unit/period/metric looked up by their bytes, digits read, each observation stored in the import's own records, 23 bytes; no decoding, no checks, no merge) | ${mbs('floor:wide', f.wide.bytes)} | ${mbs('floor:messy', f.messy.bytes)} | ${perByte('floor')} | |`,
    `| the same for DuckDB read_csv, warm instance (UTF-8 copies of the two files, ${((f.wide.utf8Bytes ?? NaN) / 1e6).toFixed(1)} and ${((f.messy.utf8Bytes ?? NaN) / 1e6).toFixed(1)} MB: DuckDB reads no GB18030; the messy values stay text) | ${mbs('duckdb:wide', f.wide.utf8Bytes ?? NaN)} | ${mbs('duckdb:messy', f.messy.utf8Bytes ?? NaN)} | ${perByte('duckdb', true)} | |`,
    `| clean ÷ previous commit | ${ms('ours:clean')} | ${ms('previous:clean')} | ${ratio('ours:clean', 'previous:clean')} | |`,
    `| messy ÷ previous commit | ${ms('ours:messy')} | ${ms('previous:messy')} | ${ratio('ours:messy', 'previous:messy')} | |`,
    `| wide ÷ previous commit | ${ms('ours:wide')} | ${ms('previous:wide')} | ${ratio('ours:wide', 'previous:wide')} | |`,
    '',
    `- Memory touched for the first time per run (minor page faults; median MB): ${(['ours', 'floor', 'papaRaw'] as const).map((w) => `${w} wide ${mb(`${w}:wide`)}, messy ${mb(`${w}:messy`)}`).join('; ')}. ` +
      `The wide file holds ${((f.wide.rows * 10) / f.wide.bytes / (f.messy.rows / f.messy.bytes)).toFixed(1)}× as many values per byte as the messy one, and an importer that keeps them stores and touches that much more memory per byte.`,
    `- Time per value read (合计 rows included): ${(['ours', 'floor'] as const).map((w) => `${w} wide ${perValue(`${w}:wide`, f.wide.rows * 10)}, messy ${perValue(`${w}:messy`, f.messy.rows)}`).join('; ')}.`,
    ...Object.entries(r.statuses).map(([k, v]) => `- ${k}: ${v}`),
  ];
  return lines.join('\n');
}
