// @vitest-environment node
/**
 * The pipeline with our streaming tokenizer against the same pipeline with papaparse as the
 * tokenizer, on every fixture and on seeded generated long files: the whole ImportResult (report,
 * issues in order, row outcomes, dataset columns) must be equal, in whole and in 7-byte chunks.
 * The `streamed` column says which files must be read in one pass (the others are read again
 * whole, or by papaparse, with the same result). Table-wide checks on long files are in
 * table-checks-long-files.test.ts, the catalogue in catalogue-long-files.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { BODY, COL, expectSame, file, gbk, HEADER, OPTS, setCells, utf8, where } from './long-variants';

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? csvFiles(p) : /\.(csv|txt|tsv)$/i.test(f) ? [p] : [];
  });
}

describe('fixtures: our tokenizer = papaparse', () => {
  const paths = [...csvFiles('tests/fixtures'), ...csvFiles('data').filter((p) => !p.endsWith('tianjin-units.csv'))];
  it('finds the fixtures', () => expect(paths.length).toBeGreaterThan(20));
  it.each(paths)('%s', (p) => {
    expectSame([{ name: p.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(p)) }]);
  });
  it('the 88k-row sample (BOM, CRLF, a quoted metric name on every 24th row) is streamed in one pass', () => {
    const r = expectSame([{ name: 'sample-jinnan-long.csv', bytes: new Uint8Array(readFileSync('data/sample-jinnan-long.csv')) }]);
    expect(r.took, r.why).toBe(true);
  });
});

const header = HEADER;
const body = [...BODY];
/** Replaces the value cell (7th) of data line i. */
const withValue = (ls: string[], i: number, v: string): string[] => setCells(ls, COL.value, [i], () => v);
const Q = '"';

