// @vitest-environment node
/**
 * The bad-input catalogue: every case has a fixture with its exact bytes in
 * tests/fixtures/bad and a hand-checked expectation next to it. Each runs through importFiles, and
 * the status, every issue (code, line, column), every observation and the row accounting must match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, rawTextOf, type Dataset } from '../../../src/data/dataset/dataset';
import { countsBalance } from '../../../src/data/report/import-report';
import { FIXTURES } from '../../fixtures/bad/make-fixtures';
import { BAD_DIR, catalogueCases, loadCase, type Expectation } from './catalogue-helpers';

const issueKey = (i: { code: string; line: number; column?: number }): string => `${i.code}@${i.line}:${i.column ?? 0}`;

function valuesOf(ds: Dataset): NonNullable<Expectation['values']> {
  const out: NonNullable<Expectation['values']> = [];
  for (let i = 0; i < ds.obs.value.length; i++) {
    const v = ds.obs.value[i]!;
    out.push({
      unit: ds.units[ds.obs.unit[i]!]!.name, period: ds.periods[ds.obs.period[i]!]!, metric: ds.metrics[ds.obs.metric[i]!]!.id,
      value: Number.isNaN(v) ? null : v, qualifier: QUALIFIERS[ds.obs.qualifier[i]!]!, raw: rawTextOf(ds, i),
    });
  }
  return out;
}

const sortBy = <T>(xs: readonly T[]): T[] => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('bad-input catalogue (§8)', () => {
  const cases = catalogueCases();

  it('has a fixture for every one of the 45 cases, written by make-fixtures.ts byte for byte', () => {
    const numbers = new Set(cases.map((c) => Number(c.slice(0, 2))));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(cases.map((c) => `${c}.csv`).sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const [name, bytes] of Object.entries(FIXTURES)) {
      expect(Buffer.compare(readFileSync(join(BAD_DIR, name)), bytes), name).toBe(0);
    }
  });

  it.each(cases)('%s', (name) => {
    const { expect: exp, result } = loadCase(name);
    const { report, dataset } = result;
    expect(report.status).toBe(exp.status);
    expect(sortBy(report.issues.map(issueKey))).toEqual(sortBy(exp.issues.map(issueKey)));
    if (exp.values) {
      expect(dataset).not.toBeNull();
      expect(sortBy(valuesOf(dataset!))).toEqual(sortBy(exp.values));
    }
    if (exp.observations !== undefined) expect(report.observations).toBe(exp.observations);
    if (exp.status === 'blocked') expect(dataset).toBeNull();
    for (const text of exp.messageIncludes ?? []) {
      expect(report.issues.some((i) => i.message.includes(text)), text).toBe(true);
    }
    // Contract for every case: Chinese messages, the row accounting, every row not imported listed.
    for (const i of report.issues) expect(i.message, i.code).toMatch(/[\u4e00-\u9fff]/);
    expect(countsBalance(report.counts)).toBe(true);
    expect(report.rows.length).toBe(report.counts.rowsIn - report.counts.imported);
    expect(report.rows.every((x) => x.line > 0 && x.reason !== '')).toBe(true);
  });
});
