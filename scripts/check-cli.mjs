/**
 * `npm run check`: runs the command-line check (src/cli/check.ts) as JavaScript that esbuild
 * bundled into .cache/cli/check.cjs, so a check starts in Node alone, without compiling TypeScript
 * on each run, and with V8's code cache of that bundle, so Node does not compile the bundle's
 * JavaScript on each run either.
 *
 * - The bundle is rebuilt when a file it was built from changed: esbuild's list of them (the metafile's
 *   inputs, with this launcher and the package.json and tsconfig.json files esbuild reads) is saved
 *   beside it with their mtimes and the bundle's hash. It is rebuilt, too, when a new or removed file
 *   could change what an import resolves to though no file changed: said.tsx beside the said.ts that
 *   `./said` found (esbuild tries .tsx first), lib.ts beside the lib/index.ts of `./lib`, a removed
 *   old.js that `./old.js` found (then old.ts), a tsconfig.json or package.json beside a bundled file
 *   or in a folder above it. For that each folder esbuild looked in is saved with its mtime and the
 *   names in it that such an import could find; a folder's mtime changes when a name in it comes or
 *   goes, so a start stats these folders, and lists one only when its mtime changed. A file nothing
 *   imports (src/cli/notes.ts) still matters only once a bundled file imports it, which changes that file.
 * - The code cache is named by a hash of the bundle's text. V8 checks only that cached data came from
 *   a source of the same length, not the same text: a cache found by a fixed name would run an old
 *   bundle's code after a rebuild of the same length. It is taken when a check ends, so it holds the
 *   functions the check ran: V8 compiles a function when it is first called. A workbook's check runs
 *   none of the CSV reading, a CSV's none of the workbook reading, a --json check none of the printed
 *   report: a cache taken by the first check alone would leave the other kinds to compile their part
 *   on every run. So the cache file says, on a first line, which kinds of check (a workbook read or
 *   not, exit 0 or 1, the options given) it was taken or kept by; a check of a kind not among them
 *   takes it again as it ends (the functions V8 read from the cache, with those it compiled since)
 *   and keeps that if it is larger, else the cache as it was, adding its kind either way. A check of
 *   a kind the cache has seen (nearly every check) only reads it: taking the cache costs 10–30 ms.
 *   A new bundle or cache removes the caches of other bundles.
 * - Files are written beside and renamed into place, so checks started at once never read half a file;
 *   one that cannot be written (a read-only checkout) is skipped, and the check runs all the same.
 * SHEQU_CHECK_DEBUG=1 says on stderr what was built and whether the cache was used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.cache', 'cli');
const bundlePath = join(dir, 'check.cjs');
const inputsPath = join(dir, 'check.inputs.json');
/** Not bundled, but it shapes the bundle: the build options below. */
const LAUNCHER = relative(root, fileURLToPath(import.meta.url));
/**
 * Files esbuild reads in the folder of each file it bundles and every folder above it (up to this
 * checkout, whose own package.json and tsconfig.json end the search): their settings change the bundle.
 */
const CONFIG_NAMES = new Set(['package.json', 'tsconfig.json', 'jsconfig.json']);
const debug = process.env.SHEQU_CHECK_DEBUG === '1' ? (m) => process.stderr.write(`check-cli: ${m}\n`) : () => {};

/** The name the bundle calls import() by (withImportsFromLauncher); a parameter of its wrapper. */
const IMPORT = '__checkCliImport';
const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);
const mtimeOf = (file) => statSync(join(root, file)).mtimeMs;

/** Writes `bytes` to `path` through a file beside it; false (and nothing left behind) when it cannot. */
function writeAtomically(path, bytes) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    return true;
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch { /* a folder it may not write to */ }
    debug(`cannot write ${relative(root, path)}: ${e.code ?? e.message}`);
    return false;
  }
}

