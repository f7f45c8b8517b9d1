/**
 * Generated long files for the fast-path differential tests, and the comparison itself: the
 * whole ImportResult of the fast path (default chunks and 7-byte chunks) against the general path.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importFiles, type ImportOptions, type ImportResult, type InputFile } from '../../../src/data/pipeline/import-files';
import { fastImportFiles } from '../../../src/data/pipeline/stream-import';
import { generateLongRows } from '../../../scripts/sample/long-rows';
import { loadUnits } from '../../../scripts/sample/units';

export { gbk, utf8 } from './import-helpers';

export const OPTS = { id: 'diff', createdAt: '2025-01-01T00:00:00.000Z' } as const;

/** A result as plain JSON (typed arrays → arrays) for deep comparison. */
export function plain(r: ImportResult | null): unknown {
  const ds = r?.dataset;
  if (!r) return null;
  return {
    ...r,
    dataset: ds && {
      ...ds,
      obs: Object.fromEntries(Object.entries(ds.obs).map(([k, v]) => [k, Array.from(v as ArrayLike<number>, (x) => (Number.isNaN(x) ? 'NaN' : x))])),
      rawIndex: Array.from(ds.rawIndex),
    },
  };
}

export interface Both {
  readonly general: ImportResult;
  /** Whether the fast path took the files (7-byte chunks). */
  readonly took: boolean;
  /** Why it declined, or ''. */
  readonly why: string;
}

/**
 * Imports `files` by both paths and asserts they agree: importFiles (fast first) and the fast
 * path alone with 7-byte chunks (when it accepts) must both equal the general path's result.
 */
export function expectSame(files: InputFile[], opts: ImportOptions = {}): Both {
  const general = importFiles(files, { ...OPTS, ...opts, fast: false });
  let why = '';
  const chunked = fastImportFiles(files, { ...OPTS, ...opts }, 7, (r) => { why = r; });
  const auto = importFiles(files, { ...OPTS, ...opts });
  const g = plain(general);
  expect(plain(auto)).toEqual(g);
  if (chunked) expect(plain(chunked)).toEqual(g);
  return { general, took: chunked !== null, why };
}

const allUnits = loadUnits(readFileSync('data/tianjin-units.csv', 'utf8'));

/** Header + data lines of a generated long file: `units` units × `months` months of 2024 × 4 metrics. */
export function longLines(units: number, months: number): string[] {
  const keys = Array.from({ length: months }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
  return [...generateLongRows({ units: allUnits.slice(0, units), months: keys, metricIds: ['residents', 'households', 'unemployed', 'aid_amount'], seed: 7 })];
}

const lines = longLines(12, 3);

/** `区划代码,区,街道,社区,期间,指标,数值,单位`. */
export const HEADER = lines[0]!;
/** 144 data lines: 12 units × 3 months × 4 metrics (unit → month → metric order). */
export const BODY: readonly string[] = lines.slice(1);

/** Column indexes of the long header. */
export const COL = { code: 0, district: 1, street: 2, unit: 3, period: 4, metric: 5, value: 6, measure: 7 } as const;

/** Sets cell `col` of the data lines `at` (indexes into BODY) to `v(i)`. */
export function setCells(body: readonly string[], col: number, at: readonly number[], v: (i: number) => string): string[] {
  const set = new Set(at);
  return body.map((l, i) => (set.has(i) ? l.split(',').map((c, j) => (j === col ? v(i) : c)).join(',') : l));
}

/** Data line indexes of BODY where `col` equals `text`. */
export function where(col: number, text: string, body: readonly string[] = BODY): number[] {
  return body.flatMap((l, i) => (l.split(',')[col] === text ? [i] : []));
}

/** Header + lines joined with `nl`, ending with `nl`. */
export function file(body: readonly string[], nl = '\r\n', header = HEADER): string {
  return [header, ...body].join(nl) + nl;
}
