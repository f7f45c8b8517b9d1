/**
 * The import pipeline for one batch of files (plus an optional existing dataset to add to):
 * bytes → text → rows → header → shape → observation records → units → merged Dataset, with a
 * report that accounts for every data row. One path for every file: an ImportSession takes each
 * file in chunks (read-file.ts decides how to decode and tokenize it; the rows all go through the
 * same reader), then merges the records once. Pure and synchronous: it runs in the import Web
 * Worker (which feeds File slices), the CLI and vitest. Never throws on user data; a bug becomes
 * an `internal-error` issue.
 */
import { checkConsistency } from '../dataset/check-consistency';
import { cumulativeOrder } from '../dataset/cumulative-order';
import { copiedPeriod } from '../dataset/copied-period';
import { numberCount, sourceFileOf, type Dataset, type SourceFile } from '../dataset/dataset';
import { streetMoves } from '../dataset/street-moves';
import { yuanScale } from '../dataset/yuan-scale';
import { metricNameSplit } from '../dataset/metric-name-split';
import { copiedStreet } from '../dataset/copied-street';
import { copiedUnit } from '../dataset/copied-unit';
import { partOverWhole } from '../merge/part-over-whole';
import type { FileLimits } from '../decode/file-limits';
import { mergeRecords } from '../merge/merge-records';
import { sameFileIssue } from '../merge/file-street-check';
import { ObservationRecords, type RecordsCheckpoint } from '../records/observation-records';
import { emptyCounts, type ImportIssue, type ImportReport, type RowDisposition, type RowOutcome } from '../report/import-report';
import { IssueSink, oneIssuePerCell } from '../report/issue-sink';
import { oneIssueAcrossPlaces } from '../report/same-issue-places';
import { makeIssue } from '../report/make-issue';
import type { WorkbookLib } from '../rows/read-workbook';
import { FileReader, type FileSummary, type ReadMode } from './read-file';
import { RowsReader, type RowsSummary } from './read-rows';
import { flagSheetsWithoutPeriod, flagUnitSheetPeriods, skipStreetsOnlySheets, withSheet } from './sheet-issues';
import { flagCopiedSheets } from './copied-sheets';
import { resentLabel } from './resent-label';
import { totalRowsOnlyIssue } from './total-rows-only';
import { checkSummarySheets } from './summary-sheet-check';
import { appendedDatasetName, defaultDatasetName, newDatasetId } from './dataset-name';
export type { FileSummary, ReadMode } from './read-file';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportOptions {
  datasetName?: string;
  /** A dataset to add the files to (e.g. a new month); its observations are kept as they are. */
  existing?: Dataset;
  /**
   * The files correct `existing` (a community resent a month): a number that differs from the
   * dataset's replaces it, with a warning naming both, instead of blocking (existing-conflict).
   */
  correctExisting?: boolean;
  /** Forced encoding label for every file (UTF-8, GBK, GB18030, UTF-16LE); default: detect. */
  encoding?: string;
  isSample?: boolean;
  id?: string;
  createdAt?: string;
  /** Size limits for the `file-large` / `file-too-large` checks (default FILE_LIMITS; tests shrink them). */
  limits?: FileLimits;
  /**
   * How every file is first read (default `stream`). `papaparse` tokenizes with papaparse from
   * the start: the same interpretation of the rows, the other tokenizer (the oracle tests use it).
   */
  readMode?: ReadMode;
  /** Hears each time a file is read again another way (`a.csv: papaparse`); for tests and debugging. */
  onReread?: (why: string) => void;
  /**
   * SheetJS, for workbook files (workbookLibFor loads it only when a workbook arrives). Without it
   * a workbook is refused with an error issue.
   */
  workbookLib?: WorkbookLib;
}

export interface ImportResult {
  /** null when blocked: nothing may be committed. */
  readonly dataset: Dataset | null;
  readonly report: ImportReport;
  readonly files: readonly FileSummary[];
}