const cacheName = (hash) => `check.${hash}.v8cache`;
/** The code cache file's first line, before the kinds of check it was taken by; V8's data follows. */
const CACHE_HEAD = 'shequ-check-v8cache kinds:';

/** The code cache at `path`: V8's data and the kinds of check it was taken by; undefined when absent, null when an older launcher wrote it. */
function readCache(path) {
  let file;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  const end = file.indexOf(10);
  const head = end > 0 && end < 4096 ? file.toString('latin1', 0, end) : '';
  if (!head.startsWith(CACHE_HEAD)) return null;
  return { kinds: head.slice(CACHE_HEAD.length).split(' ').filter((k) => k !== ''), data: file.subarray(end + 1) };
}

/**
 * The kind of this check, as the code cache counts them: whether it imported a package (SheetJS,
 * for a workbook), ok (exit 0) or blocked (1), and the options given (--json, --out…, not their values).
 */
function kindOf(code, imported) {
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  const options = (end === -1 ? args : args.slice(0, end)).filter((a) => a.startsWith('--')).map((a) => a.split('=')[0].replace(/[\s,]/g, ''));
  return [imported ? 'workbook' : 'text', code === 0 ? 'ok' : 'blocked', ...[...new Set(options)].sort()].join(',');
}

/**
 * Removes the code caches of other bundles than the one of `hash`, and the files a check killed while
 * writing (Ctrl-C between the write and the rename) left behind: those not touched for ten minutes, as
 * a younger one may be another check's, being written now.
 */
function removeCachesBut(hash) {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name !== cacheName(hash) && /^check\.[0-9a-f]+\.v8cache$/.test(name)) rmSync(path, { force: true });
      else if (/\.\d+\.tmp$/.test(name) && now - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now) > 600_000) rmSync(path, { force: true });
    }
  } catch { /* another check removed it first, or the folder is not ours to write */ }
}

/** `name` without its last extension: said.ts, said.tsx and said.js are one stem. */
const stemOf = (name) => name.replace(/\.[^.]*$/, '');

/**
 * The names among `names` (a folder's entries) that could change what esbuild finds for an import
 * whose path ends in one of `wanted` (null: any name could), lower case (a case-blind disk finds
 * Said.tsx too), sorted, one string. For `said`: said itself (a file, or a folder with an index),
 * said.tsx, said.ts, said.d.ts…; for `old.js` also old.ts (esbuild's TypeScript rewrite); and
 * the package.json and tsconfig.json of every folder.
 */
function namesThatMatter(names, wanted) {
  const kept = [];
  for (const original of names) {
    const name = original.toLowerCase();
    if (wanted === null || CONFIG_NAMES.has(name) || wanted.some((w) => name === w || name.startsWith(`${w}.`) || stemOf(name) === stemOf(w))) kept.push(name);
  }
  return kept.sort().join('/');
}

/** Why the saved bundle is not the one esbuild would build now (for SHEQU_CHECK_DEBUG), or undefined when it is. */
function staleBecause(saved) {
  for (const [file, mtime] of Object.entries(saved.inputs)) if (mtimeOf(file) !== mtime) return `${file} changed`;
  for (const [folder, { mtime, wanted, names }] of Object.entries(saved.folders)) {
    if (mtimeOf(folder) === mtime) continue;
    // A name came or went: one an import could find now, or one it found. Any other (notes.md) is no matter.
    if (names === null || namesThatMatter(readdirSync(join(root, folder)), wanted) !== names) return `a file came or went in ${folder}/`;
  }
  return undefined;
}

/** The bundle, when it was built from the files as they are now; else undefined. */
function currentBundle() {
  try {
    const saved = JSON.parse(readFileSync(inputsPath, 'utf8'));
    const stale = staleBecause(saved);
    if (stale !== undefined) {
      debug(`rebuilding: ${stale}`);
      return undefined;
    }
    const bytes = readFileSync(bundlePath);
    const hash = hashOf(bytes);
    // Another check's rebuild may have renamed a bundle in between the two files: then build again.
    return hash === saved.hash ? { bytes, hash } : undefined;
  } catch {
    return undefined; // no bundle yet, or a file it was built from is gone
  }
}

