// @vitest-environment node
/**
 * The adversarial corpus of issue 15 (tests/fixtures/adversarial, README there): each case runs
 * through importFiles, and every stored observation must be what the sheet meant or be named by a
 * warning or error on its line. Cases of classes another branch fixes carry `fails` and run as
 * `it.fails`, so they turn green (and then red, as a reminder to drop the mark) when fixed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toNormalizedCsv } from '../../../src/data/dataset/normalized-csv';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';
import { countsBalance, type ImportIssue } from '../../../src/data/report/import-report';
import { flagged, gbk, observations, utf8, type Obs } from './import-helpers';

const DIR = join(import.meta.dirname, '../../fixtures/adversarial');

export interface AdversarialCase {
  id: string;
  about: string;
  name?: string;
  lines?: string[];
  files?: { name: string; lines: string[]; encoding?: 'gbk' | 'bom-gbk'; gbkLines?: number[]; utf8Lines?: number[] }[];
  obs: string[];
  maybe?: string[];
  flag?: (number | string)[];
  noUnits?: string[];
  skipped?: number[];
  status?: 'ok' | 'blocked' | 'any';
  noCodes?: string[];
  noWarnings?: boolean;
  raws?: string[];
  csv?: boolean;
  big?: { char: string; times: number };
  ms?: number;
  maxWarnings?: number;
  fails?: string;
}

/** Every case of every class file, with the class number from the file name. */
export function loadCorpus(): { file: string; klass: number; c: AdversarialCase }[] {
  return readdirSync(DIR).filter((f) => /^class-\d+-.*\.json$/.test(f)).sort().flatMap((file) => {
    const klass = Number(/^class-(\d+)/.exec(file)![1]);
    return (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as AdversarialCase[]).map((c) => ({ file, klass, c }));
  });
}

function inputs(c: AdversarialCase): { name: string; bytes: Uint8Array }[] {
  const files = c.files ?? [{ name: c.name ?? 'data.csv', lines: c.lines ?? [] }];
  return files.map((f: NonNullable<AdversarialCase['files']>[number]) => {
    let text = f.lines.join('\n') + '\n';
    if (c.big) text = text.replace('@BIG@', c.big.char.repeat(c.big.times));
    if (f.utf8Lines) {
      const parts = f.lines.map((l, k) => (f.utf8Lines!.includes(k + 1) ? utf8(l + '\n') : gbk(l + '\n')));
      return { name: f.name, bytes: new Uint8Array(parts.flatMap((b) => [...b])) };
    }
    if (f.encoding === 'gbk') return { name: f.name, bytes: gbk(text) };
    if (f.encoding === 'bom-gbk') return { name: f.name, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...gbk(text)]) };
    if (f.gbkLines) {
      const parts = f.lines.map((l, k) => (f.gbkLines!.includes(k + 1) ? gbk(l + '\n') : utf8(l + '\n')));
      return { name: f.name, bytes: new Uint8Array(parts.flatMap((b) => [...b])) };
    }
    return { name: f.name, bytes: utf8(text) };
  });
}

const keyOf = (o: Obs): string => `${o.unit}|${o.period}|${o.metric}|${o.value === null ? 'null' : o.value}`;
const keyWithQ = (o: Obs): string => `${keyOf(o)}|${o.qualifier}`;
const matches = (spec: string, o: Obs): boolean => spec.split('|').length > 4 ? spec === keyWithQ(o) : spec === keyOf(o);

