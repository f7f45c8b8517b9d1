/**
 * Generated long files for the tokenizer differential tests, and the comparison itself: the whole
 * ImportResult of the pipeline (default chunks and 7-byte chunks) against the same pipeline with
 * papaparse as the tokenizer.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importFiles, type ImportOptions, type ImportResult, type InputFile } from '../../../src/data/pipeline/import-files';
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
  /** The result with papaparse as the tokenizer (the oracle). */
  readonly general: ImportResult;
  /** Whether our tokenizer read every file as it streamed in (7-byte chunks), without reading one again. */
  readonly took: boolean;
  /** Why a file was read again, or ''. */
  readonly why: string;
}

/**
 * Imports `files` three ways and asserts they agree: whole chunks, 7-byte chunks, and papaparse
 * as the tokenizer.
 */
export function expectSame(files: InputFile[], opts: ImportOptions = {}): Both {
  const general = importFiles(files, { ...OPTS, ...opts, readMode: 'papaparse' });
  const rereads: string[] = [];
  const chunked = importFiles(files, { ...OPTS, ...opts, onReread: (r) => rereads.push(r) }, 7);
  const auto = importFiles(files, { ...OPTS, ...opts });
  const g = plain(general);
  expect(plain(auto)).toEqual(g);
  expect(plain(chunked)).toEqual(g);
  return { general, took: rereads.length === 0, why: rereads.join('; ') };
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
