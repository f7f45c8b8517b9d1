/**
 * Loads the measured project code. tsx compiles with esbuild's keepNames, which wraps every
 * closure created in a loop in a `__name(fn, "…")` call (0.6 s of a 1M-row import was spent
 * there when profiled): that overhead does not exist in the Vite build. So the bench bundles
 * `targets.ts` with esbuild (a dependency of tsx) into bench/out/targets.mjs, unminified and
 * without keepNames, and imports that; if bundling fails it falls back to the tsx-compiled
 * sources and says so in the results.
 */
import { OUT_DIR } from './make-data';
import type * as Targets from './targets';

export type TargetModule = typeof Targets;

/** The loaded functions and how they were loaded (for the results). */
export interface LoadedTargets {
  readonly mod: TargetModule;
  readonly how: string;
}

export async function loadTargets(log: (msg: string) => void): Promise<LoadedTargets> {
  const entry = new URL('./targets.ts', import.meta.url).pathname;
  const outfile = `${OUT_DIR}targets.mjs`;
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
      packages: 'external', logLevel: 'silent', keepNames: false, sourcemap: false,
    });
    const mod = (await import(`${outfile}?t=${Date.now()}`)) as TargetModule;
    return { mod, how: 'esbuild bundle (like the Vite build: no keepNames)' };
  } catch (e) {
    log(`warning: bundling targets failed (${e instanceof Error ? e.message : String(e)}); using tsx-compiled sources`);
    return { mod: await import('./targets'), how: 'tsx (keepNames: slower than the real build)' };
  }
}
