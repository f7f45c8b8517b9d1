/**
 * The bench's results: the JSON written to bench/results.json and the markdown table printed
 * and written to bench/RESULTS.md (| measure | size | ours | peer | ratio |).
 */
import { cliStartTable, type CliStartResult } from './cli-start';
import { messyTable, type MessyResult } from './node-messy';
import type { AnalysisResult } from './node-analysis';
import type { ImportSizeResult } from './node-import';
import type { PeakMemory } from './node-memory';
import type { BrowserResult } from './browser';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  readonly memoryGB: number;
  /** 1-minute load averages when the bench started and ended (other work on the machine skews times). */
  readonly loadStart: readonly number[];
  readonly loadEnd?: readonly number[];
}

/** One file's warm imports, each child process a record (memory-child.ts `oursWarm`). */
export type WarmRuns = Readonly<Record<'clean' | 'messy' | 'wide', readonly PeakMemory[]>>;

export interface BenchResults {
  machine: Machine;
  readonly date: string;
  /** How the measured project code was loaded (bundle or tsx). */
  readonly targets: string;
  readonly gcExposed: boolean;
  readonly sizes: readonly string[];
  readonly imports: ImportSizeResult[];
  readonly peak: Record<string, { ours: PeakMemory; papaRaw: PeakMemory }>;
  readonly analysis: Record<string, AnalysisResult>;
  browser?: (BrowserResult & { carriedFrom?: string }) | { skipped: string };
  profile?: ({ readonly size: string; readonly top: readonly { fn: string; selfMs: number; share: number }[]; readonly totalMs: number } | { error: string }) & { carriedFrom?: string };
  /** The messy/clean/wide files and the previous commit (bench/node-messy.ts). */
  messy?: MessyResult & {
    peak?: { ours: PeakMemory; oursWhole?: PeakMemory; wide?: PeakMemory };
    /** Each file warm in a process of its own (memory-child.ts `oursWarm`): ours, and the previous commit's bundle. */
    warm?: WarmRuns; warmPrevious?: WarmRuns;
  };
  /** npm run check's start on a small file, ours against the previous commit's (bench/cli-start.ts). */
  cliStart?: CliStartResult;
  /** Set on a results file that was itself carried over (unused for fresh runs). */
  readonly carriedFrom?: string;
  readonly notes: string[];
  seconds?: number;
}

/** Targets from issue 6, for the ratio column. */
export const TARGETS = {
  importVsPapa: 0.65,
  bytesPerObservation: 32,
  peakPerFileByte: 3,
  switchComputeMs: 5,
  switchScreenMs: 100,
  longTaskMs: 50,
  initialJsGzipKB: 250,
} as const;

const nf0 = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const nf1 = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const nf2 = new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** `1,234 ms` (or `0.42 ms` below 10 ms), `—` for NaN. */
export function fmtMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  return ms < 10 ? `${nf2.format(ms)} ms` : `${nf0.format(ms)} ms`;
}

