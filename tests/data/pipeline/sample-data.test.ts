import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { importFiles } from '../../../src/data/pipeline/import-files';

const samples = existsSync('data') ? readdirSync('data').filter((f) => /^sample-.*\.csv$/.test(f)) : [];

describe('sample data files', () => {
  it('exist', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(samples)('%s imports without errors', (name) => {
    const r = importFiles([{ name, bytes: new Uint8Array(readFileSync(`data/${name}`)) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.report.status).toBe('ok');
    expect(r.report.counts.rejected).toBe(0);
    expect(r.dataset!.units.length).toBe(154);
  });

  it('all samples import together as one dataset of 154 units', () => {
    const r = importFiles(samples.map((name) => ({ name, bytes: new Uint8Array(readFileSync(`data/${name}`)) })));
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.length).toBe(154);
  });
});
