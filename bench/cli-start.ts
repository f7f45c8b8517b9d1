/**
 * `npm run check` on a small file, process to process (issue bound: 0.3 s): `node
 * scripts/check-cli.mjs small.csv` of this checkout against the same command in the previous
 * commit's checkout (previous-commit.ts), with `node -e ''` as the floor, alternating. Each
 * launcher runs once before the clock, so both bundles (and our code cache) are built and only
 * starts are timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { OUT_DIR } from './make-data';
import { timeInterleaved, operation, type Timing } from './measure';
import { previousCheckout } from './previous-commit';

/** The small file: a header and two communities (UTF-8, 3 lines). */
const SMALL_CSV = '社区,期间,常住人口\n花园路社区,2024-03,58\n滨西社区,2024-03,1289\n';
const RUNS = 20;
/** The issue's bound on a small file's check, ms. */
export const CLI_START_TARGET_MS = 300;

export interface CliStartResult {
  readonly date: string;
  /** 1-minute load averages before and after (another process on the machine skews starts). */
  readonly load: readonly [number, number];
  readonly timings: Readonly<Record<'ours' | 'previous' | 'floor', Timing>>;
  readonly previous: { sha: string; subject: string } | { error: string };
}

/** Runs `args` in a new node process in `cwd`; throws unless it exits 0 (a failed check is no start time). */
function node(args: readonly string[], cwd: string): void {
  const env = { ...process.env };
  delete env.SHEQU_CHECK_DEBUG;
  const r = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} in ${cwd}: exit ${r.status}: ${(r.stderr ?? '').slice(0, 200)}`);
}

export async function benchCliStart(against: string, log: (m: string) => void): Promise<CliStartResult> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = `${OUT_DIR}cli-small.csv`;
  writeFileSync(file, SMALL_CSV);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const targets: { name: 'ours' | 'previous' | 'floor'; cwd: string; args: string[] }[] = [
    { name: 'ours', cwd: root, args: ['scripts/check-cli.mjs', file] },
    { name: 'floor', cwd: root, args: ['-e', ''] },
  ];
  let previous: CliStartResult['previous'];
  try {
    const { sha, subject, dir } = previousCheckout(against, log);
    previous = { sha, subject };
    targets.splice(1, 0, { name: 'previous', cwd: dir, args: ['scripts/check-cli.mjs', file] });
  } catch (e) {
    previous = { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
  log(`node: npm run check on a small file, process to process, ours / previous commit / node -e '' (${RUNS} alternating runs) …`);
  const loadBefore = loadavg()[0]!;
  // Builds the bundles (and writes our code cache) before anything is timed; an error is the row's.
  for (const t of targets) {
    try {
      node(t.args, t.cwd);
    } catch { /* timed below, where it is recorded */ }
  }
  const timings = await timeInterleaved(
    targets.map((t) => operation({ name: t.name, fn: () => node(t.args, t.cwd) })),
    { runs: RUNS, budgetMs: 15_000 },
  );
  const missing: Timing = { ms: NaN, runs: [], warmupMs: null, error: 'error' in previous ? previous.error : 'not run' };
  return {
    date: new Date().toISOString(), load: [loadBefore, loadavg()[0]!], previous,
    timings: { ours: timings.ours ?? missing, previous: timings.previous ?? missing, floor: timings.floor ?? missing },
  };
}

/** The RESULTS.md section: medians and ranges, ours ÷ previous, and the target. */
export function cliStartTable(r: CliStartResult): string {
  const cell = (t: Timing): string => (t.error !== undefined ? `failed: ${t.error.slice(0, 120)}`
    : `${Math.round(t.ms)} ms (${Math.round(Math.min(...t.runs))}–${Math.round(Math.max(...t.runs))}, n=${t.runs.length})`);
  const { ours, previous, floor } = r.timings;
  const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
  const prev = 'error' in r.previous ? `previous commit: ${r.previous.error}` : `previous commit ${r.previous.sha.slice(0, 10)} (${r.previous.subject.length > 100 ? `${r.previous.subject.slice(0, 100)}…` : r.previous.subject})`;
  return [
    `Measured ${r.date.slice(0, 10)}, load average ${r.load.map((x) => x.toFixed(1)).join(' → ')}. A UTF-8 CSV of 3 lines; each command run once before the clock (bundles built, code cache written), ` +
      `then ${RUNS} runs of each, alternating; wall time from spawn to exit (spawnSync). Median (min–max). Against ${prev}.`,
    '',
    '| measure | ours | previous commit | ours ÷ previous | target |',
    '|---|---|---|---|---|',
    `| npm run check, small file, process to process (node scripts/check-cli.mjs small.csv) | ${cell(ours)} | ${cell(previous)} | ${ratio(ours.ms, previous.ms)} | < ${CLI_START_TARGET_MS} ms |`,
    `| node -e '' (the floor: Node starting and exiting) | ${cell(floor)} | | | |`,
  ].join('\n');
}
