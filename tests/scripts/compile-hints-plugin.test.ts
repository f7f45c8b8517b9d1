import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin, needsCompileHint, withCompileHint } from '../../scripts/build/compile-hints-plugin';

describe('compileHintsPlugin', () => {
  it('marks the chunks that bundle React DOM or recharts, and only those', () => {
    const chunk = (fileName: string, moduleIds: string[]) => ({ type: 'chunk' as const, fileName, moduleIds, code: 'import{a}from"./x.js";a();' });
    const bundle = {
      'assets/index.js': chunk('assets/index.js', ['/app/src/main.tsx', '/app/node_modules/react-dom/cjs/react-dom-client.production.js']),
      'assets/CartesianChart.js': chunk('assets/CartesianChart.js', ['/app/node_modules/recharts/es6/chart/CartesianChart.js', '/app/node_modules/victory-vendor/es/d3-scale.js']),
      'assets/import.worker.js': chunk('assets/import.worker.js', ['/app/src/ui/import/import.worker.ts']),
      'assets/xlsx.js': chunk('assets/xlsx.js', ['/app/node_modules/@e965/xlsx/xlsx.mjs']),
      'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css', source: 'body{}' },
    };
    const plugin = compileHintsPlugin();
    (plugin.generateBundle as (o: unknown, b: unknown) => void).call({}, {}, bundle);
    expect(Object.values(bundle).filter((c) => c.type === 'chunk' && c.code.startsWith(`${COMPILE_HINT}\n`)).map((c) => c.fileName))
      .toEqual(['assets/index.js', 'assets/CartesianChart.js']);
    expect(bundle['assets/xlsx.js'].code).toBe('import{a}from"./x.js";a();');
  });

  it('matches whole package folders, and adds the hint once', () => {
    expect(needsCompileHint(['/app/node_modules/recharts-scale/index.js'])).toBe(false);
    expect(needsCompileHint(['/app/src/recharts-notes.ts'])).toBe(false);
    expect(withCompileHint(withCompileHint('a()'))).toBe(`${COMPILE_HINT}\na()`);
  });
});