/** Chunk size for reading big files: large enough to amortise, small enough for quick progress. */
export const STREAM_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Bytes of a file read before the records make room for the rest of it (see ObservationRecords.reserve);
 * a chunk that reaches past it is read in two. Until then the records grow by doubling, and every
 * doubling writes fresh memory: read in one 4 MB chunk, the wide city file's first rows filled
 * about 19 MB of columns that were then copied and dropped.
 */
const RESERVE_AFTER_BYTES = 1024 * 1024;
/** The projection's margin (a file's start may be a little sparser than its rest). */
const RESERVE_MARGIN = 1.05;

/**
 * One import, fed file by file in chunks. When `push` or `endFile` returns false the file must be
 * fed again from its first byte (the session has forgotten what it read of it and reads it
 * another way next time); a file is read at most three times.
 */
export interface ImportSession {
  /** Starts the next file; `sameAs` names an earlier file of this import with the same bytes. */
  beginFile(name: string, size: number, sameAs?: string): void;
  push(chunk: Uint8Array): boolean;
  endFile(): boolean;
  /** The import's result (once every file has ended). */
  finish(): ImportResult;
  /** Data rows read so far (all files). */
  readonly rows: number;
}

/** One table the records point at: a CSV file, or one sheet of a workbook (`文件.xlsx › 3月`). */
interface Source {
  readonly label: string;
  readonly name: string;
  readonly sheet?: string;
  /** A sheet's hidden rows that hold data (1-based lines): a conflict from one says so. */
  readonly hiddenLines?: readonly number[];
}

interface Current {
  /** The file's own name (what periods and names are read from), and what the dataset calls it (resent-label.ts). */
  readonly name: string;
  readonly label: string;
  readonly size: number;
  /** The file's first table's source index (a workbook's other sheets come after). */
  readonly index: number;
  reader: FileReader;
  checkpoint: RecordsCheckpoint;
  failed: boolean;
  /** Bytes fed to this reading of the file, and whether the records made room for the rest. */
  fed: number;
  reserved: boolean;
  /** Its rows are held until the end (a nameless column dropped on the first rows had data further down). */
  holdRows: boolean;
}

