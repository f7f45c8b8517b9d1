/**
 * Vite plugin that builds src/offline/service-worker.ts as `sw.js` next to index.html and writes
 * into it the list of the build's files (every emitted file and public/ file, never a source map)
 * and a version derived from that list. Build only; the dev server has no service worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The worker's output name (at the site root, so its scope is the whole app). */
export const SW_FILE = 'sw.js';

/** The files to precache: './' (the page) and every build file but the worker and source maps, sorted. */
export function precacheList(bundleFiles: readonly string[], publicFiles: readonly string[]): string[] {
  const files = [...bundleFiles, ...publicFiles].filter((f) => f !== SW_FILE && !f.endsWith('.map'));
  return ['./', ...[...new Set(files)].sort()];
}

/** A short version for the cache name: the hash of the list (file names carry content hashes). */
export function precacheVersion(list: readonly string[]): string {
  return createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 12);
}

export function precachePlugin(entry: string, publicDir = 'public'): Plugin {
  return {
    name: 'shequ-precache',
    apply: 'build',
    config: () => ({
      build: {
        rollupOptions: {
          input: { index: 'index.html', sw: entry },
          output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? SW_FILE : 'assets/[name]-[hash].js') },
        },
      },
    }),
    generateBundle(_options, bundle) {
      const worker = bundle[SW_FILE];
      if (!worker || worker.type !== 'chunk') throw new Error(`precache plugin: ${SW_FILE} was not built from ${entry}`);
      let publicFiles: string[] = [];
      try { publicFiles = readdirSync(publicDir); } catch { publicFiles = []; }
      const list = precacheList(Object.keys(bundle), publicFiles);
      worker.code = worker.code
        .replaceAll('__SHEQU_PRECACHE__', JSON.stringify(list))
        .replaceAll('__SHEQU_VERSION__', JSON.stringify(precacheVersion(list)));
    },
  };
}
