// @vitest-environment node
/**
 * `npm run check` reports the catalogue exactly as the app's pipeline does: the CLI's --json
 * output and a direct importFiles call give the same status, counts, and issues (code, line,
 * column, message) for every fixture of tests/fixtures/bad.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_DIR, catalogueCases, loadCase } from '../data/pipeline/catalogue-helpers';

interface CliReport {
  status: string;
  counts: Record<string, number>;
  issues: { code: string; line: number; column: number; severity: string; message: string }[];
  rows: unknown[];
  observations: number;
}

function runCli(args: string[]): unknown {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', '--json', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 120_000, maxBuffer: 64 << 20 });
  expect([0, 1]).toContain(r.status);
  return JSON.parse(r.stdout);
}

const cases = catalogueCases();
const single = cases.filter((c) => (loadCase(c).expect.repeat ?? 1) === 1);
const repeated = cases.filter((c) => !single.includes(c));
// One CLI process for all single-file cases (--each imports each file on its own).
const eachReports = runCli(['--each', ...single.map((c) => join(BAD_DIR, `${c}.csv`))]) as CliReport[];

function compare(cli: CliReport, name: string): void {
  const { result } = loadCase(name);
  expect(cli.status).toBe(result.report.status);
  expect(cli.counts).toEqual(result.report.counts);
  expect(cli.observations).toBe(result.report.observations);
  expect(cli.issues.map((i) => [i.severity, i.code, i.line, i.column, i.message]))
    .toEqual(result.report.issues.map((i) => [i.severity, i.code, i.line, i.column, i.message]));
  expect(cli.rows).toEqual(result.report.rows);
}

describe('CLI --json and importFiles agree on the catalogue', () => {
  it('reports one result per file with --each', () => {
    expect(eachReports).toHaveLength(single.length);
  });

  it.each(single.map((c, k) => [c, k] as const))('%s', (name, k) => {
    compare(eachReports[k]!, name);
  });

  it.each(repeated)('%s (the same file given twice)', (name) => {
    // A copy under another folder: the CLI reads one path given twice once, as the user meant.
    const path = join(BAD_DIR, `${name}.csv`);
    const copy = join(mkdtempSync(join(tmpdir(), 'shequ-twice-')), `${name}.csv`);
    copyFileSync(path, copy);
    compare(runCli([path, copy]) as CliReport, name);
  });
});
