// @vitest-environment node
/**
 * The layering the folders promise, checked on the import graph of src/ (static and dynamic
 * imports, type imports included): src/data has no import circles, its folders import only the
 * stages before them, and it never reaches into analysis/ui/charts/export/storage; a view (ui/views/XView.tsx and ui/views/x/) imports no other
 * view's folder. ESLint enforces the layer directions file by file; circles need the whole graph.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Module → the src modules it imports (resolved to files). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const text = readFileSync(f, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = resolve(dirname(f), m[1]!);
      const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => { try { return statSync(p).isFile(); } catch { return false; } });
      if (hit) deps.push(hit);
    }
    g.set(f, deps);
  }
  return g;
}

const rel = (p: string): string => relative(SRC, p);

/** Every import circle among `nodes` (as lists of files), by depth-first search. */
function circles(g: Map<string, string[]>, nodes: readonly string[]): string[][] {
  const inSet = new Set(nodes);
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (n: string): void => {
    state.set(n, 1);
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      if (!inSet.has(d)) continue;
      if (state.get(d) === 1) found.push(stack.slice(stack.indexOf(d)).map(rel));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of nodes) if (!state.has(n)) visit(n);
  return found;
}

describe('import graph of src/', () => {
  const g = graph();
  const data = [...g.keys()].filter((f) => rel(f).startsWith('data/'));

  it('finds the modules (the scanner works)', () => {
    expect(data.length).toBeGreaterThan(40);
    expect(g.get(join(SRC, 'data/pipeline/import-files.ts'))!.map(rel)).toContain('data/merge/merge-records.ts');
  });

  it('src/data has no import circles', () => {
    expect(circles(g, data)).toEqual([]);
  });

  it('src/data imports nothing outside src/data', () => {
    const out = data.flatMap((f) => g.get(f)!.filter((d) => !rel(d).startsWith('data/')).map((d) => `${rel(f)} → ${rel(d)}`));
    expect(out).toEqual([]);
  });

  it('src/data\'s folders import only folders below them: the pipeline\'s stages in order, on the dataset\'s model and the shared words', () => {
    // Lowest first. A stage reads what the stages before it made (rows of cells → one cell's value
    // or period → the table's header and shape → records → merged units); every stage may write
    // toward the dataset (dataset/: its types and builder) and use the report and the vocabulary.
    const layers = ['report', 'vocabulary', 'dataset', 'decode', 'rows', 'cells', 'table', 'records', 'merge', 'pipeline'];
    const layerOf = (f: string): number => layers.indexOf(rel(f).split('/')[1]!);
    expect(data.every((f) => layerOf(f) >= 0), 'every folder of src/data has its place in the list').toBe(true);
    const up = data.flatMap((f) => g.get(f)!.filter((d) => rel(d).startsWith('data/') && layerOf(d) > layerOf(f)).map((d) => `${rel(f)} → ${rel(d)}`));
    expect(up).toEqual([]);
  });

  it('no view imports another view\'s folder', () => {
    const viewOf = (f: string): string | null => {
      const r = rel(f);
      const folder = /^ui\/views\/([a-z-]+)\//.exec(r);
      if (folder) return folder[1]!;
      const top = /^ui\/views\/([A-Z][A-Za-z]*)View\.tsx$/.exec(r);
      return top ? top[1]!.toLowerCase() : null;
    };
    const bad = [...g.entries()].flatMap(([f, deps]) => {
      const mine = viewOf(f);
      if (mine === null) return [];
      return deps.filter((d) => { const v = viewOf(d); return v !== null && v !== mine; }).map((d) => `${rel(f)} → ${rel(d)}`);
    });
    expect(bad).toEqual([]);
  });

  it('the circle finder finds a circle (so the tests above can fail)', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    expect(circles(new Map([[a, [b]], [b, [a]]]), [a, b]).length).toBe(1);
  });
});
