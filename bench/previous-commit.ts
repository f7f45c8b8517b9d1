/**
 * The previous commit's import, for ratios measured in the same run: a detached git worktree of
 * `ref` (default HEAD~1) under bench/out/, whose importFiles is bundled by esbuild like ours
 * (bench/out/previous.mjs; packages resolve from this checkout's node_modules). Null, with the
 * reason, when the ref or its entry point cannot be found.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { OUT_DIR } from './make-data';
import type { TargetModule } from './load-targets';

/** The paths importFiles has lived at, newest first. */
const ENTRIES = ['src/data/pipeline/import-files.ts', 'src/data/import-files.ts'];

export interface PreviousCommit {
  readonly sha: string;
  readonly subject: string;
  readonly importFiles: TargetModule['importFiles'];
  /** The bundle's path (bench/out/previous.mjs), for a child process that loads it alone. */
  readonly module: string;
}

/** A detached worktree of `ref` under bench/out/ (made once, then reused), with its sha and subject. */
export function previousCheckout(ref: string, log: (m: string) => void): { sha: string; subject: string; dir: string } {
  const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const sha = git('rev-parse', ref);
  const subject = git('log', '-1', '--format=%s', sha);
  const dir = `${OUT_DIR}previous-${sha.slice(0, 10)}`;
  if (!existsSync(dir)) {
    log(`checking out ${sha.slice(0, 10)} (${ref}) for the previous-commit ratios …`);
    try { git('worktree', 'prune'); } catch { /* nothing to prune */ }
    git('worktree', 'add', '--detach', dir, sha);
  }
  return { sha, subject, dir };
}

export async function loadPreviousCommit(ref: string, log: (m: string) => void): Promise<PreviousCommit | { error: string }> {
  try {
    const { sha, subject, dir } = previousCheckout(ref, log);
    const entry = ENTRIES.map((e) => `${dir}/${e}`).find((p) => existsSync(p));
    if (!entry) return { error: `no importFiles in ${sha.slice(0, 10)}` };
    const outfile = `${OUT_DIR}previous.mjs`;
    rmSync(outfile, { force: true });
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
      packages: 'external', logLevel: 'silent', keepNames: false,
    });
    const mod = (await import(`${outfile}?t=${Date.now()}`)) as { importFiles: TargetModule['importFiles'] };
    return { sha, subject, importFiles: mod.importFiles, module: outfile };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}
