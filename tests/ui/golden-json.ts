/**
 * Normalised JSON for golden view-model files: keys sorted, numbers to 10 significant digits,
 * typed arrays as arrays, Maps as sorted entry lists, Sets as arrays, NaN/±Infinity/undefined as
 * strings, functions dropped. Two runs on the same inputs give the same text; a changed number on
 * screen changes the text.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

function roundNumber(x: number): number | string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return 0;
  return Number(x.toPrecision(10));
}

/** `value` as plain, deterministic JSON data. */
export function normalise(value: unknown): unknown {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return roundNumber(value);
  if (typeof value === 'function') return undefined;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, roundNumber);
  if (Array.isArray(value)) return value.map((v) => normalise(v) ?? null);
  if (value instanceof Map) {
    return [...value.entries()].map(([k, v]) => [normalise(k), normalise(v)])
      .sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1));
  }
  if (value instanceof Set) return [...value].map(normalise);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) {
      const v = normalise((value as Record<string, unknown>)[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  throw new Error(`cannot normalise ${typeof value}`);
}

/** Normalised JSON text of `value`, two-space indented, with a final newline. */
export function goldenText(value: unknown): string {
  return `${JSON.stringify(normalise(value), null, 1)}\n`;
}

/**
 * Compares `value` with the golden file at `path` (a URL), or writes it when UPDATE_GOLDEN=1.
 * A missing golden file fails (it is never created silently).
 */
export function expectGolden(value: unknown, path: URL): void {
  const text = goldenText(value);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path.pathname), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file missing: ${path.pathname} (run with UPDATE_GOLDEN=1 to write it)`);
  const want = readFileSync(path, 'utf8');
  // toBe on the whole text would print megabytes on a mismatch: compare parsed data instead.
  expect(JSON.parse(text)).toEqual(JSON.parse(want));
}