/**
 * The bundle's text, its import() of packages (SheetJS, loaded only for a workbook) made calls of the
 * launcher's import(): Node 20 runs no import() in a vm.Script given cached data without
 * --experimental-vm-modules. The package resolves from this launcher's node_modules, as from the bundle's.
 */
function withImportsFromLauncher(result) {
  const [out] = Object.values(result.metafile.outputs);
  const wanted = out.imports.filter((i) => i.kind === 'dynamic-import' && i.external).length;
  let found = 0;
  const text = result.outputFiles[0].text.replace(/\bimport\(("[^"\n]+")\)/g, (_, spec) => {
    found++;
    return `${IMPORT}(${spec})`;
  });
  if (found !== wanted) throw new Error(`check-cli: ${found} import("…") in the bundle, but esbuild lists ${wanted} dynamic imports of packages`);
  return text;
}

/**
 * The folders esbuild looked in for the bundle's `inputs` (the metafile's), each with its mtime, the
 * ends of the import paths it looked for there, and which names that matter it held; and the
 * package.json and tsconfig.json files among them. Listed after the build: a folder changed since
 * `startedAt` is saved as unknown (names null), and the next check builds again.
 */
function foldersLookedIn(inputs, startedAt) {
  const wanted = new Map(); // folder (relative to root, '.' for root) → Set of lower-case path ends, or null for any name
  /** `end` looked for in `folder`; with no `end`, only the folder's package.json and tsconfig.json. */
  const want = (path, end) => {
    const folder = relative(root, resolve(root, path)) || '.';
    if (!wanted.has(folder)) wanted.set(folder, new Set());
    if (end === null) wanted.set(folder, null);
    else if (end !== undefined) wanted.get(folder)?.add(end.toLowerCase());
    return folder;
  };
  for (const [file, { imports }] of Object.entries(inputs)) {
    // The file's folder and each above it, up to this checkout: for their package.json and tsconfig.json.
    for (let folder = want(dirname(file)); folder !== '.' && !folder.startsWith('..'); folder = want(dirname(folder)));
    for (const i of imports) {
      const path = i.original ?? i.path;
      if (/^\.\.?(?:[/\\]|$)/.test(path) || isAbsolute(path)) {
        // ./said: said.tsx, said.ts… beside the importer, or said/ with an index or a package.json.
        const target = resolve(root, dirname(file), path);
        want(dirname(target), basename(target));
        want(target, 'index');
      } else if (!i.external) {
        want(dirname(i.path), null); // a package path bundled from here (tsconfig paths): any name may matter
      }
    }
  }
  const folders = {};
  const configs = [];
  for (const [folder, ends] of wanted) {
    let mtime;
    let names;
    try {
      mtime = mtimeOf(folder);
      const entries = readdirSync(join(root, folder));
      names = namesThatMatter(entries, ends === null ? null : [...ends]);
      for (const name of entries) if (CONFIG_NAMES.has(name)) configs.push(join(folder, name));
    } catch {
      continue; // ./lib/ when ./lib is a file: should the folder come, its name comes in the folder above
    }
    folders[folder] = mtime < startedAt ? { mtime, wanted: ends === null ? null : [...ends], names } : { mtime: -1, wanted: null, names: null };
  }
  return { folders, configs };
}