/** Starts an import session. */
export function createImportSession(opts: ImportOptions = {}): ImportSession {
  const sink = new IssueSink();
  const store = new ObservationRecords();
  const summaries: (FileSummary & { structural: number })[] = [];
  const sources: Source[] = [];
  const inputs: string[] = [];
  const labels: string[] = [];
  /** File names the dataset has (a workbook's, for its sheets): a file of one of them is relabelled. */
  const taken = new Set((opts.existing?.files ?? []).map((f) => sourceFileOf(f.name).file));
  /** The names this import's files go by so far (resent-label.ts). */
  const batch = new Set<string>();
  let current: Current | null = null;

  /** A reader of file `c`: issues and sources name it by its label, periods and names are read from its own name. */
  const reader = (c: Pick<Current, 'name' | 'label' | 'index' | 'size'>, mode: ReadMode, holdRows = false): FileReader => {
    const own = c.label !== c.name ? { fileName: c.name } : {};
    return new FileReader(c.label, c.size, sink, {
      mode, ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}), ...(opts.limits ? { limits: opts.limits } : {}),
      ...(opts.workbookLib ? { workbookLib: opts.workbookLib } : {}), ...own,
    }, (encoding) => new RowsReader({ file: c.label, fileIndex: c.index, encoding, store, sink }, { ...own, ...(holdRows ? { holdRows } : {}) }));
  };

  /** A workbook's sheets, each a source of its own, through the same RowsReader as a CSV file's rows. */
  const readSheets = (c: Current): void => {
    const from = sink.issues.length;
    const periods: { label: string; name: string; sheet: string; shaped: boolean; copyOf?: string; filePeriod?: RowsSummary['filePeriod']; streetsOnly?: readonly string[] }[] = [];
    const sheetOf = new Map<number, string>();
    c.reader.sheets.forEach((sheet, k) => {
      const index = k === 0 ? c.index : sources.length;
      const source = { label: sheet.label, name: sheet.name, sheet: sheet.sheet, ...(sheet.hiddenLines !== undefined ? { hiddenLines: sheet.hiddenLines } : {}) };
      if (k === 0) sources[index] = source; else sources.push(source);
      if (!sheet.sumOfUnits) sheetOf.set(index, sheet.sheet);
      const rows = new RowsReader({ file: sheet.label, fileIndex: index, encoding: '', store, sink }, {
        fileName: sheet.fileName, sheet: sheet.sheet, merges: sheet.merges, hiddenColumns: sheet.hiddenColumns, holdRows: true,
        ...(sheet.visibleSums !== undefined ? { visibleSums: sheet.visibleSums } : {}),
        ...(sheet.sumOfUnits ? { sumOfUnits: true } : {}),
        ...(sheet.cover !== undefined ? { cover: sheet.cover } : {}),
        ...(sheet.periodName !== undefined ? { periodName: sheet.periodName } : {}),
      });
      for (let r = 0; r < sheet.rows.length; r++) rows.row(sheet.rows[r]!, sheet.lines[r]!);
      const r = rows.end();
      periods.push({
        label: sheet.label, name: sheet.name, sheet: sheet.sheet, shaped: r.shape !== null, ...(sheet.copyOf !== undefined ? { copyOf: sheet.copyOf } : {}),
        ...(r.filePeriod ? { filePeriod: r.filePeriod } : {}), ...(r.streetsOnly ? { streetsOnly: r.streetsOnly } : {}),
      });
      summaries.push({
        name: sheet.name, sheet: sheet.sheet, bytes: c.size, encoding: '', delimiter: '', shape: r.shape, rows: r.rows, structural: r.structural,
        ...(r.caption !== undefined ? { caption: r.caption } : {}),
      });
    });
    flagSheetsWithoutPeriod(sink.issues, from, periods);
    flagCopiedSheets(sink.issues, periods);
    flagUnitSheetPeriods(sink.issues, periods);
    skipStreetsOnlySheets(sink.issues, from, periods);
    // The summary sheets left out are checked against the sheets they sum, now all read.
    checkSummarySheets([...c.reader.summarySheets, ...c.reader.sheets.filter((s) => s.sumOfUnits)], store, c.checkpoint.size, sheetOf, sink);
  };

  /** Forgets the current reading of the file and prepares the next way; false for the caller. */
  const again = (c: Current): false => {
    const mode = c.reader.again ?? 'papaparse';
    c.holdRows ||= c.reader.againHoldingRows;
    opts.onReread?.(`${c.name}: ${mode}${c.reader.againHoldingRows ? ', rows held' : ''}`);
    store.rollback(c.checkpoint);
    c.reader.forgetIssues();
    c.reader = reader(c, mode, c.holdRows);
    c.fed = 0;
    c.reserved = false;
    return false;
  };

  const fail = (c: Current, e: unknown): void => {
    c.failed = true;
    sink.push(internalError(c.label, e));
    // Rows read before the failure have no trustworthy outcome: reject them.
    for (let r = c.checkpoint.rows; r < store.rows; r++) if (store.outcomeOf(r) === null) store.settleRow(r, 'rejected', '内部错误');
  };

  /** Feeds the current file `bytes` more bytes through `read`; false: feed it again from its start. */
  const feed = (bytes: number, read: (r: FileReader) => boolean): boolean => {
    const c = current;
    if (c === null) throw new Error('push before beginFile');
    if (c.failed) return true;
    try {
      if (!read(c.reader)) return again(c);
      c.fed += bytes;
      if (!c.reserved && c.fed >= RESERVE_AFTER_BYTES && c.fed < c.size) {
        // The rest of the file will likely hold as many observations per byte as its start.
        c.reserved = true;
        const perByte = (n: number, at: number): number => n + ((n - at) / c.fed) * (c.size - c.fed) * RESERVE_MARGIN;
        store.reserve(perByte(store.size, c.checkpoint.size), perByte(store.rows, c.checkpoint.rows));
      }
      return true;
    } catch (e) {
      fail(c, e);
      return true;
    }
  };

  return {
    get rows() { return store.rows; },
    beginFile(name, size, sameAs) {
      if (sameAs !== undefined) {
        sink.push(sameFileIssue(name, sameAs));
      }
      inputs.push(name);
      const label = resentLabel(name, taken, batch);
      batch.add(label);
      labels.push(label);
      const index = sources.length;
      sources.push({ label, name: label });
      const file = { name, label, size, index };
      current = { ...file, reader: reader(file, opts.readMode ?? 'stream'), checkpoint: store.checkpoint(), failed: false, fed: 0, reserved: false, holdRows: false };
    },
    push(chunk) {
      const c = current;
      const cut = c !== null && !c.reserved ? RESERVE_AFTER_BYTES - c.fed : 0;
      if (cut > 0 && cut < chunk.length) {
        return feed(cut, (r) => r.push(chunk.subarray(0, cut))) && feed(chunk.length - cut, (r) => r.push(chunk.subarray(cut)));
      }
      return feed(chunk.length, (r) => r.push(chunk));
    },
    endFile() {
      const c = current;
      if (c === null) throw new Error('endFile before beginFile');
      if (!c.failed) {
        try {
          if (!c.reader.end()) return again(c);
          if (c.reader.sheets.length > 0) readSheets(c);
          else summaries.push(c.reader.summary());
          current = null;
          return true;
        } catch (e) {
          fail(c, e);
        }
      }
      summaries.push({ name: c.label, bytes: c.size, encoding: '', delimiter: '', shape: null, rows: store.rows - c.checkpoint.rows, structural: 0 });
      current = null;
      return true;
    },
    finish() {
      return assemble(store, sink, summaries, sources, inputs, labels, opts);
    },
  };
}