const cases: { name: string; bytes: Uint8Array; streamed: boolean }[] = [
  { name: 'crlf', bytes: utf8([header, ...body].join('\r\n') + '\r\n'), streamed: true },
  { name: 'lf-no-final-newline', bytes: utf8([header, ...body].join('\n')), streamed: true },
  { name: 'cr', bytes: utf8([header, ...body].join('\r') + '\r'), streamed: true },
  { name: 'bom', bytes: utf8('\uFEFF' + [header, ...body].join('\r\n') + '\r\n'), streamed: true },
  { name: 'trailing-blank-lines', bytes: utf8([header, ...body].join('\n') + '\n\n\n'), streamed: true },
  { name: 'blank-line-inside', bytes: utf8([header, ...body.slice(0, 5), '', ' , ', ...body.slice(5)].join('\n') + '\n'), streamed: true },
  { name: 'mixed-crlf-lf', bytes: utf8([header, ...body].map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join('')), streamed: true },
  { name: 'gbk', bytes: gbk([header, ...body].join('\r\n') + '\r\n'), streamed: true },
  { name: 'tab', bytes: utf8([header, ...body].map((l) => l.replace(/,/g, '\t')).join('\n')), streamed: true },
  { name: 'placeholders-and-notes', bytes: utf8([header, ...withValue(withValue(withValue(body, 2, '—'), 4, '约1200'), 6, '')].join('\n')), streamed: true },
  { name: 'leading-zero-and-decimals', bytes: utf8([header, ...withValue(withValue(withValue(body, 1, '007'), 3, '12.50'), 5, '-0')].join('\n')), streamed: true },
  { name: 'duplicate-rows', bytes: utf8([header, ...body, ...body.slice(0, 4)].join('\n')), streamed: true },
  { name: 'conflicting-rows', bytes: utf8([header, ...body, ...withValue(body.slice(0, 2), 0, '999999')].join('\n')), streamed: true },
  { name: 'spaces-around-cells', bytes: utf8([header, ...body.map((l) => l.replace(/,/g, ' , '))].join('\n')), streamed: true },
  { name: 'ragged-short', bytes: utf8([header, ...body.slice(0, 3), body[3]!.split(',').slice(0, 6).join(','), ...body.slice(4)].join('\n')), streamed: true },
  { name: 'ragged-long', bytes: utf8([header, ...body.slice(0, 3), body[3]! + ',x', ...body.slice(4)].join('\n')), streamed: true },
  { name: 'fullwidth-comma', bytes: utf8([header, ...body].map((l) => l.replace(/,/g, '，')).join('\n')), streamed: true },
  { name: 'subtotal-row', bytes: utf8([header, ...body, '120101001999,和平区,劝业场街道,合计,2024-01,常住人口,1,人'].join('\n')), streamed: true },
  { name: 'control-char', bytes: utf8([header, ...withValue(body, 2, '12\u0000')].join('\n')), streamed: true },
  { name: 'cr-inside-line', bytes: utf8([header, ...withValue(body, 2, '1\r2')].join('\n')), streamed: true },
  // Quoted cells in the plain RFC 4180 form: streamed by our tokenizer.
  { name: 'quoted', bytes: utf8([header, ...body.slice(0, 3), body[3]!.replace(/,(\d+),/, ',"$1",'), ...body.slice(4)].join('\n')), streamed: true },
  { name: 'quoted-escapes-and-delimiter', bytes: utf8(file(setCells(setCells(body, COL.metric, where(COL.metric, '户数'), () => `${Q}${Q}${Q}户${Q}${Q},数${Q}`), COL.value, [4], () => `${Q} 3,500 ${Q}`))), streamed: true },
  { name: 'quoted-last-cell-crlf', bytes: utf8(file(setCells(body, COL.measure, [1, 2], () => `${Q}人${Q}`))), streamed: true },
  { name: 'quoted-last-cell-cr', bytes: utf8(file(setCells(body, COL.measure, [1, 2], () => `${Q}人${Q}`), '\r')), streamed: true },
  { name: 'quoted-last-cell-no-final-newline', bytes: utf8(file(body, '\n') + '120101001001,和平区,劝业场街道,花园路社区,2024-04,常住人口,"12","人"'), streamed: true },
  { name: 'quoted-last-cell-stray-cr', bytes: utf8(file(setCells(body, COL.measure, [1], () => `${Q}人${Q}\r`), '\n')), streamed: false },
  { name: 'quoted-header', bytes: utf8(file(body, '\n', HEADER.replace('指标', `${Q}指标${Q}`))), streamed: true },
  { name: 'quoted-empty-cell', bytes: utf8(file(setCells(body, COL.value, [3], () => `${Q}${Q}`))), streamed: true },
  { name: 'quote-inside-cell', bytes: utf8(file(setCells(body, COL.unit, [4], () => `他说${Q}好${Q}`))), streamed: true },
  { name: 'text-after-closing-quote', bytes: utf8(file(setCells(body, COL.unit, [4], () => `${Q}好${Q}社区`))), streamed: false },
  { name: 'space-before-opening-quote', bytes: utf8(file(setCells(body, COL.unit, [4], () => ` ${Q}好${Q}`))), streamed: true },
  { name: 'newline-in-quotes', bytes: utf8(file(setCells(body, COL.unit, [4], () => `${Q}东\n湖${Q}`), '\n')), streamed: true },
  { name: 'unclosed-quote-at-end', bytes: utf8(file(body, '\n') + '120101001001,和平区,劝业场街道,"花园'), streamed: false },
];

describe('generated long files: our tokenizer = papaparse', () => {
  it.each(cases)('$name (streamed in one pass: $streamed)', ({ name, bytes, streamed }) => {
    const r = expectSame([{ name: `${name}.csv`, bytes }]);
    expect(r.took, r.why).toBe(streamed);
  });

  it('two files, the second identical and another merged into an existing dataset', () => {
    const a = { name: '一月.csv', bytes: utf8([header, ...body.slice(0, 40)].join('\n')) };
    const b = { name: '二月.csv', bytes: utf8([header, ...body.slice(30)].join('\r\n')) };
    const c = { name: '副本.csv', bytes: a.bytes };
    expectSame([a, b, c]);
    const first = importFiles([a], OPTS);
    const next = { name: '三月.csv', bytes: utf8([header, ...body.slice(40)].join('\r\n')) };
    const merged = expectSame([next], { existing: first.dataset! });
    expect(merged.took, merged.why).toBe(true);
  });
});