async function build() {
  try {
    // Before the clock: the folder made changes the checkout's folder, which would look changed during the build.
    mkdirSync(dir, { recursive: true });
  } catch { /* writeAtomically says why */ }
  const { buildSync } = await import('esbuild');
  const startedAt = Date.now();
  const result = buildSync({
    entryPoints: [join(root, 'src', 'cli', 'check.ts')], outfile: bundlePath, write: false, metafile: true, absWorkingDir: root,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  const bytes = Buffer.from(withImportsFromLauncher(result));
  const hash = hashOf(bytes);
  const { folders, configs } = foldersLookedIn(result.metafile.inputs, startedAt);
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), LAUNCHER, ...configs]) {
    const mtime = mtimeOf(file);
    // Changed while esbuild read it: which text was bundled is unknown, so the next check builds again.
    inputs[file] = mtime < startedAt ? mtime : -1;
  }
  if (writeAtomically(bundlePath, bytes) && writeAtomically(inputsPath, JSON.stringify({ hash, inputs, folders }))) removeCachesBut(hash);
  debug(`built ${hash}`);
  return { bytes, hash };
}

/** Runs the bundle as Node runs a CommonJS module, compiled with the code cache of its text when there is one. */
function run({ bytes, hash }) {
  const name = cacheName(hash);
  const cachePath = join(dir, name);
  const cache = readCache(cachePath);
  // Module.wrap's CommonJS wrapper, with one more parameter: import() as this module does it.
  const wrapped = `(function (exports, require, module, __filename, __dirname, ${IMPORT}) { ${bytes.toString('utf8')}\n});`;
  const script = new vm.Script(wrapped, { filename: bundlePath, cachedData: cache?.data });
  const taken = cache != null && !script.cachedDataRejected;
  debug(`code cache ${name} ${cache === undefined ? 'absent' : cache === null ? 'of an older launcher' : taken ? 'accepted' : 'rejected'}`);
  let imported = false;
  process.once('exit', (code) => {
    // A usage error runs little of the check: a cache taken then would leave the rest to compile on every run.
    if (code !== 0 && code !== 1) return;
    const kind = kindOf(code, imported);
    if (taken && cache.kinds.includes(kind)) return; // this kind of check compiles nothing the cache lacks
    const data = script.createCachedData();
    // Smaller: V8 dropped the compiled code of functions unused for long (a big file's check); keep the cache.
    const grew = !taken || data.length > cache.data.length;
    const kinds = taken ? [...cache.kinds, kind] : [kind];
    if (!writeAtomically(cachePath, Buffer.concat([Buffer.from(`${CACHE_HEAD}${kinds.join(' ')}\n`), grew ? data : cache.data]))) return;
    debug(`${grew ? 'wrote' : 'kept'} ${name} (${kinds.join(' ')})`);
    // Again: a check of an older bundle that ended after the rebuild may have written its cache since.
    removeCachesBut(hash);
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundlePath), module, bundlePath, dir, (spec) => {
    imported = true;
    return import(spec);
  });
}

/**
 * The bundle esbuild builds now; when it cannot (esbuild not installed, as after npm install
 * --omit=dev, or a source it cannot compile), the check ends with exit 3 and what to do in Chinese:
 * a stack trace and Node's exit 1 would read as "blocked" in a batch file.
 */
async function buildOrExplain() {
  try {
    return await build();
  } catch (e) {
    const noEsbuild = e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes("'esbuild'");
    const message = noEsbuild
      ? '无法准备检查程序：找不到 esbuild，请在项目文件夹中运行 npm install（不要加 --omit=dev 或 --production）后再试 (esbuild is not installed)'
      // esbuild has printed each error with its file and line above.
      : `无法准备检查程序：打包出错，请修正上面所说的源文件，或换回能用的版本后再试 (build failed: ${String(e?.message ?? e).split('\n')[0]})`;
    process.stderr.write(`${message}\n`);
    // --json (before a --): stdout is JSON in every case, as the check's own errors print it.
    const args = process.argv.slice(2);
    if (args.slice(0, args.includes('--') ? args.indexOf('--') : args.length).includes('--json')) {
      process.stdout.write(`${JSON.stringify({ status: 'error', exitCode: 3, messages: [message] }, null, 2)}\n`);
    }
    process.exitCode = 3;
    return undefined;
  }
}

const bundle = currentBundle() ?? (await buildOrExplain());
if (bundle) run(bundle);
