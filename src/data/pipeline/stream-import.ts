/**
 * The streaming, fast import of a batch of files: chunks in (from a Web Worker reading File
 * slices, or from byte arrays), one ImportResult out — the same result importFiles' general path
 * gives — or null when a file does not fit the fast path (quoted fields, wide tables, odd rows,
 * other encodings…); the caller then runs importFiles' general path on the whole files.
 */
import type { Dataset, SourceFile } from '../dataset/dataset';
import { mergeFast, OUTCOME_CONFLICT, OUTCOME_MERGED } from '../merge/fast-merge';
import { FastRecords } from '../records/fast-records';
import type { FileSummary, ImportOptions, ImportResult, InputFile } from './import-files';
import { emptyCounts, type RowDisposition } from '../report/import-report';
import { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { StreamFileReader } from './stream-file';

/** Chunk size for reading big files: large enough to amortise, small enough for quick progress. */
export const STREAM_CHUNK_BYTES = 4 * 1024 * 1024;

export interface StreamingImport {
  /** Starts the next file; `sameAsEarlier` when its bytes equal an earlier file's. */
  beginFile(name: string, size: number, sameAsEarlier?: boolean): void;
  /** Feeds the current file's next chunk. False: declined, use the general path. */
  push(chunk: Uint8Array): boolean;
  /** Ends the current file. False: declined. */
  endFile(): boolean;
  /** The import's result, or null when declined. */
  finish(): ImportResult | null;
  /** Why the import was declined (`file: reason`), or null. For tests and debugging. */
  readonly declineReason: string | null;
  /** Data rows read so far (all files). */
  readonly rows: number;
}

/** A dataset id: a random UUID where available. */
export function newDatasetId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** `2024年3月` for one file, `2024年3月 等2个文件` for several. */
export function defaultDatasetName(names: readonly string[]): string {
  const first = names[0]?.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '') ?? '';
  return names.length > 1 ? `${first} 等${names.length}个文件` : first || '导入的数据';
}

/** Starts a streaming import (no `encoding` override: a forced encoding always takes the general path). */
export function createStreamingImport(opts: ImportOptions = {}): StreamingImport {
  const sink = new IssueSink();
  const recs = new FastRecords();
  const summaries: (FileSummary & { structural: number })[] = [];
  let reader: StreamFileReader | null = null;
  let reason: string | null = opts.encoding !== undefined && opts.encoding !== '' ? 'encoding forced' : null;
  const decline = (why?: string): false => {
    reason ??= why ?? (reader ? `${reader.name}: ${reader.declineReason ?? 'declined'}` : 'declined');
    reader = null;
    return false;
  };

  return {
    get rows() { return recs.rows; },
    get declineReason() { return reason; },
    beginFile(name, size, sameAsEarlier = false) {
      if (reason !== null) return;
      if (sameAsEarlier) {
        sink.push(makeIssue('info', 'same-file', { file: name }, '该文件与本次导入的另一个文件内容完全相同', 'This file is identical to another file in this import.'));
      }
      reader = new StreamFileReader(name, summaries.length, size, recs, sink, opts.limits);
    },
    push(chunk) {
      if (reason !== null || !reader) return decline();
      return reader.push(chunk) || decline();
    },
    endFile() {
      if (reason !== null || !reader) return decline();
      const s = reader.finish();
      if (!s) return decline();
      reader = null;
      summaries.push(s);
      return true;
    },
    finish() {
      if (reason !== null) return null;
      if (summaries.length === 0) return decline('no files'), null;
      const r = assemble(recs, sink, summaries, opts);
      if (!r) decline('repeated unit, period and metric (duplicate-rows.ts words them)');
      return r;
    },
  };
}

function assemble(recs: FastRecords, sink: IssueSink, summaries: readonly (FileSummary & { structural: number })[], opts: ImportOptions): ImportResult | null {
  const names = summaries.map((s) => s.name);
  const sources: SourceFile[] = summaries.map((s) => ({ name: s.name, encoding: s.encoding, bytes: s.bytes, ...(s.caption ? { caption: s.caption } : {}) }));
  const merge = mergeFast(recs, sources, opts.existing, sink);
  if (!merge) return null;
  sink.flush();
  const blocked = sink.blocked;
  let dataset: Dataset | null = null;
  if (!blocked) {
    dataset = merge.build({
      id: opts.id ?? opts.existing?.id ?? newDatasetId(),
      name: opts.datasetName ?? opts.existing?.name ?? defaultDatasetName(names),
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
      isSample: opts.isSample ?? false,
    });
  }
  const counts = emptyCounts();
  for (const s of summaries) counts.structural += s.structural;
  counts.rowsIn = recs.rows;
  // Rows that were not imported, in file and line order (observation rows and blank rows interleaved).
  const rows: RowDisposition[] = [];
  const sparse = recs.sparseRows;
  let k = 0;
  const flushSparse = (file: number, line: number): void => {
    while (k < sparse.length && (sparse[k]!.file < file || (sparse[k]!.file === file && sparse[k]!.line < line))) {
      const b = sparse[k++]!;
      rows.push({ file: names[b.file] ?? '', line: b.line, outcome: b.outcome, reason: b.reason });
    }
  };
  let imported = 0;
  for (let i = 0; i < recs.size; i++) {
    const o = merge.outcome[i]!;
    if (o === 0) { imported++; continue; }
    const file = recs.file[i]!;
    const line = recs.line[i]!;
    flushSparse(file, line);
    if (o === OUTCOME_MERGED) rows.push({ file: names[file] ?? '', line, outcome: 'merged', reason: '与已导入的数据完全相同，已合并' });
    else if (o === OUTCOME_CONFLICT) rows.push({ file: names[file] ?? '', line, outcome: 'rejected', reason: '与其他来源的数值冲突' });
  }
  flushSparse(Infinity, Infinity);
  counts.imported = imported;
  counts.blank = sparse.length;
  for (const r of rows) if (r.outcome === 'merged') counts.merged++; else if (r.outcome === 'rejected') counts.rejected++;
  return {
    dataset: blocked ? null : dataset,
    files: summaries.map(({ structural: _s, ...f }) => f),
    report: {
      status: blocked ? 'blocked' : 'ok', files: names, counts, issues: sink.issues, rows,
      observations: blocked || !dataset ? 0 : dataset.obs.value.length,
    },
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The fast path over byte arrays, chunked like a stream; null when any file is declined.
 * `onDecline` hears why (e.g. `a.csv: line 7: quotes papaparse must read`).
 */
export function fastImportFiles(
  files: readonly InputFile[], opts: ImportOptions = {}, chunkBytes = STREAM_CHUNK_BYTES, onDecline?: (reason: string) => void,
): ImportResult | null {
  if (files.length === 0) return null;
  const s = createStreamingImport(opts);
  const declined = (): null => {
    onDecline?.(s.declineReason ?? 'declined');
    return null;
  };
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    s.beginFile(f.name, f.bytes.length, files.slice(0, i).some((g) => sameBytes(g.bytes, f.bytes)));
    for (let at = 0; at < f.bytes.length; at += chunkBytes) {
      if (!s.push(f.bytes.subarray(at, Math.min(f.bytes.length, at + chunkBytes)))) return declined();
    }
    if (!s.endFile()) return declined();
  }
  return s.finish() ?? declined();
}
