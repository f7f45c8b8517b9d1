// @vitest-environment node
/**
 * The table-wide checks on LONG files: each file below triggers one check, and the test asserts
 * that (1) the file was streamed in one pass (or read again, as `streamed` says), (2) its whole
 * result equals the result with papaparse as the tokenizer, and (3) the check's issue is in it. Size limits are shrunk through ImportOptions.limits.
 */
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, type FileLimits } from '../../../src/data/decode/file-limits';
import type { ImportOptions } from '../../../src/data/pipeline/import-files';
import { COL, expectSame, file, longLines, setCells, utf8, where } from './long-variants';

const BIG = longLines(60, 12).slice(1); // 2,880 data lines: past the 1,000-line prelude sample
const residents = where(COL.metric, '常住人口', BIG);
/** Data line indexes of unit u (48 lines each: 12 months × 4 metrics). */
const unitRows = (u: number): number[] => Array.from({ length: 48 }, (_, i) => u * 48 + i);
const limits = (l: Partial<FileLimits>): ImportOptions => ({ limits: { ...FILE_LIMITS, ...l } });

interface Case {
  name: string;
  text: string;
  opts?: ImportOptions;
  /** Issue code the file must produce (null: none in particular). */
  code: string | null;
  streamed: boolean;
}

const cases: Case[] = [
  {
    name: 'formula-like unit names (more than 5 rows: the "另有" note too)',
    text: file(setCells(setCells(setCells(BIG, COL.unit, unitRows(0), () => '=SUM(A1:A3)'), COL.unit, unitRows(5), () => '@cmd'), COL.unit, unitRows(7), () => '-A1')),
    code: 'formula-like-text', streamed: true,
  },
  {
    name: 'units written in the value cells (人 and 户 in one metric)',
    text: file(setCells(setCells(BIG, COL.value, [residents[3]!], () => '3500人'), COL.value, [residents[600]!], () => '1200户')),
    code: 'unit-mixed', streamed: true,
  },
  {
    name: 'a unit in the value cells that is not the metric\'s (户 under 常住人口, counted in 人)',
    text: file(setCells(BIG, COL.value, [residents[3]!, residents[9]!], () => '1200户')),
    code: 'unit-not-metric', streamed: true,
  },
  {
    name: 'the 单位 column mixing 人 and 户 for one metric',
    text: file(setCells(BIG, COL.measure, residents.filter((_, i) => i % 7 === 3), () => '户')),
    code: null, streamed: true,
  },
  {
    name: 'percent forms mixed in one metric (12.5%, 0.5 and plain numbers)',
    text: file(setCells(setCells(BIG, COL.value, [residents[2]!], () => '12.5%'), COL.value, [residents[700]!], () => '0.5')),
    code: 'percent-format-mixed', streamed: true,
  },
  {
    name: 'cumulative and single periods in the period column',
    text: file(setCells(BIG, COL.period, unitRows(3).filter((i) => BIG[i]!.includes(',2024-03,')), () => '2024-C03')),
    code: 'period-mixed-cumulative', streamed: true,
  },
  { name: 'more lines than the large-file warning', text: file(BIG), opts: limits({ warnLines: 1000 }), code: 'file-large', streamed: true },
  { name: 'more lines than the warning, no final newline', text: file(BIG).slice(0, -2), opts: limits({ warnLines: 2879 }), code: 'file-large', streamed: true },
  { name: 'exactly the warning line count (no warning)', text: file(BIG), opts: limits({ warnLines: 2881 }), code: null, streamed: true },
  { name: 'more bytes than the large-file warning', text: file(BIG, '\r'), opts: limits({ warnBytes: 100_000 }), code: 'file-large', streamed: true },
  { name: 'more columns than the wide-table warning', text: file(BIG), opts: limits({ warnColumns: 5 }), code: 'file-large', streamed: true },
  { name: 'over the line limit: read again whole and blocked before any row', text: file(BIG), opts: limits({ maxLines: 2000 }), code: 'file-too-large', streamed: false },
  { name: 'more bytes than the line limit but fewer lines: streamed in one pass', text: file(BIG), opts: limits({ maxLines: 2890 }), code: null, streamed: true },
  { name: 'just over the line limit: read again whole and blocked', text: file(BIG), opts: limits({ maxLines: 2870 }), code: 'file-too-large', streamed: false },
  { name: 'over the byte limit: blocked before any byte is decoded', text: file(BIG), opts: limits({ maxBytes: 100_000 }), code: 'file-too-large', streamed: true },
  {
    name: 'a decimal comma in the rows findDecimalCommaCell scans (; delimiter), leaving a dot-grouped number later without a value',
    text: file(setCells(BIG, COL.value, [40, 2600], (i) => (i === 40 ? '1,5' : '3.500'))).replace(/,/g, ';').replace('1;5', '1,5'),
    code: 'number-format-ambiguous', streamed: true,
  },
  {
    name: 'a decimal comma past those rows (read as the general path reads it)',
    text: file(setCells(BIG, COL.value, [2500], () => '1,5')).replace(/,/g, ';').replace('1;5', '1,5'),
    code: null, streamed: true,
  },
];

describe('table-wide checks on long files: our tokenizer = papaparse', () => {
  it.each(cases)('$name', ({ text, opts, code, streamed }) => {
    const r = expectSame([{ name: 'long.csv', bytes: utf8(text) }], opts);
    expect(r.took, r.why).toBe(streamed);
    if (code) expect(r.general.report.issues.map((i) => i.code)).toContain(code);
  });

  it('the large-file warning comes first and counts lines like countLineBreaks', () => {
    const r = expectSame([{ name: 'long.csv', bytes: utf8(file(BIG)) }], limits({ warnLines: 1000 }));
    expect(r.took).toBe(true);
    expect(r.general.report.issues[0]!.code).toBe('file-large');
    expect(r.general.report.issues[0]!.message).toContain('约2,881行');
  });
});
