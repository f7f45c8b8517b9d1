/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function, largest first.
 * Usage: tsx bench/profile-summary.ts FILE.cpuprofile [top=10]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
/** The parts of a V8 .cpuprofile used here. */
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** One function's share of the profile. */
export interface SelfTime {
  /** `name (file:line)`, with the path shortened to the repository. */
  readonly fn: string;
  readonly selfMs: number;
  /** Share of all sampled time, 0..1. */
  readonly share: number;
}

/** Self time per function (samples × interval), summed over every node of the same function. */
export function selfTimes(profile: Profile): SelfTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(/^.*\/(src|node_modules|bench|scripts)\//, '$1/');
    const key = `${functionName || '(anonymous)'}${file ? ` (${file}:${lineNumber + 1})` : ''}`;
    ms.set(key, (ms.get(key) ?? 0) + dt);
    total += dt;
  }
  return [...ms.entries()].sort((a, b) => b[1] - a[1]).map(([fn, selfMs]) => ({ fn, selfMs, share: selfMs / total }));
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-summary FILE.cpuprofile [top]');
  const top = Number(process.argv[3] ?? 10);
  const rows = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  for (const r of rows.slice(0, top)) console.log(`${r.selfMs.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.fn}`);
}