function mbps(bytes: number, ms: number): string {
  return Number.isFinite(ms) && ms > 0 ? `${nf0.format(bytes / 1e6 / (ms / 1000))} MB/s` : '';
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${nf2.format(a / b)}×` : '—';
}

/** Size-column suffix for figures kept from an earlier run. */
function earlier(date: string | undefined): string {
  return date ? `, earlier run ${date.slice(0, 10)}` : '';
}

type Row = [measure: string, size: string, ours: string, peer: string, ratio: string];

const PEER_LABEL: Record<string, string> = {
  oursGeneral: "ours with papaparse as the tokenizer (readMode: 'papaparse'; what files with odd quotes cost)",
  papaRaw: 'papaparse raw (TextDecoder + parse, no header)',
  duckdbWarm: 'DuckDB read_csv, warm instance',
  duckdbCold: 'DuckDB read_csv, incl. instance start',
  papaTyped: 'papaparse header + dynamicTyping',
  arqueroFromCSV: 'arquero fromCSV',
  textDecoder: 'TextDecoder alone (floor)',
};

function importRows(r: ImportSizeResult): Row[] {
  const rows: Row[] = [];
  const ours = r.timings.ours;
  const size = `${r.size} (${nf1.format(r.file.bytes / 1e6)} MB${r.limitLifted ? '; app size limit lifted' : ''})${earlier(r.carriedFrom)}`;
  const oursCell = ours?.error ? `failed: ${ours.error}` : ours ? `${fmtMs(ours.ms)} · ${mbps(r.file.bytes, ours.ms)} (n=${ours.runs.length})` : '—';
  for (const peer of ['papaRaw', 'oursGeneral', 'duckdbWarm', 'duckdbCold', 'papaTyped', 'arqueroFromCSV', 'textDecoder']) {
    const t = r.timings[peer];
    if (!t) continue;
    const peerCell = t.error ? `failed: ${t.error}` : `${fmtMs(t.ms)} · ${mbps(r.file.bytes, t.ms)} (n=${t.runs.length})`;
    const target = peer === 'papaRaw' ? ` (target ≤ ${TARGETS.importVsPapa})` : '';
    rows.push([`import vs ${PEER_LABEL[peer] ?? peer}${target}`, size, oursCell, peerCell, ratio(ours?.ms ?? NaN, t.ms)]);
  }
  if (r.held) {
    rows.push([`memory held after import, bytes/observation (target ≤ ${TARGETS.bytesPerObservation})`, size,
      `${nf1.format(r.held.bytesPerObservation)} B (${nf1.format(r.held.bytes / 1e6)} MB)`, `${TARGETS.bytesPerObservation} B`,
      ratio(r.held.bytesPerObservation, TARGETS.bytesPerObservation)]);
  }
  return rows;
}

function peakRows(size: string, p: { ours: PeakMemory; papaRaw: PeakMemory }): Row[] {
  const cell = (m: PeakMemory): string => (m.error ? `failed: ${m.error.slice(0, 80)}` : `${nf0.format(m.peakBytes / 1e6)} MB = ${nf2.format(m.peakPerFileByte)}× file`);
  return [[`peak RSS during import, whole file in memory, ÷ file size (target ≤ ${TARGETS.peakPerFileByte}×; peer: papaparse raw)`, size, cell(p.ours), cell(p.papaRaw),
    ratio(p.ours.peakBytes, p.papaRaw.peakBytes)]];
}

const PREPARED_LABEL = {
  views: 'prepared (every dataset was shown prepared, before the analysis model)',
  index: 'unprepared, index pass only (before the analysis model)',
  model: 'fresh analysis model, nothing computed ahead (the app since issue 17)',
} as const;

const VIEW_LABEL = {
  compare: '对比 (compareUnits)', league: '排行 (league table + 连续3期靠后 column)', trend: '趋势 (leading units + trend series)',
  imbalance: '均衡 (spread trend, 连续3期靠后, narrative; a period switch also every metric\'s spread and the heatmap)',
} as const;

function analysisRows(size: string, a: AnalysisResult): Row[] {
  if (a.error) return [['analysis', size, `failed: ${a.error}`, '', '']];
  const q = `${a.query.metric} ${a.query.period}`;
  return [
    [`analysis ${q}: roll-up + league + imbalance, first call (ours: cold indexes; arquero: first query)`, size,
      fmtMs(a.ours.cold.total), fmtMs(a.arquero.first.total), ratio(a.ours.cold.total, a.arquero.first.total)],
    [`analysis ${q}: same query again (ours: cached; arquero: repeated)`, size,
      fmtMs(a.ours.warm.total), fmtMs(a.arquero.repeated.total), ratio(a.ours.warm.total, a.arquero.repeated.total)],
    [`metric switch compute: league + imbalance for a new metric, columns read (what this bench timed first; the per-view rows below are what a click costs; peer: arquero repeated)`, size,
      fmtMs(a.ours.switchMs), fmtMs(a.arquero.repeated.total), ratio(a.ours.switchMs, a.arquero.repeated.total)],
    ...(a.views ?? []).map((v): Row => [
      `switch compute, ${VIEW_LABEL[v.view]}: ${v.kind === 'metric' ? '指标' : v.kind === 'period' ? '期间' : '期间, to a month'} → what the view recomputes, ${PREPARED_LABEL[v.prepared ?? 'index']} (target ≤ ${TARGETS.switchComputeMs} ms; median of ${v.runs}, max ${fmtMs(v.maxMs)}; peer: arquero repeated)`, size,
      fmtMs(v.medianMs), fmtMs(a.arquero.repeated.total), ratio(v.medianMs, a.arquero.repeated.total)]),
    ...(a.preparation === undefined ? [] : [
      [`preparation before a dataset is shown: views stage (every metric × quarter, year, half and month rolled up, sorted, summarised; after the index pass; the app runs it in 8 ms slices; peer: arquero table setup)`, size,
        fmtMs(a.preparation.viewsMs), fmtMs(a.arquero.setupMs), ratio(a.preparation.viewsMs, a.arquero.setupMs)] as Row,
      [`memory held by the preparation's caches, bytes/observation on top of the dataset: index pass + views stage (no target; the import row is the dataset itself)`, size,
        `${nf1.format(a.preparation.indexBytesPerObservation)} + ${nf1.format(a.preparation.viewsBytesPerObservation)} B`, '—', '—'] as Row,
    ]),
    ...(a.model === undefined ? [] : [
      [`memory held by the analysis model after every view's switches, bytes/observation on top of the dataset: heap measured (model's own estimate; budget)`, size,
        `${nf1.format(a.model.heldBytesPerObservation)} B (${nf1.format(a.model.modelBytesPerObservation)}; ≤ ${nf1.format(a.model.budgetBytesPerObservation)})`, '—', '—'] as Row,
      ...(a.model.rollUpMs === undefined ? [] : [
        [`the import worker's roll-ups after the hand-over (rollUpCube: every metric × rolled-up period; no target, off the page), and their size in bytes/observation (part of the memory row above)`, size,
          `${fmtMs(a.model.rollUpMs)}; ${nf1.format(a.model.rollUpBytesPerObservation ?? 0)} B`, '—', '—'] as Row,
      ]),
    ]),
    ...(a.ours.indexPassMs === undefined ? [] : [
      [`every metric's columns read (since issue 17 by a fresh model as views ask; before it, the index pass of the preparation; peer: arquero table setup)`, size,
        fmtMs(a.ours.indexPassMs), fmtMs(a.arquero.setupMs), ratio(a.ours.indexPassMs, a.arquero.setupMs)] as Row,
      [`metric switch compute, the metric's columns not read yet (read on demand; peer: arquero repeated)`, size,
        fmtMs(a.ours.switchBeforeIndexMs ?? NaN), fmtMs(a.arquero.repeated.total), ratio(a.ours.switchBeforeIndexMs ?? NaN, a.arquero.repeated.total)] as Row,
    ]),
  ];
}