/** What is wrong with one case's result (empty when it holds). */
export function judge(c: AdversarialCase, r: ImportResult, ms: number): string[] {
  const bad: string[] = [];
  const issues = r.report.issues;
  const status = c.status ?? 'ok';
  if (status !== 'any' && r.report.status !== status) bad.push(`status ${r.report.status}, expected ${status}`);
  if (c.ms !== undefined && ms > c.ms) bad.push(`took ${ms.toFixed(0)} ms (limit ${c.ms})`);
  if (!countsBalance(r.report.counts)) bad.push('row accounting does not balance');
  const stored = observations(r.dataset);
  const right = [...c.obs, ...(c.maybe ?? [])];
  // The rule: every stored observation is right, or a warning/error names its line.
  for (const o of stored) {
    if (!right.some((s) => matches(s, o)) && !flagged(issues, o.line)) bad.push(`silent misread on line ${o.line}: ${keyWithQ(o)} (raw "${o.raw}")`);
  }
  if (r.dataset || status === 'ok') {
    for (const s of c.obs) if (!stored.some((o) => matches(s, o))) bad.push(`missing ${s}`);
  }
  for (const f of c.flag ?? []) {
    const [line, code] = typeof f === 'number' ? [f, undefined] : [Number(f.split(':')[0]), f.split(':')[1]];
    if (!flagged(issues, line, code)) bad.push(`no warning/error names line ${line}${code ? ` (${code})` : ''}`);
  }
  for (const u of c.noUnits ?? []) if (r.dataset?.units.some((x) => x.name === u || x.aliases.includes(u))) bad.push(`"${u}" became a unit`);
  for (const l of c.skipped ?? []) if (!r.report.rows.some((x) => x.line === l)) bad.push(`line ${l} not listed as skipped`);
  for (const code of c.noCodes ?? []) if (issues.some((i) => i.code === code)) bad.push(`false alarm ${code}`);
  if (c.noWarnings) for (const i of issues.filter((x: ImportIssue) => x.severity !== 'info')) bad.push(`false alarm ${i.code}@${i.line}: ${i.message}`);
  const serious = issues.filter((i) => i.severity !== 'info').length;
  if (c.maxWarnings !== undefined && serious > c.maxWarnings) bad.push(`${serious} warnings/errors (at most ${c.maxWarnings}: one clear message, not one per character)`);
  for (const raw of c.raws ?? []) if (!stored.some((o) => o.raw === raw)) bad.push(`raw "${raw}" not kept`);
  for (const i of issues) if (!/[\u4e00-\u9fff]/.test(i.message)) bad.push(`issue ${i.code} has no Chinese message`);
  if (c.csv && r.dataset) bad.push(...csvProblems(r));
  return bad;
}

/** Excel evaluates a cell whose first non-blank character is one of these (OWASP). */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-\d[\d,]*(\.\d+)?%?$/;

function csvProblems(r: ImportResult): string[] {
  const bad: string[] = [];
  const text = toNormalizedCsv(r.dataset!);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  rows.forEach((row, k) => row.forEach((cell, j) => {
    if (FORMULA_START.test(cell) && !NEGATIVE_NUMBER.test(cell)) bad.push(`normalised CSV row ${k + 1} column ${j + 1} not formula-safe: ${JSON.stringify(cell)}`);
  }));
  const again = importFiles([{ name: 'normalised.csv', bytes: utf8(text) }]);
  const strip = (os: Obs[]): string[] => os.map((o) => `${keyWithQ(o)}|${o.parent}|${o.raw}`).sort();
  const a = strip(observations(r.dataset));
  const b = strip(observations(again.dataset));
  if (JSON.stringify(a) !== JSON.stringify(b)) bad.push(`re-import differs: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  return bad;
}

describe('adversarial corpus (issue 15)', () => {
  const corpus = loadCorpus();

  it('has at least 150 cases with unique ids, each with an expected outcome', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((x) => x.c.id)).size).toBe(corpus.length);
    for (const { c } of corpus) expect(Array.isArray(c.obs), c.id).toBe(true);
  });

  // ADVERSARIAL_ONLY=n44,p01 narrows a debugging run.
  const only = process.env.ADVERSARIAL_ONLY?.split(',');
  for (const { file, klass, c } of corpus.filter((x) => !only || only.includes(x.c.id))) {
    const run = c.fails ? it.fails : it;
    run(`class ${klass} ${c.id}: ${c.about}${c.fails ? ` [known failure: ${c.fails}]` : ''}`, () => {
      const t0 = performance.now();
      const r = importFiles(inputs(c), { id: 'adversarial', createdAt: '2024-01-01T00:00:00Z' });
      const ms = performance.now() - t0;
      expect(judge(c, r, ms), `${file} ${c.id}`).toEqual([]);
    }, 30_000);
  }
});
