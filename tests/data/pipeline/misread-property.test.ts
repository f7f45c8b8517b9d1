// @vitest-environment node
/**
 * Issue 15's property: a generator writes a correct wide file (units × 常住人口, period in the file
 * name), then perturbs it along the classes this branch fixes: period text in a title (class 1),
 * European thousands and fractions (2), number words, doubled signs and negative counts (3), and rows
 * that are not units (4). For every perturbation, each stored observation is the true value or a
 * warning/error names its line, and no inserted row ever becomes a unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagged, importText, observations } from './import-helpers';

const NAMES = ['东湖社区', '西山社区', '南湖社区', '北苑社区', '丰年村', '祥福里社区'];

/** Ways to write value v that a reader must get right or flag. */
function writings(v: number): string[] {
  const out = [String(v), `${v}人`, `"${v.toLocaleString('en-US')}"`];
  if (v % 1000 === 0 && v >= 10000 && (v / 1000) % 10 !== 0) out.push(`${Math.floor(v / 10000)}万${(v / 1000) % 10}`);
  if (v % 100 === 0 && v >= 1000 && v < 10000 && (v / 100) % 10 !== 0) out.push(`${Math.floor(v / 1000)}千${(v / 100) % 10}`);
  if (v % 1000 === 0 && v >= 1000 && v < 1e6) out.push(`${v / 1000}.000`); // European thousands: must be flagged
  out.push(`--${v}`, `-${v}`, `${v / 100000}`); // doubled sign, negative count, a fraction of the truth
  return out;
}

const NON_UNIT_ROWS = ['合计', '汇总', '全街', '本街道', 'Total', '平均', '均值', '上年同期', '同比', '增减', '增长率',
  '填表人：张三', '审核人：李四', '填报日期：2024年1月5日', '联系电话：12345678', '注：数据来自社区上报'];

const TITLES = ['', '2023年3月社区统计表', '社区统计（导出于2024-05-06）', '2023年度下半年社区统计', '2023年5-6月社区统计',
  '截至2023年9月底社区统计', '2023年Q3社区统计'];

const fileArb = fc.record({
  units: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 6 }),
  values: fc.array(fc.integer({ min: 1, max: 90 }).map((k) => k * 1000 + (k % 3 === 0 ? 500 : 0)), { minLength: 6, maxLength: 6 }),
  writing: fc.array(fc.nat(20), { minLength: 6, maxLength: 6 }),
  extra: fc.array(fc.tuple(fc.constantFrom(...NON_UNIT_ROWS), fc.nat(8), fc.integer({ min: 0, max: 99999 })), { maxLength: 3 }),
  title: fc.constantFrom(...TITLES),
});

describe('misread property (issue 15)', () => {
  it('every stored observation is right or flagged on its line; non-unit rows never become units', () => {
    fc.assert(fc.property(fileArb, ({ units, values, writing, extra, title }) => {
      const truth = new Map<string, number>();
      const rows = units.map((u, k) => {
        const v = values[k]!;
        truth.set(u, v);
        const forms = writings(v);
        return `${u},${forms[writing[k]! % forms.length]}`;
      });
      for (const [label, at, v] of extra) rows.splice(at % (rows.length + 1), 0, `${label},${v}`);
      const lines = [...(title ? [title] : []), '社区,常住人口', ...rows];
      const r = importText(lines.join('\n') + '\n', '2023年3月.csv');
      const issues = r.report.issues;
      for (const o of observations(r.dataset)) {
        expect(truth.has(o.unit), `"${o.unit}" became a unit\n${lines.join('\n')}`).toBe(true);
        const right = o.value === truth.get(o.unit) && o.metric === 'residents' && ['2023-03', '2023-H2', '2023-Q3'].includes(o.period);
        // The period: from the file name, or a title that names a period in that file (disagreement is flagged).
        if (!right || (title.includes('2023年') && o.period !== '2023-03')) {
          expect(flagged(issues, o.line), `line ${o.line}: ${JSON.stringify(o)} not flagged\n${lines.join('\n')}`).toBe(true);
        }
      }
      // A problem in one row never blocks the rows that are fine.
      expect(r.report.status, lines.join('\n')).toBe('ok');
    }), { numRuns: 150, seed: 15 });
  });
});
