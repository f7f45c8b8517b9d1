import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { importFiles, type InputFile } from '../../src/data/import-files';
import { countsBalance } from '../../src/data/import-report';

/** A messy but plausible community statistics file, as text lines. */
const cellArb = fc.oneof(
  fc.constantFrom('', ' ', '—', '无', '3500余', '近900', '1,568', '"1,568"', '12.5%', '#DIV/0!', '3000-4000', '0', '-', '１２３', '约1200'),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.string({ maxLength: 6 }),
);
const nameArb = fc.constantFrom('东湖社区', '西山社区居委会', '祥福里', '前进村', '合计', '小计', '其中：', '', '"东湖,社区"', '張?華社区');
const rowArb = fc.tuple(fc.constantFrom('东湖街道', '', '西山街道'), nameArb, fc.array(cellArb, { minLength: 0, maxLength: 5 }));
const fileArb = fc.record({
  title: fc.constantFrom('', '2024年上半年社区统计表', '单位：人'),
  header: fc.constantFrom('街道,社区,人口,再就业人数,志愿者', '街道,社区,期间,指标,数值', '指标,东湖社区,西山社区,合计', '社区,人口,人口,', 'a,b'),
  rows: fc.array(rowArb, { maxLength: 12 }),
  encoding: fc.constantFrom('utf8', 'utf8bom', 'gbk', 'utf16le'),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  junk: fc.constantFrom('', '"未闭合', '\u0000', ',,,', '\u001A'),
  name: fc.constantFrom('2024年3月.csv', 'data.csv', '2024Q1.csv'),
});

function encode(text: string, enc: string): Uint8Array {
  if (enc === 'gbk') return new Uint8Array(iconv.encode(text, 'gbk'));
  if (enc === 'utf16le') return new Uint8Array(iconv.encode('\uFEFF' + text, 'utf-16le'));
  return new TextEncoder().encode((enc === 'utf8bom' ? '\uFEFF' : '') + text);
}

describe('importFiles on generated messy files', () => {
  it('never throws, and every row is accounted for', () => {
    fc.assert(fc.property(fc.array(fileArb, { minLength: 1, maxLength: 3 }), (specs) => {
      const files: InputFile[] = specs.map((s) => {
        const lines = [s.title, s.header, ...s.rows.map(([st, n, cells]) => [st, n, ...cells].join(','))].filter((l, i) => i > 0 || l !== '');
        const text = lines.join(s.newline) + s.junk + s.newline;
        return { name: s.name, bytes: encode(text, s.encoding) };
      });
      const r = importFiles(files, { id: 't', createdAt: '2024-01-01T00:00:00Z' });
      const c = r.report.counts;
      expect(countsBalance(c)).toBe(true);
      expect(r.report.rows.length).toBe(c.rowsIn - c.imported);
      expect(r.report.rows.every((x) => x.line > 0 && x.reason !== '')).toBe(true);
      expect(r.report.issues.some((i) => i.code === 'internal-error')).toBe(false);
      expect(r.report.status === 'blocked').toBe(r.report.issues.some((i) => i.severity === 'error'));
      expect(r.dataset === null).toBe(r.report.status === 'blocked');
      if (r.dataset) {
        expect(r.report.observations).toBe(r.dataset.obs.value.length);
        // No observation is ever silently zero from a missing cell.
        for (let i = 0; i < r.dataset.obs.value.length; i++) {
          if (r.dataset.obs.qualifier[i] === 6) expect(Number.isNaN(r.dataset.obs.value[i]!)).toBe(true);
        }
      }
    }), { numRuns: 300, seed: 20240701 });
  });

  it('survives arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const r = importFiles([{ name: '2024.csv', bytes }]);
      expect(countsBalance(r.report.counts)).toBe(true);
      expect(r.report.issues.some((i) => i.code === 'internal-error')).toBe(false);
    }), { numRuns: 300, seed: 7 });
  });
});
