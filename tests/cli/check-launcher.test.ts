// @vitest-environment node
/**
 * scripts/check-cli.mjs (what `npm run check` starts): the bundle and its V8 code cache, in a
 * checkout of its own under the temp folder whose src/cli/check.ts is a few lines, so that sources
 * can be changed without touching this one. SHEQU_CHECK_DEBUG=1 has the launcher say on stderr
 * what it built and whether V8 took the cache.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = process.cwd();
/** A time well before any build, so that a file's mtime never depends on how fast the test runs. */
const PAST = new Date('2024-03-01T08:00:00Z');

/** Writes `text` to `root/path` with the mtime `when`. */
function put(root: string, path: string, text: string, when = PAST): void {
  writeFileSync(join(root, path), text);
  utimesSync(join(root, path), when, when);
}

/** A checkout with the launcher, tsconfig.json, node_modules, and a check that prints said.ts's word and SheetJS's read. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'shequ-launcher-'));
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(repo, 'scripts/check-cli.mjs'), join(root, 'scripts/check-cli.mjs'));
  utimesSync(join(root, 'scripts/check-cli.mjs'), PAST, PAST);
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  put(root, 'tsconfig.json', '{ "compilerOptions": { "strict": true } }\n');
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  put(root, 'src/cli/said.ts', "export const said = 'AAAA';\n");
  // The import() of a package, as the real check loads SheetJS for a workbook; exit 2 for a usage error.
  put(root, 'src/cli/check.ts', "import { said } from './said';\nvoid import('@e965/xlsx').then((x) => { process.stdout.write(`${said} ${typeof x.read}\\n`); });\n" +
    "if (process.argv.includes('--bogus')) process.exitCode = 2;\n");
  return root;
}

const launch = (root: string, uid?: number, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/check-cli.mjs', ...args], {
    cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, SHEQU_CHECK_DEBUG: '1' }, ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const bundle = (root: string): Buffer => readFileSync(join(root, '.cache/cli/check.cjs'));
const caches = (root: string): string[] => readdirSync(join(root, '.cache/cli')).filter((n) => n.endsWith('.v8cache'));
const cacheName = (bytes: Buffer): string => `check.${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.v8cache`;

describe('npm run check launcher', () => {
  it('builds once, writes the code cache named by the bundle’s hash, and the next check runs with V8 taking it', () => {
    const root = checkout();
    const first = launch(root);
    expect(first).toMatchObject({ code: 0, out: 'AAAA function\n' });
    expect(first.err).toMatch(/built [0-9a-f]{20}\ncheck-cli: code cache \S+ absent\ncheck-cli: wrote /);
    const name = cacheName(bundle(root));
    expect(caches(root)).toEqual([name]);
    const second = launch(root);
    expect(second).toMatchObject({ code: 0, out: 'AAAA function\n', err: `check-cli: code cache ${name} accepted\n` });
  });

  it('a rebuilt bundle of the same length never runs with the old bundle’s cache (V8 would take it)', () => {
    const root = checkout();
    launch(root);
    expect(launch(root).err).toContain('accepted'); // the old bundle's cache is in use
    const before = bundle(root);
    put(root, 'src/cli/said.ts', "export const said = 'BBBB';\n", new Date(PAST.getTime() + 60_000));
    const after = launch(root);
    // The premise: the bundle changed, not its length.
    expect(bundle(root).length).toBe(before.length);
    expect(bundle(root).equals(before)).toBe(false);
    expect(after.code).toBe(0);
    expect(after.out).toBe('BBBB function\n');
    expect(after.err).toMatch(/built [0-9a-f]{20}\ncheck-cli: code cache \S+ absent\n/);
    // The new bundle's cache replaced the old one, and is taken next time.
    expect(caches(root)).toEqual([cacheName(bundle(root))]);
    expect(launch(root)).toMatchObject({ out: 'BBBB function\n', err: `check-cli: code cache ${cacheName(bundle(root))} accepted\n` });
  });

  it('a usage error (exit 2) keeps its exit code and writes no cache: it ran too little of the check to keep', () => {
    const root = checkout();
    const usage = launch(root, undefined, '--bogus');
    expect(usage).toMatchObject({ code: 2, out: 'AAAA function\n' });
    expect(usage.err).not.toContain('wrote');
    expect(caches(root)).toEqual([]);
    expect(launch(root).err).toContain('wrote');
  });

  it('a cache first written by a workbook check takes in the text path’s functions once a text check runs, and is then left as it is', () => {
    const root = checkout();
    // Two paths through the check, as a workbook's (SheetJS imported) and a CSV's, with functions of their own.
    const fns = (name: string, add: number) => `const ${name} = [${Array.from({ length: 150 }, (_, k) => `(x: number): number => x * ${k} + ${add}`).join(',\n')}];\n`;
    put(root, 'src/cli/check.ts', fns('sheetPath', 1) + fns('textPath', 2) +
      "const sum = (path: ((x: number) => number)[]): number => path.reduce((n, f) => n + f(1), 0);\n" +
      "if (process.argv.includes('--sheet')) void import('@e965/xlsx').then((x) => { process.stdout.write(`sheet ${sum(sheetPath)} ${typeof x.read}\\n`); });\n" +
      "else process.stdout.write(`text ${sum(textPath)}\\n`);\n");
    const size = (): number => readFileSync(join(root, '.cache/cli', caches(root)[0]!)).length;
    const sheet = launch(root, undefined, '--sheet');
    expect(sheet.out).toMatch(/^sheet \d+ function\n$/);
    expect(sheet.err).toContain('wrote');
    const afterSheet = size();
    // The cache V8 takes holds none of the text path: the text check adds it, once.
    const text = launch(root);
    expect(text.out).toMatch(/^text \d+\n$/);
    expect(text.err).toMatch(/accepted\ncheck-cli: wrote /);
    expect(size()).toBeGreaterThan(afterSheet + 5000);
    for (const args of [[], ['--sheet']]) {
      const again = launch(root, undefined, ...args);
      expect(again.err).toBe(`check-cli: code cache ${caches(root)[0]} accepted\n`);
    }
  });

  it('a code cache an older launcher wrote (V8’s data alone, no first line) is taken again, not fed to V8', () => {
    const root = checkout();
    launch(root);
    const path = join(root, '.cache/cli', cacheName(bundle(root)));
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(whole.indexOf(10) + 1));
    const r = launch(root);
    expect(r).toMatchObject({ code: 0, out: 'AAAA function\n' });
    expect(r.err).toMatch(/code cache \S+ of an older launcher\ncheck-cli: wrote /);
    expect(launch(root).err).toContain('accepted');
  });

  it('a cache V8 refuses (cut short here) is no error: the check runs, and the cache is written again', () => {
    const root = checkout();
    launch(root);
    const path = join(root, '.cache/cli', cacheName(bundle(root)));
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length >> 1));
    const r = launch(root);
    expect(r).toMatchObject({ code: 0, out: 'AAAA function\n' });
    expect(r.err).toMatch(/code cache \S+ rejected\ncheck-cli: wrote /);
    expect(launch(root).err).toContain('accepted');
  });

  it('rebuilds when a bundled file changes, not when a file nothing imports is added under src/', () => {
    const root = checkout();
    launch(root);
    put(root, 'src/cli/unused.ts', 'export const unused = 1;\n');
    expect(launch(root).err).not.toContain('built');
    const when = new Date(PAST.getTime() + 120_000);
    utimesSync(join(root, 'src/cli/said.ts'), when, when);
    expect(launch(root).err).toContain('built');
    expect(launch(root).err).not.toContain('built');
  });

  it('rebuilds when a new file changes what an import resolves to, though no bundled file changed', () => {
    const root = checkout();
    launch(root);
    // ./said now finds said.tsx (esbuild tries .tsx before .ts): the bundle would be another.
    put(root, 'src/cli/said.tsx', "export const said = 'CCCC';\n");
    expect(launch(root)).toMatchObject({ code: 0, out: 'CCCC function\n' });
    // ./lib, a folder's index: a lib.ts beside the folder is found first, and a lib.tsx before that.
    mkdirSync(join(root, 'src/cli/lib'));
    put(root, 'src/cli/lib/index.ts', "export const lib = 'L1';\n");
    put(root, 'src/cli/old.js', "exports.old = 'J1';\n");
    put(root, 'src/cli/check.ts', "import { said } from './said';\nimport { lib } from './lib';\nimport { old } from './old.js';\n" +
      "void import('@e965/xlsx').then((x) => { process.stdout.write(`${said} ${lib} ${old} ${typeof x.read}\\n`); });\n", new Date(PAST.getTime() + 60_000));
    expect(launch(root).out).toBe('CCCC L1 J1 function\n');
    put(root, 'src/cli/lib.ts', "export const lib = 'L2';\n");
    expect(launch(root).out).toBe('CCCC L2 J1 function\n');
    put(root, 'src/cli/lib.tsx', "export const lib = 'L3';\n");
    expect(launch(root).out).toBe('CCCC L3 J1 function\n');
    // A file removed that was found before another: the other is bundled.
    rmSync(join(root, 'src/cli/lib.tsx'));
    rmSync(join(root, 'src/cli/lib.ts'));
    expect(launch(root).out).toBe('CCCC L1 J1 function\n');
    // ./old.js is old.js while there is one (the path as written comes first), else the old.ts beside it.
    put(root, 'src/cli/old.ts', "export const old = 'T1';\n");
    expect(launch(root).out).toBe('CCCC L1 J1 function\n');
    rmSync(join(root, 'src/cli/old.js'));
    expect(launch(root).out).toBe('CCCC L1 T1 function\n');
    // And with nothing changed since, the bundle is not built again.
    expect(launch(root).err).not.toContain('built');
  });

  it('rebuilds when a tsconfig.json or package.json appears beside a bundled file, or the root package.json changes', () => {
    const root = checkout();
    put(root, 'src/cli/said.ts', "export const said = '1';\n");
    put(root, 'src/cli/effect.ts', "process.stdout.write('EFFECT ');\nexport const unused = 1;\n");
    // esbuild compiles each file by its nearest tsconfig.json: verbatimModuleSyntax keeps an import of nothing used.
    put(root, 'src/cli/check.ts', "import { unused } from './effect';\nimport { said } from './said';\nprocess.stdout.write(`${said}\\n`);\n");
    expect(launch(root).out).toBe('1\n');
    put(root, 'src/cli/tsconfig.json', '{ "compilerOptions": { "verbatimModuleSyntax": true } }\n');
    expect(launch(root).out).toBe('EFFECT 1\n');
    rmSync(join(root, 'src/cli/tsconfig.json'));
    expect(launch(root).out).toBe('1\n');
    // And by its nearest package.json: one saying the files have no side effects drops an import kept only for them.
    put(root, 'src/cli/check.ts', "import './effect';\nimport { said } from './said';\nprocess.stdout.write(`${said}\\n`);\n", new Date(PAST.getTime() + 60_000));
    expect(launch(root).out).toBe('EFFECT 1\n');
    put(root, 'src/cli/package.json', '{ "sideEffects": false }\n');
    expect(launch(root).out).toBe('1\n');
    rmSync(join(root, 'src/cli/package.json'));
    expect(launch(root).out).toBe('EFFECT 1\n');
    put(root, 'package.json', '{ "sideEffects": false }\n');
    expect(launch(root).out).toBe('1\n');
    put(root, 'package.json', '{ "sideEffects": true }\n', new Date(PAST.getTime() + 120_000));
    expect(launch(root).out).toBe('EFFECT 1\n');
    expect(launch(root).err).not.toContain('built');
  });

  it('a bundle it cannot build (esbuild not installed, a syntax error) says so in Chinese with exit 3, not a stack trace and 1 (blocked)', () => {
    const root = checkout();
    // npm install --omit=dev: SheetJS is there, esbuild is not.
    rmSync(join(root, 'node_modules'));
    mkdirSync(join(root, 'node_modules/@e965'), { recursive: true });
    symlinkSync(join(repo, 'node_modules/@e965/xlsx'), join(root, 'node_modules/@e965/xlsx'));
    const missing = launch(root);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/^无法准备检查程序：找不到 esbuild，请在项目文件夹中运行 npm install/m);
    expect(missing.err).not.toMatch(/\n\s+at /);
    // --json: stdout is JSON here too.
    const json = launch(root, undefined, '--json', 'a.csv');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.out)).toMatchObject({ status: 'error', exitCode: 3, messages: [expect.stringContaining('找不到 esbuild')] });
    rmSync(join(root, 'node_modules'), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    put(root, 'src/cli/said.ts', 'export const said = ;\n');
    const broken = launch(root);
    expect(broken.code).toBe(3);
    expect(broken.err).toMatch(/^无法准备检查程序：打包出错.*请修正上面所说的源文件/m);
    expect(broken.err).toContain('src/cli/said.ts');
    expect(broken.err).not.toMatch(/\n\s+at /);
  });

  it('a file a check killed while writing left behind (Ctrl-C between write and rename) is removed by a later build, not one being written now', () => {
    const root = checkout();
    launch(root);
    const stale = join(root, '.cache/cli/check.cjs.4242.tmp');
    const fresh = join(root, '.cache/cli/check.cjs.4343.tmp');
    put(root, '.cache/cli/check.cjs.4242.tmp', 'half a bundle');
    writeFileSync(fresh, 'a bundle being written');
    put(root, 'src/cli/said.ts', "export const said = 'DDDD';\n", new Date(PAST.getTime() + 60_000));
    expect(launch(root).err).toContain('built');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('a checkout it cannot write to still runs the check, exit code and output as ever', () => {
    const root = checkout();
    // Root writes anywhere: the check then runs as nobody. Anyone else: the checkout is made read-only.
    const asNobody = process.getuid?.() === 0 ? 65534 : undefined;
    if (asNobody === undefined) chmodSync(root, 0o555);
    try {
      const r = launch(root, asNobody);
      expect(r.code).toBe(0);
      expect(r.out).toBe('AAAA function\n');
      expect(r.err).toContain('cannot write .cache/cli/check.cjs');
      expect(existsSync(join(root, '.cache'))).toBe(false);
    } finally {
      chmodSync(root, 0o755);
    }
  });
});
