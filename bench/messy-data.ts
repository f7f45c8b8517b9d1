/**
 * The files real offices send, made from the same generated rows as the clean bench file:
 * - messy long: GB18030, CRLF, a title row, ~2% of values as quoted `"1,234"`, some `余`/`近`
 *   values, a few hundred exact repeat rows, and a 合计 row per month (the correct sum);
 * - clean long: the same rows, UTF-8, none of that (the baseline the messy file is held to);
 * - wide city: GB18030, 5,617 units × 36 months, one column per metric.
 * Deterministic (seeded); written to bench/out/ once and reused while the inputs are unchanged.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { generateLongRows } from '../scripts/sample/long-rows';
import { mulberry32 as prng } from '../scripts/sample/prng';
import { loadUnits } from '../scripts/sample/units';
import { CANONICAL_METRICS } from '../src/data/vocabulary/metric-catalog';
import { OUT_DIR, type BenchFile } from './make-data';

const ROOT = new URL('../', import.meta.url);
const BENCH_METRICS = ['residents', 'households', 'unemployed', 'reemployed', 'jobs_developed', 'people_visited', 'aid_amount', 'volunteers', 'lectures', 'cultural_events'];

function months(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
}

function write(name: string, bytes: Uint8Array, rows: number, units: number): BenchFile {
  const path = `${OUT_DIR}${name}`;
  writeFileSync(path, bytes);
  return { size: '1M', path, name, bytes: bytes.length, rows, units, sha256: '', generatedSeconds: 0 };
}

/** The clean and the messy long file (about 1M rows each). */
export function messyLongFiles(log: (m: string) => void = () => {}): { clean: BenchFile; messy: BenchFile } {
  const stamp = `${OUT_DIR}messy-1M.stamp`;
  const key = 'v1';
  const cleanPath = `${OUT_DIR}clean-1M.csv`;
  const messyPath = `${OUT_DIR}messy-1M-gb18030.csv`;
  const all = loadUnits(readFileSync(new URL('data/tianjin-units.csv', ROOT), 'utf8'));
  const units = all.slice(0, 2780);
  const ms = months(36);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(cleanPath) && existsSync(messyPath)) {
    const c = readFileSync(cleanPath);
    const m = readFileSync(messyPath);
    const rows = c.toString('utf8').split('\r\n').length - 2;
    return {
      clean: { size: '1M', path: cleanPath, name: 'clean-1M.csv', bytes: c.length, rows, units: units.length, sha256: '', generatedSeconds: 0 },
      messy: { size: '1M', path: messyPath, name: 'messy-1M-gb18030.csv', bytes: m.length, rows, units: units.length, sha256: '', generatedSeconds: 0 },
    };
  }
  log('generating clean-1M.csv and messy-1M-gb18030.csv …');
  const lines = [...generateLongRows({ units, months: ms, metricIds: BENCH_METRICS, seed: 11 })];
  const header = lines[0]!;
  const body = lines.slice(1);
  const rnd = prng(20261204);
  const messyBody: string[] = [];
  // A 合计 row per month for 再就业人数, with the correct sum, after the unit rows (the generator
  // goes unit by unit, so a month's rows are spread over the file).
  const reemployed = CANONICAL_METRICS.find((m) => m.id === 'reemployed')!.zh;
  const sums = new Map<string, number>();
  for (const line of body) {
    const cells = line.split(',');
    const v = Number(cells[6]);
    const r = rnd();
    if (cells[5] === reemployed) sums.set(cells[4]!, (sums.get(cells[4]!) ?? 0) + v);
    else if (Number.isFinite(v) && v >= 1000 && r < 0.08) cells[6] = `"${v.toLocaleString('en-US')}"`;
    else if (r > 0.996) cells[6] = `${v}余`;
    else if (r > 0.992) cells[6] = `近${v}`;
    const out = cells.join(',');
    messyBody.push(out);
    if (r > 0.9997) messyBody.push(out); // an exact repeat row
  }
  for (const [m, sum] of sums) messyBody.push(`,,,合计,${m},${reemployed},${sum},人`);
  const clean = `${[header, ...body].join('\r\n')}\r\n`;
  const messy = `2022-2024年各社区工作统计表\r\n${[header, ...messyBody].join('\r\n')}\r\n`;
  const c = write('clean-1M.csv', new TextEncoder().encode(clean), body.length, units.length);
  const mm = write('messy-1M-gb18030.csv', new Uint8Array(iconv.encode(messy, 'gb18030')), body.length, units.length);
  writeFileSync(stamp, key);
  return { clean: c, messy: { ...mm, name: 'messy-1M-gb18030.csv' } };
}

/** The wide GB18030 city file: every unit × 36 months, one column per metric. */
export function wideCityFile(log: (m: string) => void = () => {}): BenchFile {
  const path = `${OUT_DIR}wide-city-gb18030.csv`;
  const all = loadUnits(readFileSync(new URL('data/tianjin-units.csv', ROOT), 'utf8'));
  const ms = months(36);
  const names = BENCH_METRICS.map((id) => CANONICAL_METRICS.find((m) => m.id === id)!.zh);
  const rows = all.length * ms.length;
  if (existsSync(path)) {
    return { size: 'city', path, name: 'wide-city-gb18030.csv', bytes: readFileSync(path).length, rows, units: all.length, sha256: '', generatedSeconds: 0 };
  }
  log('generating wide-city-gb18030.csv …');
  const rnd = prng(7);
  const out: string[] = [`区划代码,区,街道,社区,期间,${names.join(',')}`];
  for (const m of ms) {
    for (const u of all) {
      const values = names.map(() => String(Math.floor(rnd() * 5000)));
      out.push(`${u.code},${u.district},${u.street},${u.shortName},${m},${values.join(',')}`);
    }
  }
  const bytes = new Uint8Array(iconv.encode(`${out.join('\r\n')}\r\n`, 'gb18030'));
  return write('wide-city-gb18030.csv', bytes, rows, all.length);
}
