// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { readGrid } from '../../../src/data/pipeline/read-grid';

interface Item { name: string; csv: Buffer; json: Buffer }
const require = createRequire(import.meta.url);
const spectrum = require('csv-spectrum') as (cb: (err: unknown, items: Item[]) => void) => void;
const items = await new Promise<Item[]>((resolve, reject) => spectrum((e, x) => (e ? reject(e) : resolve(x))));

/** Header-keyed records from our grid, as csv-spectrum expects them. */
function records(item: Item): Record<string, string>[] {
  const { grid } = readGrid(new Uint8Array(item.csv), `${item.name}.csv`);
  if (!grid) return [];
  const { header, parsed } = grid;
  return parsed.rows.slice(header.dataStart).filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.columns.map((c) => [c.name, r[c.index] ?? ''])));
}

describe('csv-spectrum through decode → delimiter → parse → header', () => {
  for (const item of items) {
    // location_coordinates: the fixture's JSON does not match its CSV (max-mapper/csv-spectrum#20, #22).
    const test = item.name === 'location_coordinates' ? it.fails : it;
    test(item.name, () => {
      const expected = ([] as Record<string, string>[]).concat(JSON.parse(item.json.toString('utf8')));
      expect(records(item)).toEqual(expected);
    });
  }
});

describe('csv-spectrum through the whole importFiles pipeline', () => {
  // These files are not community statistics (no 社区/期间 columns), so most are blocked with a
  // Chinese message; what matters is that nothing throws and every data row is accounted for.
  it.each(items.map((i) => [i.name, i] as const))('%s: never throws, every row accounted for', (name, item) => {
    const r = importFiles([{ name: `${name}.csv`, bytes: new Uint8Array(item.csv) }]);
    expect(r.report.issues.some((i) => i.code === 'internal-error')).toBe(false);
    expect(countsBalance(r.report.counts)).toBe(true);
    expect(r.report.rows.length).toBe(r.report.counts.rowsIn - r.report.counts.imported);
    const expected = ([] as unknown[]).concat(JSON.parse(item.json.toString('utf8')));
    // Data rows read = the corpus's records (an empty file has none, and no header either).
    expect(r.report.counts.rowsIn - r.report.counts.blank).toBe(expected.length);
  });
});
