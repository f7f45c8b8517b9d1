/**
 * Child process for peak memory: `node --expose-gc memory-child.mjs MODE FILE TARGETS`.
 * A timer cannot sample memory while a synchronous import runs, so each measurement gets a fresh
 * process and reads the kernel's high-water mark (`process.resourceUsage().maxRSS`) afterwards.
 * Baseline: RSS after modules are loaded and GC ran, before the file is read; peak = maxRSS −
 * baseline, so it includes the file's bytes (the browser holds them too) and everything the
 * import allocates at once. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const [mode, file, targets] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: memory-child MODE FILE [TARGETS]');
const g = (globalThis as { gc?: () => void }).gc;

const mod = mode === 'ours' && targets ? (await import(targets)) as typeof import('./targets') : null;
g?.();
const baselineRss = process.memoryUsage().rss;
const t0 = performance.now();
const bytes = new Uint8Array(readFileSync(file));
let observations = 0;
let error: string | undefined;
try {
  if (mode === 'ours') {
    if (!mod) throw new Error('no targets module');
    // Same as the timed run: the app's size limit lifted for files over it.
    const lift = bytes.length > mod.FILE_LIMITS.maxBytes;
    const r = mod.importFiles([{ name: file.replace(/^.*\//, ''), bytes }],
      lift ? { limits: { ...mod.FILE_LIMITS, maxBytes: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER } } : {});
    if (r.report.status !== 'ok') throw new Error(`import ${r.report.status}: ${r.report.issues.find((i) => i.severity === 'error')?.code ?? ''}`);
    observations = r.report.observations;
  } else if (mode === 'papaRaw') {
    observations = Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
} catch (e) {
  error = e instanceof Error ? e.message : String(e);
}
const ms = performance.now() - t0;
// maxRSS is in kibibytes.
const maxRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ mode, fileBytes: bytes.length, baselineRss, maxRss, peakBytes: maxRss - baselineRss, observations, ms, error })}\n`);