function assemble(
  store: ObservationRecords, sink: IssueSink, summaries: readonly (FileSummary & { structural: number })[],
  tables: readonly Source[], names: readonly string[], labels: readonly string[], opts: ImportOptions,
): ImportResult {
  if (names.length === 0) sink.push(makeIssue('error', 'no-files', { file: '' }, '没有选择文件', 'No files were given.'));
  const summaryOf = (t: Source): (FileSummary & { structural: number }) | undefined =>
    summaries.find((s) => s.name === t.name && s.sheet === t.sheet);
  const sources: SourceFile[] = tables.map((t) => {
    const s = summaryOf(t);
    return { name: t.label, encoding: s?.encoding ?? '', bytes: s?.bytes ?? 0, ...(s?.caption ? { caption: s.caption } : {}) };
  });
  // A sheet label (`文件.xlsx › 3月`) in issues and rows becomes its file and sheet.
  const places = new Map(tables.filter((t) => t.sheet !== undefined).map((t) => [t.label, { file: t.name, sheet: t.sheet! }]));
  let dataset: Dataset | null = null;
  let tally = { corrected: 0, added: 0 };
  // A 其中 value larger than its whole's, read from the records (the merge writes over them).
  partOverWhole(store, tables.map((t) => t.label), sink);
  try {
    const hidden = tables.map((t) => (t.hiddenLines !== undefined ? new Set(t.hiddenLines) : undefined));
    const merged = mergeRecords(store, sources, opts.existing, sink, opts.correctExisting === true, hidden);
    tally = merged;
    sink.flush();
    if (!sink.blocked) {
      dataset = merged.build({
        id: opts.id ?? opts.existing?.id ?? newDatasetId(),
        name: opts.datasetName ?? (opts.existing ? appendedDatasetName(opts.existing, names) : defaultDatasetName(names)),
        ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
        isSample: opts.isSample ?? false,
      });
    }
  } catch (e) {
    sink.flush();
    sink.push(internalError('', e));
    dataset = null;
    for (let r = 0; r < store.rows; r++) if (store.outcomeOf(r) === null) store.settleRow(r, 'rejected', '内部错误');
  }
  // Total rows only (本社区 in each community's own table): nothing imported, refused rather than saved empty.
  const totalsOnly = dataset && !opts.existing && dataset.obs.value.length === 0 ? totalRowsOnlyIssue(sink.issues) : null;
  if (totalsOnly !== null) { sink.push(totalsOnly); dataset = null; }
  // Warnings across observations of the built dataset (sums of periods, rates vs their parts, a street that changed, 万元 unsaid, a 累计 below its month, a metric worded otherwise, a street's table sent as another's, a community's copied for another).
  const fromFile = opts.existing?.files.length ?? 0;
  if (dataset) sink.pushAll([...checkConsistency(dataset, fromFile), ...streetMoves(dataset, fromFile), ...yuanScale(dataset, fromFile), ...cumulativeOrder(dataset, fromFile), ...copiedPeriod(dataset, fromFile), ...metricNameSplit(dataset, fromFile), ...copiedStreet(dataset, fromFile), ...copiedUnit(dataset, fromFile)]);
  const counts = emptyCounts();
  for (const s of summaries) counts.structural += s.structural;
  counts.rowsIn = store.rows;
  // Nearly every row is imported (a pending row is): the others are listed.
  const rows: RowDisposition[] = [];
  for (let r = store.nextNotImported(0); r >= 0; r = store.nextNotImported(r + 1)) {
    const outcome = store.outcomeOf(r) as Exclude<RowOutcome, 'imported'>;
    counts[outcome]++;
    const t = tables[store.rowFile[r]!];
    rows.push({ file: t?.name ?? '', ...(t?.sheet !== undefined ? { sheet: t.sheet } : {}), line: store.rowLine[r]!, outcome, reason: store.reasonOf(r) });
  }
  counts.imported = store.rows - rows.length;
  const blocked = sink.blocked;
  const values = blocked || !dataset ? 0 : numberCount(dataset.obs.value);
  return {
    dataset: blocked ? null : dataset,
    files: summaries.map(({ structural: _s, ...f }) => f),
    report: {
      status: blocked ? 'blocked' : 'ok', files: [...labels], counts, issues: oneIssueAcrossPlaces(oneIssuePerCell(places.size > 0 ? sink.issues.map((i) => withSheet(i, places)) : sink.issues)),
      rows, observations: blocked || !dataset ? 0 : dataset.obs.value.length, values,
      ...(opts.existing && dataset && !blocked ? { added: tally.added, ...(tally.corrected > 0 ? { corrected: tally.corrected } : {}) } : {}),
    },
  };
}

