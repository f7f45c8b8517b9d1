/**
 * Benchmark data: long-format CSV files (区划代码,区,街道,社区,期间,指标,数值,单位) at three sizes,
 * generated deterministically from the Tianjin division list with the sample generator and
 * streamed to bench/out/. A file is reused when its size and its stamp (generator parameters,
 * hash of the generator sources, sha-256 of the bytes) match, so reruns skip the generation.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CRLF } from '../scripts/sample/csv-text';
import { generateLongRows } from '../scripts/sample/long-rows';
import { monthKeys } from '../scripts/sample/seasonality';
import { loadUnits } from '../scripts/sample/units';
import { MODEL_METRIC_IDS } from '../scripts/sample/value-model';

/** The sizes the bench knows. */
export type SizeName = '100k' | '1M' | 'city' | 'city24';

/** Where generated files and the browser build go (git-ignored). */
export const OUT_DIR = fileURLToPath(new URL('./out/', import.meta.url));
const ROOT = new URL('../', import.meta.url);

/** 36 months, 2022-01 … 2024-12. */
export const BENCH_MONTHS = monthKeys('2022-01', '2024-12');

/**
 * Months per size. `city24` is the whole city over 24 months (2023-01 … 2024-12, ~2.7M rows,
 * ~223 MB): the browser's switch test at city scale (5,617 units) when the 36-month city file
 * (335 MB) is over the app's 300 MB import limit.
 */
const MONTHS: Readonly<Record<SizeName, readonly string[]>> = {
  '100k': BENCH_MONTHS, '1M': BENCH_MONTHS, city: BENCH_MONTHS, city24: monthKeys('2023-01', '2024-12'),
};

/**
 * 20 metrics: the model's metrics in catalogue order without `placed_4050`, whose label
 * `"4050"人员安置` must be quoted in CSV. The files are therefore quote-free, like the reference
 * figures in issue 6; a quoted label would put a quoted field on every 20th row.
 */
export const BENCH_METRICS: readonly string[] = MODEL_METRIC_IDS.filter((id) => id !== 'placed_4050').slice(0, 20);

const SEED = 20240601;

/** Units per size: whole units × 36 months × 20 metrics, so 100k → 100,080 rows, 1M → 1,000,080. */
const UNIT_COUNT: Readonly<Record<SizeName, number | 'all'>> = { '100k': 139, '1M': 1389, city: 'all', city24: 'all' };

/** A generated file and what it holds. */
export interface BenchFile {
  readonly size: SizeName;
  readonly path: string;
  readonly name: string;
  /** File size in bytes. */
  readonly bytes: number;
  /** Data rows (header excluded). */
  readonly rows: number;
  readonly units: number;
  readonly sha256: string;
  /** Seconds spent generating; 0 when the file was reused. */
  readonly generatedSeconds: number;
}

interface Stamp {
  readonly params: string;
  readonly bytes: number;
  readonly rows: number;
  readonly units: number;
  readonly sha256: string;
}

/** Hash of everything the bytes depend on: parameters, generator sources, unit list. */
function paramsHash(size: SizeName): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ size, units: UNIT_COUNT[size], months: MONTHS[size], metrics: BENCH_METRICS, seed: SEED }));
  for (const f of ['long-rows', 'value-model', 'seasonality', 'csv-text', 'units', 'prng', 'plants']) {
    const url = new URL(`scripts/sample/${f}.ts`, ROOT);
    if (existsSync(url)) h.update(readFileSync(url));
  }
  h.update(readFileSync(new URL('data/tianjin-units.csv', ROOT)));
  h.update(readFileSync(new URL('src/data/vocabulary/metric-catalog.ts', ROOT)));
  return h.digest('hex');
}

/** The CSV file for `size`, generating it when absent or stale. */
export function ensureBenchFile(size: SizeName, log: (msg: string) => void = () => {}): BenchFile {
  const name = `long-${size}.csv`;
  const path = `${OUT_DIR}${name}`;
  const stampPath = `${path}.stamp.json`;
  const params = paramsHash(size);
  if (existsSync(path) && existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as Stamp;
    if (stamp.params === params && statSync(path).size === stamp.bytes) {
      return { size, path, name, bytes: stamp.bytes, rows: stamp.rows, units: stamp.units, sha256: stamp.sha256, generatedSeconds: 0 };
    }
  }
  log(`generating ${name} …`);
  const t0 = performance.now();
  const all = loadUnits(readFileSync(new URL('data/tianjin-units.csv', ROOT), 'utf8'));
  const count = UNIT_COUNT[size];
  const units = count === 'all' ? all : all.slice(0, count);
  const hash = createHash('sha256');
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  let bytes = 0;
  let lines = 0;
  let buf: string[] = [];
  let bufLen = 0;
  const flush = (): void => {
    const chunk = Buffer.from(buf.join(''), 'utf8');
    hash.update(chunk);
    writeSync(fd, chunk);
    bytes += chunk.length;
    buf = [];
    bufLen = 0;
  };
  try {
    for (const line of generateLongRows({ units, months: MONTHS[size], metricIds: BENCH_METRICS, seed: SEED })) {
      buf.push(line, CRLF);
      bufLen += line.length + 2;
      lines++;
      if (bufLen > 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const stamp: Stamp = { params, bytes, rows: lines - 1, units: units.length, sha256: hash.digest('hex') };
  writeFileSync(stampPath, JSON.stringify(stamp, null, 2));
  const seconds = (performance.now() - t0) / 1000;
  log(`  ${name}: ${stamp.rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
  return { size, path, name, bytes, rows: stamp.rows, units: stamp.units, sha256: stamp.sha256, generatedSeconds: seconds };
}
