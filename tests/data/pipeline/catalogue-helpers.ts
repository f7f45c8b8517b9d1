/** Loading the bad-input catalogue fixtures (tests/fixtures/bad) and their expectations. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { importFiles, type ImportResult } from '../../../src/data/pipeline/import-files';

export const BAD_DIR = join(import.meta.dirname, '../../fixtures/bad');

export interface Expectation {
  status: 'ok' | 'blocked';
  /** Import the file this many times in one batch (case 43). */
  repeat?: number;
  values?: { unit: string; period: string; metric: string; value: number | null; qualifier: string; raw: string }[];
  /** Observation count, when the values list would be too long to write out. */
  observations?: number;
  issues: { code: string; line: number; column?: number }[];
  /** Substrings that some issue message must contain (Chinese, saying what to do). */
  messageIncludes?: string[];
  note?: string;
}

/** Every fixture name (without .csv) that has an expectation. */
export function catalogueCases(): string[] {
  return readdirSync(BAD_DIR).filter((f) => f.endsWith('.expect.json')).map((f) => f.replace(/\.expect\.json$/, '')).sort();
}

/** Imports a case as the app does (SheetJS given: a workbook's bytes are read as a workbook, as in the worker and the CLI). */
export function loadCase(name: string): { expect: Expectation; bytes: Uint8Array; result: ImportResult } {
  const exp = JSON.parse(readFileSync(join(BAD_DIR, `${name}.expect.json`), 'utf8')) as Expectation;
  const bytes = new Uint8Array(readFileSync(join(BAD_DIR, `${name}.csv`)));
  const files = Array.from({ length: exp.repeat ?? 1 }, () => ({ name: `${name}.csv`, bytes }));
  return { expect: exp, bytes, result: importFiles(files, { id: 'catalogue', createdAt: '2024-01-01T00:00:00Z', workbookLib: XLSX }) };
}

