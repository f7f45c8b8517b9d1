/**
 * vitest globalSetup: one temp folder per run for the production build the journey files share.
 * The first journey file to start builds into it (tests/e2e/browser-harness.ts); the others wait
 * for that build. Ten journey files used to run ten identical `vite build`s. Runs without a
 * journey file build nothing; the folder is removed after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder for the shared app build (see tests/e2e/browser-harness.ts). */
    appBuildRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'shequ-build-'));
  project.provide('appBuildRoot', root);
  return () => { rmSync(root, { recursive: true, force: true }); };
}
