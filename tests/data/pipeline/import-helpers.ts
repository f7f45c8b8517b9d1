/** Shared helpers for import tests: build inputs and read observations back as plain rows. */
import iconv from 'iconv-lite';
import { QUALIFIERS, type Dataset } from '../../../src/data/dataset/dataset';
import { importFiles, type ImportOptions, type ImportResult } from '../../../src/data/pipeline/import-files';
import { rawTextOf } from '../../../src/data/dataset/dataset';
import type { ImportIssue } from '../../../src/data/report/import-report';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));

/** Imports one UTF-8 text file. */
export function importText(text: string, name = 'test.csv', opts: ImportOptions = {}): ImportResult {
  return importFiles([{ name, bytes: utf8(text) }], opts);
}

export interface Obs { unit: string; parent: string; period: string; metric: string; value: number | null; qualifier: string; raw: string; line: number }

/** Observations as plain objects, sorted for comparison. */
export function observations(ds: Dataset | null): Obs[] {
  if (!ds) return [];
  const out: Obs[] = [];
  for (let i = 0; i < ds.obs.value.length; i++) {
    const u = ds.units[ds.obs.unit[i]!]!;
    const v = ds.obs.value[i]!;
    out.push({
      unit: u.name, parent: u.parent, period: ds.periods[ds.obs.period[i]!]!, metric: ds.metrics[ds.obs.metric[i]!]!.id,
      value: Number.isNaN(v) ? null : v, qualifier: QUALIFIERS[ds.obs.qualifier[i]!]!, raw: rawTextOf(ds, i), line: ds.obs.line[i]!,
    });
  }
  return out.sort((a, b) => (a.unit + a.period + a.metric).localeCompare(b.unit + b.period + b.metric));
}

/** `code@line` of every issue of a severity (or all). */
export function issueCodes(r: ImportResult, severity?: string): string[] {
  return r.report.issues.filter((i) => !severity || i.severity === severity).map((i) => `${i.code}@${i.line}`);
}

/** Lines a Chinese message lists as `第3-5、8行`. */
export function linesInMessage(message: string): Set<number> {
  const out = new Set<number>();
  for (const m of message.matchAll(/第([\d、\-…]+)行/g)) {
    for (const part of m[1]!.split('、')) {
      const [a, b] = part.split('-').map(Number);
      if (a === undefined || Number.isNaN(a)) continue;
      for (let l = a; l <= (b ?? a) && l - a < 100000; l++) out.add(l);
    }
  }
  return out;
}

/** A warning about the file's own period (title row or file name, no column): it covers every row. */
const aboutFilePeriod = (i: ImportIssue): boolean => i.column === 0 && i.code.startsWith('period-');

/**
 * True when a warning or error names `line`: its own line, a line range in its message, or a
 * warning about the file's period (which every row inherits). Line 0: any warning or error.
 */
export function flagged(issues: readonly ImportIssue[], line: number, code?: string): boolean {
  return issues.some((i) => (i.severity === 'warning' || i.severity === 'error') && (code === undefined || i.code === code)
    && (line === 0 || i.line === line || linesInMessage(i.message).has(line) || aboutFilePeriod(i)));
}

/** `unit|metric|value` of every observation of a UTF-8 text imported `ok` (throws, naming the issues, when it is not). */
export function okValues(text: string, name = 'test.csv'): string[] {
  const r = importText(text, name);
  if (r.report.status !== 'ok') throw new Error(`${name} not ok: ${r.report.issues.map((i) => `${i.code}@${i.line}`).join(', ')}`);
  return observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`);
}
