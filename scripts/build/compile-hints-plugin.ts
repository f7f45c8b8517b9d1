/**
 * Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad` as a file's first line)
 * on the chunks that hold the code that draws a chart (React DOM, recharts and what recharts
 * bundles). V8 then compiles every function of such a file while it streams the file in, on a
 * background thread, instead of compiling each one on the page's main thread the first time it
 * is called; the first chart after an import no longer pays for that. Other chunks (the import
 * code, the export code, SheetJS) compile lazily as before: most of their functions never run.
 * Build only. See https://v8.dev/blog/explicit-compile-hints.
 */
import type { Plugin } from 'vite';

/** The magic comment, which must be the file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Packages whose chunks get the hint: the ones that run when a chart is first drawn. */
export const EAGER_PACKAGES: readonly string[] = ['react-dom', 'recharts'];

/** True when a chunk holding these modules should get the hint (it bundles one of `packages`). */
export function needsCompileHint(moduleIds: readonly string[], packages: readonly string[] = EAGER_PACKAGES): boolean {
  return moduleIds.some((id) => packages.some((p) => id.includes(`/node_modules/${p}/`)));
}

/** `code` with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

export function compileHintsPlugin(packages: readonly string[] = EAGER_PACKAGES): Plugin {
  return {
    name: 'shequ-compile-hints',
    apply: 'build',
    // After minification (renderChunk's comments would be stripped by it); file names keep their hashes.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && needsCompileHint(chunk.moduleIds, packages)) chunk.code = withCompileHint(chunk.code);
      }
    },
  };
}