/** Whether two files' bytes are the same (a file chosen twice). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Feeds one file through `s` in slices of `chunkBytes` (`slice(at, end)` gives its bytes), from the
 * start again each time the session asks for another way of reading it. Synchronous sources only:
 * the import worker has its own loop over Blob slices (src/ui/import/import.worker.ts).
 */
export function feedFile(
  s: ImportSession, name: string, size: number, sameAs: string | undefined,
  slice: (at: number, end: number) => Uint8Array, chunkBytes = STREAM_CHUNK_BYTES,
): void {
  s.beginFile(name, size, sameAs);
  for (let pass = 0; ; pass++) {
    let ok = true;
    for (let at = 0; ok && at < size; at += chunkBytes) ok = s.push(slice(at, Math.min(size, at + chunkBytes)));
    if (ok && s.endFile()) return;
    if (pass > 3) throw new Error(`${name} was read ${pass + 1} times`);
  }
}

/** Imports `files` (whole byte arrays) as one batch, merged with `opts.existing` when given. Never throws. */
export function importFiles(files: readonly InputFile[], opts: ImportOptions = {}, chunkBytes = STREAM_CHUNK_BYTES): ImportResult {
  const s = createImportSession(opts);
  files.forEach((f, i) => {
    const same = files.slice(0, i).find((g) => sameBytes(g.bytes, f.bytes))?.name;
    feedFile(s, f.name, f.bytes.length, same, (at, end) => f.bytes.subarray(at, end), chunkBytes);
  });
  return s.finish();
}

function internalError(file: string, e: unknown): ImportIssue {
  const detail = e instanceof Error ? `${e.message}` : String(e);
  return makeIssue('error', 'internal-error', { file },
    `导入程序内部错误（${detail}）。数据未导入，请把该文件反馈给开发人员`,
    `Internal importer error (${detail}); nothing was imported.`);
}
