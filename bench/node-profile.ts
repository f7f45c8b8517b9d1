/**
 * `--profile`: one import of a file under `node --cpu-prof` in a child process (the same child
 * as the peak-memory measurement), summarised as self time per function.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { OUT_DIR, type BenchFile } from './make-data';
import { buildChild } from './node-memory';
import { selfTimes, type Profile, type SelfTime } from './profile-summary';

export interface ProfileResult {
  readonly size: string;
  readonly file: string;
  /** Sampled time of the whole child, ms. */
  readonly totalMs: number;
  readonly top: readonly SelfTime[];
}

export async function profileImport(file: BenchFile, top = 15): Promise<ProfileResult> {
  const dir = `${OUT_DIR}prof-${file.size}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const script = await buildChild();
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--max-old-space-size=8192', script, 'ours', file.path, `${OUT_DIR}targets.mjs`], { encoding: 'utf8' });
  const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!prof) throw new Error('no .cpuprofile written');
  const profile = JSON.parse(readFileSync(`${dir}${prof}`, 'utf8')) as Profile;
  const rows = selfTimes(profile);
  return { size: file.size, file: `bench/out/prof-${file.size}/${prof}`, totalMs: rows.reduce((a, r) => a + r.selfMs, 0), top: rows.slice(0, top) };
}
