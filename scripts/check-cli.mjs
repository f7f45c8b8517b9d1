/**
 * `npm run check`: runs the command-line check (src/cli/check.ts) as JavaScript that esbuild
 * bundled once into .cache/cli/check.mjs, so a check starts in Node alone, without compiling
 * TypeScript on each run. The bundle is rebuilt when any file under src/ is newer than it.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.cache', 'cli', 'check.mjs');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(out) || statSync(out).mtimeMs < newest(join(root, 'src'))) {
  const { buildSync } = await import('esbuild');
  mkdirSync(join(root, '.cache', 'cli'), { recursive: true });
  // Built beside and renamed into place: checks started at the same moment never read half a file.
  const tmp = `${out}.${process.pid}.tmp.mjs`;
  buildSync({
    entryPoints: [join(root, 'src', 'cli', 'check.ts')], outfile: tmp, bundle: true, platform: 'node',
    format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  renameSync(tmp, out);
}
await import(pathToFileURL(out).href);
