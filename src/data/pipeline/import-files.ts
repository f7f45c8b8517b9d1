/**
 * The import pipeline for one batch of files (plus an optional existing dataset to add to):
 * bytes → text → rows → header → shape → observation records → units → merged Dataset, with a
 * report that accounts for every data row. Pure and synchronous: runs in a Web Worker, the CLI
 * and vitest. Never throws on user data; a bug becomes an `internal-error` issue.
 */
import { checkConsistency } from '../dataset/check-consistency';
import type { Dataset, SourceFile } from '../dataset/dataset';
import { detectShape, type ShapeKind } from '../table/detect-shape';
import type { FileLimits } from '../decode/file-limits';
import { emptyCounts, type ImportReport, type RowDisposition } from '../report/import-report';
import { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { mergeRecords } from '../merge/merge-records';
import { ObservationRecords } from '../records/observation-records';
import { readGrid } from './read-grid';
import { readTable } from '../records/read-table';
import { readTransposed } from '../records/read-transposed';
import { defaultDatasetName, fastImportFiles, newDatasetId } from './stream-import';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportOptions {
  datasetName?: string;
  /** A dataset to add the files to (e.g. a new month); its observations are kept as they are. */
  existing?: Dataset;
  /** Forced encoding label for every file (UTF-8, GBK, GB18030, UTF-16LE); default: detect. */
  encoding?: string;
  isSample?: boolean;
  id?: string;
  createdAt?: string;
  /**
   * Try the fast path first (quote-free long tables, read in chunks straight into typed columns);
   * it gives the same result or declines. False forces the general (papaparse) path: tests use it
   * as the oracle for the fast path.
   */
  fast?: boolean;
  /** Hears why the fast path declined (debugging, tests); the general path then runs. */
  onFastDecline?: (reason: string) => void;
  /** Size limits for the `file-large` / `file-too-large` checks (default FILE_LIMITS; tests shrink them). */
  limits?: FileLimits;
}

/** What the pipeline found out about one file, for the report and the CLI. */
export interface FileSummary {
  readonly name: string;
  readonly bytes: number;
  readonly encoding: string;
  readonly delimiter: string;
  readonly shape: ShapeKind | null;
  readonly caption?: string;
  /** Data rows read (below the header). */
  readonly rows: number;
}

export interface ImportResult {
  /** null when blocked: nothing may be committed. */
  readonly dataset: Dataset | null;
  readonly report: ImportReport;
  readonly files: readonly FileSummary[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Reads one file into the store; returns its summary. Problems go to `sink`. */
function readFile(f: InputFile, fileIndex: number, store: ObservationRecords, sink: IssueSink, opts: ImportOptions): { summary: FileSummary; structural: number } {
  const { grid, issues, encoding: enc } = readGrid(f.bytes, f.name, opts.encoding, opts.limits);
  sink.pushAll(issues);
  const summary = { name: f.name, bytes: f.bytes.length, encoding: enc, delimiter: grid?.delimiter ?? '', shape: null, rows: 0 };
  if (!grid || grid.header.headerRow < 0) return { summary, structural: grid?.parsed.rows.length ?? 0 };
  const { parsed, header } = grid;
  const firstCol = header.columns[0]?.index ?? 0;
  const shapeResult = detectShape(header.columns, {
    file: f.name,
    ...(header.caption !== undefined ? { caption: header.caption } : {}),
    ...(header.defaultUnit !== undefined ? { defaultUnit: header.defaultUnit } : {}),
    firstColumn: parsed.rows.slice(header.dataStart, header.dataStart + 50).map((r) => r[firstCol] ?? ''),
  });
  sink.pushAll(shapeResult.issues);
  const shape = shapeResult.shape;
  const ctx = { file: f.name, fileIndex, encoding: enc, store, sink, ...(header.defaultUnit ? { defaultUnit: header.defaultUnit } : {}) };
  const before = store.rowFile.length;
  if (!shape) {
    const reason = shapeResult.issues.find((i) => i.severity === 'error')?.message ?? '无法识别表格结构';
    for (let r = header.dataStart; r < parsed.rows.length; r++) {
      store.settleRow(store.addRow(fileIndex, parsed.lines[r]!), 'rejected', reason);
    }
  } else if (shape.kind === 'transposed') {
    readTransposed(parsed.rows, parsed.lines, parsed.broken, header, shape, ctx);
  } else {
    readTable(parsed.rows, parsed.lines, parsed.broken, header, shape, ctx);
  }
  return {
    summary: {
      ...summary, shape: shape?.kind ?? null, rows: store.rowFile.length - before,
      ...(header.caption !== undefined ? { caption: header.caption } : {}),
    },
    structural: header.dataStart,
  };
}

/** Imports `files` as one batch (merged with `opts.existing` when given). Never throws. */
export function importFiles(files: readonly InputFile[], opts: ImportOptions = {}): ImportResult {
  return withConsistencyChecks(importEither(files, opts), opts.existing?.files.length ?? 0);
}

/**
 * Adds the cross-observation warnings (sums of periods, rates vs their parts) of the built dataset.
 * Every import result passes here: importFiles calls it, and so does the worker's streaming path.
 */
export function withConsistencyChecks(result: ImportResult, fromFile: number): ImportResult {
  if (!result.dataset) return result;
  const extra = checkConsistency(result.dataset, fromFile);
  return extra.length === 0 ? result : { ...result, report: { ...result.report, issues: [...result.report.issues, ...extra] } };
}

function importEither(files: readonly InputFile[], opts: ImportOptions): ImportResult {
  if (opts.fast !== false) {
    try {
      const fast = fastImportFiles(files, opts, undefined, opts.onFastDecline);
      if (fast) return fast;
    } catch (e) {
      // A fast-path bug must never cost the user an import: the general path below decides.
      opts.onFastDecline?.(`fast path threw: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return importGeneral(files, opts);
}

/** The general pipeline: whole-file decode, papaparse, readTable/readTransposed, mergeRecords. */
function importGeneral(files: readonly InputFile[], opts: ImportOptions): ImportResult {
  const sink = new IssueSink();
  const store = new ObservationRecords();
  const summaries: FileSummary[] = [];
  const sources: SourceFile[] = [];
  const counts = emptyCounts();
  if (files.length === 0) {
    sink.push(makeIssue('error', 'no-files', { file: '' }, '没有选择文件', 'No files were given.'));
  }
  files.forEach((f, i) => {
    const rowsBefore = store.rowFile.length;
    try {
      if (files.slice(0, i).some((g) => sameBytes(g.bytes, f.bytes))) {
        sink.push(makeIssue('info', 'same-file', { file: f.name }, '该文件与本次导入的另一个文件内容完全相同', 'This file is identical to another file in this import.'));
      }
      const { summary, structural } = readFile(f, i, store, sink, opts);
      counts.structural += structural;
      summaries.push(summary);
      sources.push({ name: f.name, encoding: summary.encoding, bytes: f.bytes.length, ...(summary.caption ? { caption: summary.caption } : {}) });
    } catch (e) {
      sink.push(internalError(f.name, e));
      // Rows read before the failure have no trustworthy outcome: reject them.
      for (let r = rowsBefore; r < store.rowFile.length; r++) {
        if (store.rowOutcome[r] === null) store.settleRow(r, 'rejected', '内部错误');
      }
      summaries.push({ name: f.name, bytes: f.bytes.length, encoding: '', delimiter: '', shape: null, rows: store.rowFile.length - rowsBefore });
      sources.push({ name: f.name, encoding: '', bytes: f.bytes.length });
    }
  });

  let dataset: Dataset | null = null;
  try {
    const builder = mergeRecords(store, sources, opts.existing, sink);
    sink.flush();
    if (!sink.blocked) {
      dataset = builder.build({
        id: opts.id ?? opts.existing?.id ?? newDatasetId(),
        name: opts.datasetName ?? opts.existing?.name ?? defaultDatasetName(files.map((f) => f.name)),
        ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
        isSample: opts.isSample ?? false,
      });
    }
  } catch (e) {
    sink.flush();
    sink.push(internalError('', e));
    dataset = null;
    for (let r = 0; r < store.rowFile.length; r++) if (store.rowOutcome[r] === null) store.settleRow(r, 'rejected', '内部错误');
  }

  const rows: RowDisposition[] = [];
  const names = files.map((f) => f.name);
  counts.rowsIn = store.rowFile.length;
  for (let r = 0; r < store.rowFile.length; r++) {
    const outcome = store.rowOutcome[r] ?? 'imported';
    counts[outcome]++;
    if (outcome !== 'imported') rows.push({ file: names[store.rowFile[r]!] ?? '', line: store.rowLine[r]!, outcome, reason: store.rowReason[r]! });
  }
  const blocked = sink.blocked;
  return {
    dataset: blocked ? null : dataset,
    files: summaries,
    report: {
      status: blocked ? 'blocked' : 'ok',
      files: names,
      counts,
      issues: sink.issues,
      rows,
      observations: blocked || !dataset ? 0 : dataset.obs.value.length,
    },
  };
}

function internalError(file: string, e: unknown): ReturnType<typeof makeIssue> {
  const detail = e instanceof Error ? `${e.message}` : String(e);
  return makeIssue('error', 'internal-error', { file },
    `导入程序内部错误（${detail}）。数据未导入，请把该文件反馈给开发人员`,
    `Internal importer error (${detail}); nothing was imported.`);
}
