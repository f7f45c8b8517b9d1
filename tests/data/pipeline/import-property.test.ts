import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { QUALIFIERS, rawTextOf, type Dataset } from '../../../src/data/dataset/dataset';
import { importFiles, type ImportResult, type InputFile } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';

/** A messy but plausible community statistics file, as text lines. */
const cellArb = fc.oneof(
  fc.constantFrom('', ' ', '—', '无', '3500余', '近900', '1,568', '"1,568"', '12.5%', '0.125', '#DIV/0!', '3000-4000', '0', '-',
    '１２３', '约1200', '3.500', '1,5', '3500人', '12户', '"他说""好"""', '=SUM(A1)', '2024-03', '前三季度'),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.string({ maxLength: 6 }),
);
const nameArb = fc.constantFrom('东湖社区', '西山社区居委会', '祥福里', '祥福裡社區', ' 祥福里 社区 ', '前进村', '合计', '小计', '全镇', '其中：',
  '', '"东湖,社区"', '張?華社区', '<img src=x>');
const rowArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('东湖街道', '', '西山街道'), nameArb, fc.array(cellArb, { minLength: 0, maxLength: 5 })).map(([st, n, cells]) => [st, n, ...cells].join(',')) },
  // Blank, whitespace-only and separator-only lines, and a second header after them.
  { weight: 2, arbitrary: fc.constantFrom('', ' ', ',,', ' , , ', '\t', '社区,期间,户数') },
);
const fileArb = fc.record({
  title: fc.constantFrom('', '2024年上半年社区统计表', '单位：人'),
  header: fc.constantFrom('街道,社区,人口,再就业人数,志愿者', '街道,社区,期间,指标,数值', '街道,社区,期间,参保率,人口', '指标,东湖社区,西山社区,合计',
    '社区,人口,人口,', 'a,b'),
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

const EXISTING = importFiles([{ name: '2024年1月.csv', bytes: new TextEncoder().encode('街道,社区,人口\n东湖街道,东湖社区,100\n') }]).dataset!;

/** The accounting and provenance contract that must hold for any input. */
function checkContract(r: ImportResult, files: readonly InputFile[], existing?: Dataset): void {
  const c = r.report.counts;
  expect(countsBalance(c)).toBe(true);
  // Every row not imported is listed once, with its line and a reason.
  expect(r.report.rows.length).toBe(c.rowsIn - c.imported);
  expect(r.report.rows.every((x) => x.line > 0 && x.reason !== '')).toBe(true);
  const notImported = new Set(r.report.rows.map((x) => `${x.file}:${x.line}`));
  expect(notImported.size).toBe(r.report.rows.length);
  expect(r.report.issues.some((i) => i.code === 'internal-error')).toBe(false);
  expect(r.report.issues.every((i) => /[\u4e00-\u9fff]/.test(i.message))).toBe(true);
  expect(r.report.status === 'blocked').toBe(r.report.issues.some((i) => i.severity === 'error'));
  expect(r.dataset === null).toBe(r.report.status === 'blocked');
  const ds = r.dataset;
  if (!ds) return;
  expect(r.report.observations).toBe(ds.obs.value.length);
  const base = existing?.files.length ?? 0;
  expect(ds.files.map((f) => f.name)).toEqual([...(existing?.files.map((f) => f.name) ?? []), ...files.map((f) => f.name)]);
  for (let i = 0; i < ds.obs.value.length; i++) {
    const q = QUALIFIERS[ds.obs.qualifier[i]!]!;
    const file = ds.obs.file[i]!;
    const line = ds.obs.line[i]!;
    // Each observation keeps its source file and line, and that row counts as imported.
    expect(file).toBeLessThan(ds.files.length);
    expect(line).toBeGreaterThan(0);
    if (file >= base) expect(notImported.has(`${ds.files[file]!.name}:${line}`)).toBe(false);
    // Missing is NaN, never a silent 0; a qualified or failed value keeps its raw text.
    if (q === 'missing' || q === 'range' || q === 'error' || q === 'invalid') expect(Number.isNaN(ds.obs.value[i]!)).toBe(true);
    if (q !== 'exact' && q !== 'missing') expect(rawTextOf(ds, i)).not.toBe('');
  }
}

describe('importFiles on generated messy files', () => {
  it('never throws, every row is accounted for, every observation keeps its source', () => {
    fc.assert(fc.property(fc.array(fileArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (specs, addToExisting) => {
      const files: InputFile[] = specs.map((s, k) => {
        const lines = [s.title, s.header, ...s.rows].filter((l, i) => i > 0 || l !== '');
        const text = lines.join(s.newline) + s.junk + s.newline;
        return { name: `${k}-${s.name}`, bytes: encode(text, s.encoding) };
      });
      const existing = addToExisting ? EXISTING : undefined;
      const r = importFiles(files, { id: 't', createdAt: '2024-01-01T00:00:00Z', ...(existing ? { existing } : {}) });
      checkContract(r, files, existing);
    }), { numRuns: 300, seed: 20240701 });
  });

  it('survives arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const files = [{ name: '2024.csv', bytes }];
      checkContract(importFiles(files), files);
    }), { numRuns: 300, seed: 7 });
  });
});