function browserRows(b: BrowserResult): Row[] {
  const rows: Row[] = [];
  if (b.initialJsGzipBytes !== undefined) {
    rows.push([`initial JavaScript, gzip (target ≤ ${TARGETS.initialJsGzipKB} KB; lazy chunks ${nf0.format((b.lazyJsGzipBytes ?? 0) / 1024)} KB)`, 'build',
      `${nf1.format(b.initialJsGzipBytes / 1024)} KB`, `${TARGETS.initialJsGzipKB} KB`, ratio(b.initialJsGzipBytes / 1024, TARGETS.initialJsGzipKB)]);
  }
  for (const imp of b.imports ?? []) {
    rows.push([`browser: file chosen → first chart drawn (dataset shown, imported and prepared, after ${fmtMs(imp.toShownMs)})`, imp.size,
      imp.error ? `failed: ${imp.error}` : fmtMs(imp.toChartMs), '', '']);
    if (!imp.error) {
      rows.push([`browser: longest main-thread task, file chosen → dataset shown (the import, then the preparation in slices; target ≤ ${TARGETS.longTaskMs} ms)`, imp.size,
        `${fmtMs(imp.longestTaskMs)} (${imp.longTasks} long tasks)`, `${TARGETS.longTaskMs} ms`, ratio(imp.longestTaskMs, TARGETS.longTaskMs)]);
      if (imp.longestChartTaskMs !== undefined) {
        rows.push(['browser: longest main-thread task, 对比 tab clicked → first chart drawn', imp.size,
          fmtMs(imp.longestChartTaskMs), `${TARGETS.longTaskMs} ms`, ratio(imp.longestChartTaskMs, TARGETS.longTaskMs)]);
      }
      if (imp.longestSaveTaskMs !== undefined && imp.toSavedMs !== undefined) {
        const before = !Number.isFinite(imp.longestSaveTaskMs);
        rows.push([`browser: file chosen → saved in IndexedDB by the import worker${before ? ' (before the first chart was drawn: the longest tasks meanwhile are in the two rows above)' : '; longest main-thread task from first chart drawn to saved'}`, imp.size,
          before ? fmtMs(imp.toSavedMs) : `${fmtMs(imp.toSavedMs)}; longest task ${fmtMs(imp.longestSaveTaskMs)}`, before ? '' : `${TARGETS.longTaskMs} ms`,
          before ? '' : ratio(imp.longestSaveTaskMs, TARGETS.longTaskMs)]);
      }
    }
  }
  for (const s of b.switches ?? []) {
    rows.push([`browser: ${s.what} switch → table and chart updated (target ≤ ${TARGETS.switchScreenMs} ms)`, s.size,
      s.error ? `failed: ${s.error}` : fmtMs(s.ms), `${TARGETS.switchScreenMs} ms`, s.error ? '—' : ratio(s.ms, TARGETS.switchScreenMs)]);
  }
  if (b.error) rows.push(['browser', '', `failed: ${b.error}`, '', '']);
  return rows;
}

