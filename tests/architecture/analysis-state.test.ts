// @vitest-environment node
/**
 * src/analysis holds no state between calls outside the analysis model: no module-level `let` or
 * `var`, no module-level Map/Set/WeakMap/WeakSet, no module-level typed-array buffers (scratch
 * space). What outlives a call lives in `createAnalysis(cube)`'s memo (src/analysis/model/).
 * The scan reads each file's top-level statements (brace depth 0, outside comments and strings).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ANALYSIS = join(ROOT, 'src/analysis');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The text at brace/paren/bracket depth 0, comments and string contents blanked, lines kept. */
export function topLevelText(source: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += depth === 0 ? `${c}${c}` : '';
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') {
      out += depth === 0 ? c : '';
      depth++;
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
      out += depth === 0 ? c : '';
    } else {
      out += depth === 0 || c === '\n' ? c : '';
    }
    i++;
  }
  return out;
}

const MUTABLE = [
  { what: 'module-level let/var', re: /(^|\n)\s*(export\s+)?(let|var)\s/ },
  { what: 'module-level Map/Set/WeakMap/WeakSet', re: /=\s*new\s+(Weak)?(Map|Set)\b/ },
  { what: 'module-level typed-array buffer', re: /=\s*new\s+(Float64|Float32|Int32|Uint32|Int16|Uint16|Int8|Uint8|Uint8Clamped)Array\s*\(\)\s*(;|$)/m },
];

/** Module-level mutable state found in `source`, as `what: line` strings. */
export function moduleState(source: string): string[] {
  const top = topLevelText(source);
  const found: string[] = [];
  for (const { what, re } of MUTABLE) {
    const global = new RegExp(re.source, 'g');
    for (const m of top.matchAll(global)) {
      const line = top.slice(0, m.index).split('\n').length + (m[1] === '\n' ? 1 : 0);
      found.push(`${what} at line ${line}`);
    }
  }
  return found;
}

describe('analysis keeps no module-level state', () => {
  it('finds the patterns it forbids (the scan can fail)', () => {
    expect(moduleState('const CACHE = new WeakMap<object, number>();')).toHaveLength(1);
    expect(moduleState('let SCRATCH = new Float64Array(0);')).toHaveLength(2);
    expect(moduleState('const M = new Map();\nexport let n = 0;')).toHaveLength(2);
    expect(moduleState('const BUF = new Int32Array(1024);')).toHaveLength(1);
    // A constant computed from a temporary array is not a buffer kept between calls.
    expect(moduleState('const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;')).toEqual([]);
    // Inside functions, comments and strings: allowed.
    expect(moduleState('function f() {\n  let x = 0;\n  const m = new Map();\n  return m.size + x;\n}')).toEqual([]);
    expect(moduleState('/** let x = new Map() */\nconst s = "let y = new Map()";\n// let z')).toEqual([]);
    expect(moduleState('const F = () => { let k = new WeakMap(); return k; };')).toEqual([]);
  });

  it.each(files(ANALYSIS).map((f) => [relative(ROOT, f)]))('%s', (file) => {
    expect(moduleState(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
