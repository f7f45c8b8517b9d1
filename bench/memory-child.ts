/**
 * Child process for peak memory: `node --expose-gc memory-child.mjs MODE FILE TARGETS`.
 * A timer cannot sample memory while a synchronous import runs, so each measurement gets a fresh
 * process and reads the kernel's high-water mark of its own memory afterwards: VmHWM in
 * /proc/self/status on Linux. Not `process.resourceUsage().maxRSS`: Linux carries the spawning
 * process's high-water mark into a child it forks and execs, so a child of a 300 MB bench process
 * read 304 MB before doing anything (this bench reported 4.1× the file as the messy file's peak,
 * on and off, when the child's own peak was 1.6×). Elsewhere maxRSS is the fallback.
 * Baseline: RSS after modules are loaded and GC ran, before the file is read; peak = high-water mark −
 * baseline: everything the import allocates at once. Modes:
 * - `ours`: as the app's import worker reads a chosen file (a disk-backed File): in 4 MB
 *   slices through one import session (feedFile), read again from the start when the session asks.
 *   A fresh process is also what the app's import is (a new worker per import), so this mode also
 *   times each slice: the first (dialect, header, and the JIT warming up), the later ones, and the
 *   session's finish (merge and build), and counts the memory pages the import touched for the
 *   first time (minor page faults), with what writing a fresh 64 MB buffer costs per MB here;
 * - `oursWhole`: the whole file's bytes held in memory, then `importFiles` (so the peak includes
 *   the file itself);
 * - `papaRaw`: the whole file decoded and parsed by papaparse;
 * - `oursWarm`: the whole file imported twice, then five times timed (each after a full GC): its
 *   warm time in a process that imports nothing else, as the app's worker imports one file (`ms`
 *   is their median; the peak is not meaningful here). With a fourth argument, the module whose
 *   importFiles is timed instead of TARGETS' (the previous commit's bundle, which is then the only
 *   import code loaded), and the limits as JSON in a fifth (that bundle exports none).
 * Prints one JSON line.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Papa from 'papaparse';

const [mode, file, targets, importModule, limitsJson] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: memory-child MODE FILE [TARGETS [IMPORT_MODULE LIMITS_JSON]]');
const g = (globalThis as { gc?: () => void }).gc;

const moduleUrl = mode === 'oursWarm' && importModule ? importModule : targets;
const mod = (mode === 'ours' || mode === 'oursWhole' || mode === 'oursWarm') && moduleUrl ? (await import(moduleUrl)) as typeof import('./targets') : null;
g?.();
const baselineRss = process.memoryUsage().rss;
const t0 = performance.now();
const fileBytes = statSync(file).size;
const name = file.replace(/^.*\//, '');
let observations = 0;
let error: string | undefined;
/** Per-slice times of `ours`: from one slice's request to the next (the first includes the session's start). */
const sliceMs: number[] = [];
let finishMs = NaN;
/** `oursWarm`: the timed imports, ms. */
const warmRuns: number[] = [];
const faults0 = process.resourceUsage().minorPageFault;
try {
  if (mode === 'oursWarm') {
    if (!mod) throw new Error('no targets module');
    const bytes = readFileSync(file);
    const limits = limitsJson ? JSON.parse(limitsJson) as typeof mod.FILE_LIMITS
      : { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER };
    for (let i = 0; i < 7; i++) {
      g?.();
      const t = performance.now();
      const r = mod.importFiles([{ name, bytes }], { id: 'bench', createdAt: '2025-01-01T00:00:00.000Z', limits });
      if (i >= 2) warmRuns.push(performance.now() - t);
      observations = r.report.observations;
    }
  } else if (mode === 'ours' || mode === 'oursWhole') {
    if (!mod) throw new Error('no targets module');
    // Same as the timed run: the app's size limit lifted for files over it.
    const opts = fileBytes > mod.FILE_LIMITS.maxBytes
      ? { limits: { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER } } : {};
    const r = mode === 'ours' ? streamed(mod, opts) : mod.importFiles([{ name, bytes: readFileSync(file) }], opts);
    if (r.report.status !== 'ok') throw new Error(`import ${r.report.status}: ${r.report.issues.find((i) => i.severity === 'error')?.code ?? ''}`);
    observations = r.report.observations;
  } else if (mode === 'papaRaw') {
    const bytes = readFileSync(file);
    observations = Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
} catch (e) {
  error = e instanceof Error ? e.message : String(e);
}
const ms = mode === 'oursWarm' ? median(warmRuns) : performance.now() - t0;
/** Memory the import touched for the first time: minor page faults × 4 KiB pages (Linux x64). */
const faultedBytes = (process.resourceUsage().minorPageFault - faults0) * 4096;
const maxRss = ownHighWaterMark();
const pieces = sliceMs.length > 1
  ? { first: sliceMs[1]!, later: median(sliceMs.slice(2)), slices: sliceMs.length - 1, finish: finishMs, faultedBytes, touchMsPerMb: touchCost() }
  : undefined;
process.stdout.write(`${JSON.stringify({ mode, fileBytes, baselineRss, maxRss, peakBytes: maxRss - baselineRss, observations, ms, pieces, ...(warmRuns.length > 0 ? { warmRuns } : {}), error })}\n`);

/** This process's own peak RSS, bytes (VmHWM; maxRSS, in kibibytes, where /proc is not there). */
function ownHighWaterMark(): number {
  try {
    const kib = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib !== undefined) return Number(kib) * 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** ms per MB to write a fresh 64 MB buffer once, a byte per 4 KiB page: what a page touched first costs here. */
function touchCost(): number {
  const mb = 64;
  const t = performance.now();
  const buf = new Uint8Array(mb << 20);
  for (let i = 0; i < buf.length; i += 4096) buf[i] = 1;
  return (performance.now() - t) / mb;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[(s.length - 1) >> 1]!;
}

/** The file read from disk in slices through one session, as the import worker reads a chosen file's Blob. */
function streamed(m: typeof import('./targets'), opts: Parameters<typeof m.createImportSession>[0]): ReturnType<typeof m.importFiles> {
  const s = m.createImportSession(opts);
  const fd = openSync(file!, 'r');
  let t = performance.now();
  try {
    m.feedFile(s, name, fileBytes, undefined, (at, end) => {
      const now = performance.now();
      sliceMs.push(now - t);
      t = now;
      const chunk = new Uint8Array(end - at);
      readSync(fd, chunk, 0, chunk.length, at);
      return chunk;
    });
  } finally {
    closeSync(fd);
  }
  sliceMs.push(performance.now() - t);
  const t1 = performance.now();
  const r = s.finish();
  finishMs = performance.now() - t1;
  return r;
}