/** All rows of the results table, in reading order. */
export function resultRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  for (const imp of r.imports) {
    rows.push(...importRows(imp));
    const label = `${imp.size}${earlier(imp.carriedFrom)}`;
    const p = r.peak[imp.size];
    if (p) rows.push(...peakRows(label, p));
    const a = r.analysis[imp.size];
    if (a) rows.push(...analysisRows(`${imp.size}${earlier(a.carriedFrom)}`, a));
  }
  if (r.browser && !('skipped' in r.browser)) {
    const b = r.browser;
    rows.push(...browserRows(b).map((row): Row => [row[0], `${row[1]}${earlier(b.carriedFrom)}`, row[2], row[3], row[4]]));
  }
  return rows;
}

/** The markdown table, with the machine line above it. */
export function markdownTable(r: BenchResults): string {
  const m = r.machine;
  const head = `Measured ${r.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${nf0.format(m.memoryGB)} GB, Node ${m.node} (${m.platform}); ` +
    `load average ${m.loadStart.map((x) => x.toFixed(1)).join('/')} at start${m.loadEnd ? `, ${m.loadEnd.map((x) => x.toFixed(1)).join('/')} at end` : ''}. ` +
    `Times are medians of n runs after a warm-up, ours and the peers interleaved in one process on the same bytes. Ratio = ours ÷ peer (lower is better).`;
  const lines = ['| measure | size | ours | peer | ratio |', '|---|---|---|---|---|'];
  for (const row of resultRows(r)) lines.push(`| ${row.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`);
  const notes = r.notes.length > 0 ? `\n\n${r.notes.map((n) => `- ${n}`).join('\n')}` : '';
  const cli = r.cliStart ? `\n## npm run check on a small file\n\n${cliStartTable(r.cliStart)}\n` : '';
  return `${head}\n\n${lines.join('\n')}${notes}\n${messySection(r)}${cli}`;
}

function messySection(r: BenchResults): string {
  if (!r.messy) return '';
  const peak = r.messy.peak?.ours;
  const whole = r.messy.peak?.oursWhole;
  const peakLine = peak && !peak.error
    ? `\n- Peak memory importing the messy file as the app does (4 MB slices of the file, as the import worker reads a chosen file): ${(peak.peakBytes / 1e6).toFixed(0)} MB = ${peak.peakPerFileByte.toFixed(2)}× the file (target ≤ 3×).`
      + (whole && !whole.error ? `\n- The same with the whole file's bytes held in memory first (importFiles): ${(whole.peakBytes / 1e6).toFixed(0)} MB = ${whole.peakPerFileByte.toFixed(2)}× the file.` : '')
    : peak?.error ? `\n- Peak memory of the messy file: failed (${peak.error}).` : '';
  return `\n## Messy files, and the previous commit\n\n${messyTable(r.messy)}${peakLine}${freshLines(r.messy.peak)}${warmLine(r.messy.warm, r.messy.warmPrevious)}\n`;
}

