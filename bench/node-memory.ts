/**
 * Peak memory of one import, measured in a fresh child process per measurement (see
 * memory-child.ts for the method). The child script is bundled with the targets so it runs on
 * plain node without tsx's loader in the way.
 */
import { execFileSync } from 'node:child_process';
import { OUT_DIR, type BenchFile } from './make-data';

export interface PeakMemory {
  readonly mode: string;
  readonly fileBytes: number;
  /** RSS before reading the file, bytes. */
  readonly baselineRss: number;
  /** Process high-water mark, bytes. */
  readonly maxRss: number;
  /** maxRss − baselineRss, bytes. */
  readonly peakBytes: number;
  /** peakBytes / fileBytes. */
  readonly peakPerFileByte: number;
  readonly observations: number;
  readonly ms: number;
  /** `ours` mode: the 4 MB slices' times in that fresh process (memory-child.ts), ms. */
  readonly pieces?: {
    readonly first: number; readonly later: number; readonly slices: number; readonly finish: number;
    /** Memory the import touched for the first time (minor page faults × 4 KiB), and what that costs per MB here. */
    readonly faultedBytes?: number; readonly touchMsPerMb?: number;
  };
  /** `oursWarm` mode: the timed warm imports, ms (`ms` is their median). */
  readonly warmRuns?: readonly number[];
  readonly error?: string;
}

let childScript: string | null = null;

/** Bundles memory-child.ts to bench/out/memory-child.mjs (once per bench run). */
export async function buildChild(): Promise<string> {
  if (childScript) return childScript;
  const esbuild = await import('esbuild');
  const outfile = `${OUT_DIR}memory-child.mjs`;
  await esbuild.build({
    entryPoints: [new URL('./memory-child.ts', import.meta.url).pathname], outfile, bundle: true, format: 'esm',
    platform: 'node', target: 'node20', packages: 'external', logLevel: 'silent',
  });
  childScript = outfile;
  return outfile;
}

/**
 * Peak memory of `mode` (see memory-child.ts) importing `file`, or an error record. `other`: for
 * `oursWarm`, another bundle's importFiles timed instead of ours (the previous commit's), with the
 * limits to pass it.
 */
export async function peakMemory(
  mode: 'ours' | 'oursWhole' | 'papaRaw' | 'oursWarm', file: BenchFile, other?: { module: string; limits: object },
): Promise<PeakMemory> {
  const base = { mode, fileBytes: file.bytes, baselineRss: NaN, maxRss: NaN, peakBytes: NaN, peakPerFileByte: NaN, observations: 0, ms: NaN };
  try {
    const script = await buildChild();
    const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', script, mode, file.path, `${OUT_DIR}targets.mjs`,
      ...(other ? [other.module, JSON.stringify(other.limits)] : [])], {
      encoding: 'utf8', maxBuffer: 1 << 20, cwd: OUT_DIR,
    });
    const r = JSON.parse(out.trim().split('\n').pop()!) as Omit<PeakMemory, 'peakPerFileByte'>;
    return { ...r, peakPerFileByte: r.peakBytes / r.fileBytes };
  } catch (e) {
    return { ...base, error: e instanceof Error ? e.message.slice(0, 300) : String(e) };
  }
}
