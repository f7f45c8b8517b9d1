// @vitest-environment node
/**
 * Issue 15's property for classes 5, 7 and 8: a generator writes correct wide files (units ×
 * 常住人口 and 慰问救助金额, the month in the file name), then perturbs them: a unit row under the
 * header with the amounts written in 万元 (class 5), a second table under its own title with
 * another month, after a blank line or directly under the data (5), a resent file with cells left
 * blank or `—` (7), a GBK line in the UTF-8 file or a UTF-8 BOM over a GBK body (8). For every
 * perturbation each stored observation is the true value or a warning/error names its line, no
 * title, header or unit row becomes a unit, and the import is never blocked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { flagged, gbk, observations, utf8 } from './import-helpers';

const NAMES = ['东湖社区', '西山社区', '南湖社区', '北苑社区', '丰年村', '祥福里社区'];
const BLANKS = ['', '—', '无', '/', '-'];

interface Table { month: number; values: Map<string, [number, number]> }

const fileArb = fc.record({
  units: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 6 }),
  people: fc.array(fc.integer({ min: 100, max: 9000 }), { minLength: 12, maxLength: 12 }),
  aid: fc.array(fc.integer({ min: 1, max: 900 }).map((k) => k * 100), { minLength: 12, maxLength: 12 }),
  unitRow: fc.boolean(),
  second: fc.constantFrom('none', 'after-blank', 'under-data'),
  encoding: fc.constantFrom('utf-8', 'gbk-line', 'bom-gbk'),
  gbkLine: fc.nat(20),
  resend: fc.array(fc.tuple(fc.nat(5), fc.nat(1), fc.nat(BLANKS.length - 1)), { maxLength: 3 }),
});

describe('misread property, tables, several files and encodings (issue 15)', () => {
  it('every stored observation is right or flagged on its line; no title, header or unit row becomes a unit', () => {
    fc.assert(fc.property(fileArb, ({ units, people, aid, unitRow, second, encoding, gbkLine, resend }) => {
      const tables: Table[] = [{ month: 3, values: new Map() }];
      if (second !== 'none') tables.push({ month: 4, values: new Map() });
      units.forEach((u, k) => tables.forEach((t, j) => t.values.set(u, [people[k + 6 * j]!, aid[k + 6 * j]!])));
      const body = (t: Table): string[] => [
        '社区,常住人口,慰问救助金额', ...(unitRow ? [',人,万元'] : []),
        ...[...t.values].map(([u, [p, a]]) => `${u},${p},${unitRow ? a / 10000 : a}`),
      ];
      const lines = body(tables[0]!);
      if (second === 'after-blank') lines.push('', '2023年4月社区统计', ...body(tables[1]!));
      if (second === 'under-data') lines.push('2023年4月社区统计', ...body(tables[1]!));
      const text = lines.map((l) => `${l}\n`);
      const odd = 1 + (gbkLine % lines.length);
      const bytes = encoding === 'utf-8' ? utf8(text.join(''))
        : encoding === 'bom-gbk' ? new Uint8Array([0xef, 0xbb, 0xbf, ...gbk(text.join(''))])
          : new Uint8Array(text.flatMap((l, k) => [...(k + 1 === odd ? gbk(l) : utf8(l))]));
      const files = [{ name: '2023年3月.csv', bytes }];
      if (resend.length > 0) {
        const again = [...tables[0]!.values].map(([u, [p, a]]) => [u, String(p), String(a)]);
        for (const [row, col, blank] of resend) again[row % again.length]![1 + col] = BLANKS[blank]!;
        files.push({ name: '2023年3月（更新）.csv', bytes: utf8(['社区,常住人口,慰问救助金额', ...again.map((r) => r.join(','))].join('\n') + '\n') });
      }
      const r = importFiles(files);
      const shown = `${encoding} ${second} unitRow=${unitRow} resend=${JSON.stringify(resend)}\n${lines.join('\n')}`;
      const truth = (unit: string, period: string, metric: string): number | undefined => {
        const t = tables.find((x) => period === `2023-0${x.month}`)?.values.get(unit);
        return t === undefined ? undefined : metric === 'residents' ? t[0] : metric === 'aid_amount' ? t[1] : undefined;
      };
      for (const o of observations(r.dataset)) {
        expect(NAMES.includes(o.unit), `"${o.unit}" became a unit\n${shown}`).toBe(true);
        if (o.value !== truth(o.unit, o.period, o.metric)) {
          expect(flagged(r.report.issues, o.line), `line ${o.line}: ${JSON.stringify(o)} not flagged\n${shown}`).toBe(true);
        }
      }
      // Every true value is there (nothing dropped silently either).
      const stored = new Set(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`));
      for (const t of tables) {
        for (const [u, [p, a]] of t.values) {
          expect(stored.has(`${u}|2023-0${t.month}|residents|${p}`) && stored.has(`${u}|2023-0${t.month}|aid_amount|${a}`), `${u} 2023-0${t.month} missing\n${shown}`).toBe(true);
        }
      }
      expect(r.report.status, shown).toBe('ok');
    }), { numRuns: 150, seed: 15 });
  });
});