/**
 * Each file warm in a process that imports nothing else (memory-child.ts `oursWarm`): the wide ÷
 * messy line without what the timed runs above carry from one another. There one process imports
 * the clean, messy and wide files and the previous commit's bundle in turn, and every import after
 * another shape's runs slower (figures in the closing notes of issue 14).
 */
function warmLine(warm: WarmRuns | undefined, previous: WarmRuns | undefined): string {
  if (warm === undefined) return '';
  const ok = (xs: readonly PeakMemory[] | undefined): PeakMemory[] => (xs ?? []).filter((x) => x.error === undefined && Number.isFinite(x.ms));
  const [messy, wide] = [ok(warm.messy), ok(warm.wide)];
  if (messy.length === 0 || wide.length === 0) return `\n- Each file warm in a process of its own: failed (${[...warm.messy, ...warm.wide].find((x) => x.error)?.error ?? 'no runs'}).`;
  const best = (xs: PeakMemory[]): PeakMemory => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const [m, w] = [best(messy), best(wide)];
  const ratio = (w.ms / w.fileBytes) / (m.ms / m.fileBytes);
  const all = (xs: PeakMemory[]): string => xs.map((x) => nf0.format(x.ms)).join(' and ');
  const line = `\n- Each file warm in a process that imports nothing else (as the app's worker imports one file; two processes each, the faster kept; median of 5 imports after 2): `
    + `messy ${all(messy)} ms, wide ${all(wide)} ms, so wide ÷ messy per byte ${ratio.toFixed(2)}× (target ≤ 1.5×). The table's row times both in one process that also imports the clean file and the previous commit, which slows each import after another shape's.`;
  if (previous === undefined) return line;
  const against = (['clean', 'messy', 'wide'] as const).map((k) => {
    const [ours, prev] = [ok(warm[k]), ok(previous[k])];
    if (ours.length === 0 || prev.length === 0) return `${k} n/a`;
    return `${k} ${all(ours)} ms against ${all(prev)} ms, ${(best(ours).ms / best(prev).ms).toFixed(2)}×`;
  });
  return `${line}\n- The same against the previous commit, its bundle alone in each process (the two alternate, the faster of each kept; the table's "÷ previous commit" rows load both bundles in one process, and the second loaded ran up to 1.5× slower there): ${against.join('; ')}.`;
}

/**
 * The import in a fresh process, as the app runs it (a new import worker per import): where the
 * time goes. The timed runs above follow a forced full GC each, after which V8 learns the import's
 * object layouts again, much as a fresh worker does; the first slice shows that warm-up.
 */
function freshLines(peak: { ours: PeakMemory; wide?: PeakMemory } | undefined): string {
  const line = (label: string, m: PeakMemory | undefined): string => {
    if (!m?.pieces || m.error) return '';
    const p = m.pieces;
    return `\n- ${label} imported in a fresh process, in 4 MB slices (the app starts a new import worker for each import): ${nf0.format(m.ms)} ms.`
      + ` First slice ${nf0.format(p.first)} ms (dialect, header, and the JIT warming up), later slices ${nf0.format(p.later)} ms each (median of ${p.slices - 1}), merge and build ${nf0.format(p.finish)} ms.`
      + (p.faultedBytes !== undefined && p.touchMsPerMb !== undefined
        ? ` It touched ${nf0.format(p.faultedBytes / 1e6)} MB of memory for the first time (page faults); writing a fresh buffer costs ${p.touchMsPerMb.toFixed(2)} ms per MB on this machine, so about ${nf0.format((p.faultedBytes / 1e6) * p.touchMsPerMb)} ms of the import.`
        : '');
  };
  return line('The messy file', peak?.ours) + line('The wide file', peak?.wide);
}
