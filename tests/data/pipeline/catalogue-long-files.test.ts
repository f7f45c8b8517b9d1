// @vitest-environment node
/**
 * The bad-input catalogue (tests/fixtures/bad) rewritten as LONG files
 * (区划代码,区,街道,社区,期间,指标,数值,单位, 144 generated rows) with the case's bad cells or bytes
 * planted in them, where the case can occur in a long file. For each: the pipeline's whole result
 * (whole chunks and 7-byte chunks) equals the result with papaparse as the tokenizer, the file is
 * streamed in one pass or read again as `streamed` says, and the case's issue code is reported.
 * Cases that cannot occur in a long table (two-row headers of wide tables, xlsx bytes…) are
 * covered by import-differential.test.ts on their original fixtures.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../../src/data/decode/file-limits';
import type { ImportOptions, InputFile } from '../../../src/data/pipeline/import-files';
import { BODY, COL, expectSame, file, gbk, HEADER, setCells, utf8, where } from './long-variants';

/** BODY with cell `col` of data lines `at[k]` set to `values[k]`. */
function plant(col: number, at: readonly number[], values: readonly string[], body: readonly string[] = BODY): string[] {
  return setCells(body, col, at, (i) => values[at.indexOf(i)]!);
}
const res = where(COL.metric, '常住人口');
const values = (vs: string[]): string => file(plant(COL.value, res.slice(0, vs.length), vs));
const one = (text: string | Uint8Array): InputFile[] => [{ name: 'long.csv', bytes: typeof text === 'string' ? utf8(text) : text }];
const unitOf = (u: number): number[] => Array.from({ length: 12 }, (_, i) => u * 12 + i);

interface Case { name: string; files: InputFile[]; streamed: boolean; code: string | null; opts?: ImportOptions }

const cases: Case[] = [
  { name: '01 GBK without BOM', files: one(gbk(file(BODY))), streamed: true, code: 'encoding-guessed' },
  { name: '02 UTF-8 with BOM', files: one('\uFEFF' + file(BODY)), streamed: true, code: null },
  { name: '03 UTF-16LE with tabs', files: one(new Uint8Array([0xff, 0xfe, ...iconv.encode(file(BODY.map((l) => l.replace(/,/g, '\t'))), 'utf-16le')])), streamed: false, code: 'encoding-utf16' },
  { name: '05 invalid bytes', files: one(new Uint8Array([...utf8(file(BODY.slice(0, 60))), 0xff, 0x2c, ...utf8(file(BODY.slice(60)).slice(HEADER.length + 2))])), streamed: false, code: 'decode-replacement' },
  { name: '06 GBK lost character', files: one(gbk(file(plant(COL.unit, unitOf(2), unitOf(2).map(() => '东?社区'))))), streamed: true, code: 'gbk-lost-char' },
  { name: '07 title and unit rows', files: one('2024年人口统计表\r\n单位：人\r\n' + file(BODY)), streamed: true, code: 'title-row' },
  { name: '09 duplicate headers', files: one(file(BODY.map((l) => l + ',1'), '\r\n', HEADER + ',单位')), streamed: true, code: 'duplicate-header' },
  { name: '10 empty header cell', files: one(file(BODY.map((l) => l + ',x'), '\r\n', HEADER + ',')), streamed: true, code: 'header-empty' },
  { name: '11 ragged short row', files: one(file([...BODY.slice(0, 9), BODY[9]!.split(',').slice(0, 6).join(','), ...BODY.slice(10)])), streamed: true, code: 'ragged-row-short' },
  { name: '12 ragged long row', files: one(file([...BODY.slice(0, 9), BODY[9]! + ',多余', ...BODY.slice(10)])), streamed: true, code: 'too-many-fields' },
  { name: '13 thousands separator, unquoted', files: one(values(['3,500'])), streamed: true, code: 'thousands-separator-unquoted' },
  { name: '14 thousands separator, quoted', files: one(values(['"3,500"', '3，500'])), streamed: true, code: 'full-width' },
  { name: '15 unbalanced quote', files: one(values(['"未闭合'])), streamed: false, code: 'unclosed-quote' },
  { name: '16 quote inside a field', files: one(file(plant(COL.unit, unitOf(1), unitOf(1).map(() => '他说"好"社区')))), streamed: true, code: null },
  { name: '17 newline in a quoted header', files: one(file(BODY, '\r\n', HEADER.replace('数值', '"数值\n（人）"'))), streamed: true, code: 'header-newline' },
  { name: '18 semicolons and decimal commas', files: one(values(['1,5%', '3.500']).replace(/,/g, ';').replace('1;5%', '1,5%')), streamed: true, code: 'number-format-ambiguous' },
  { name: '19 full-width comma delimiter', files: one(file(BODY).replace(/,/g, '，')), streamed: true, code: 'delimiter-fullwidth' },
  { name: '20 CR-only line ends', files: one(file(BODY, '\r')), streamed: true, code: null },
  { name: '20 CRLF and LF inside quotes', files: one(file(plant(COL.unit, [4], ['"第一行\r\n第二行"']))), streamed: true, code: null },
  // The same header again after blank lines (no title) is the table going on; a different one starts a second table (second-table.test.ts).
  { name: '21 blank lines and the header again', files: one(file([...BODY.slice(0, 70), ',,,,,,,', '', ...[HEADER, ...BODY.slice(70)]])), streamed: true, code: 'repeated-header' },
  { name: '22 subtotal rows', files: one(file(plant(COL.unit, [12], ['小计']))), streamed: true, code: 'subtotal-rows' },
  { name: '23 merged dimension cells', files: one(file(plant(COL.street, [13, 14], ['', '']))), streamed: true, code: 'forward-filled' },
  { name: '24 approximate values', files: one(values(['3500余', '3500多', '近900', '约1200', '不足50'])), streamed: true, code: 'approximate-value' },
  { name: '25 magnitudes', files: one(values(['1.2万', '3.5亿', '12千'])), streamed: true, code: 'magnitude-scaled' },
  { name: '25 magnitude in the 单位 column', files: one(file(plant(COL.measure, res.slice(0, 3), ['万人', '万人', '万人']))), streamed: true, code: null },
  { name: '26 ranges', files: one(values(['3000-4000', '3000～4000', '3000至4000'])), streamed: true, code: 'value-range' },
  { name: '27 placeholders', files: one(values(['—', '--', '-', '/', '／'])), streamed: true, code: 'missing-placeholder' },
  { name: '28 Excel errors', files: one(values(['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '####'])), streamed: true, code: 'spreadsheet-error' },
  { name: '29 percent forms mixed', files: one(values(['12.5%', '0.125', '12.5', '１２.５％'])), streamed: true, code: 'percent-format-mixed' },
  { name: '30 signed growth', files: one(values(['-3.2%', '−3.2%', '－3.2%', '▼3.2%', '↓3.2%'])), streamed: true, code: 'arrow-sign' },
  { name: '31 full-width digits and spaces', files: one(values(['１２３４', '3 500', '3\u00a0500', '3　500', '35\u200b00'])), streamed: true, code: 'whitespace-in-number' },
  { name: '32 Chinese numerals', files: one(values(['一千二百', '十二', '两万', '三千万万'])), streamed: true, code: 'chinese-numeral' },
  { name: '33 Excel-damaged codes', files: one(file(plant(COL.code, unitOf(0), unitOf(0).map(() => '1.20112E+11')))), streamed: true, code: 'code-scientific' },
  { name: '34 date periods', files: one(file(plant(COL.period, [0, 1, 2, 3], ['2024/3/1', '2024/3/1', '2024/3/1', '2024/3/1']))), streamed: true, code: 'date-as-month' },
  { name: '34 unparseable period', files: one(file(plant(COL.period, [0], ['下个月']))), streamed: true, code: 'period-invalid' },
  { name: '35 period labels (keys and half-years)', files: one(file(BODY.map((l) => l.replace(',2024-01,', ',2024年1月,').replace(',2024-02,', ',2024H1,')))), streamed: true, code: null },
  { name: '35 cumulative next to single periods', files: one(file(BODY.map((l) => l.replace(',2024-03,', ',2024-C03,')))), streamed: true, code: 'period-mixed-cumulative' },
  { name: '36 unit suffixes', files: one(values(['3500人', '1200户'])), streamed: true, code: 'unit-mixed' },
  { name: '37 duplicate entity rows', files: one(file([...BODY, BODY[0]!, BODY[1]!])), streamed: true, code: 'duplicate-row' },
  { name: '38 formula-like names', files: one(file(plant(COL.unit, [...unitOf(1), ...unitOf(2)], [...unitOf(1).map(() => '=SUM(B2:B5)'), ...unitOf(2).map(() => '"=HYPERLINK(""http://x"",""点击"")"')]))), streamed: true, code: 'formula-like-text' },
  { name: '39 HTML in a name', files: one(file(plant(COL.unit, unitOf(1), unitOf(1).map(() => '<img src=x onerror=alert(1)>')))), streamed: true, code: null },
  { name: '40 NUL and control characters', files: one(file(plant(COL.unit, [5], ['东\u0000湖社区']))), streamed: true, code: 'control-char' },
  { name: '41 header only', files: one(file([])), streamed: true, code: 'header-only' },
  { name: '42 many columns (limit shrunk)', files: one(file(BODY)), opts: { limits: { ...FILE_LIMITS, warnColumns: 7 } }, streamed: true, code: 'file-large' },
  { name: '43 the same file twice', files: [...one(file(BODY)), ...one(file(BODY))], streamed: true, code: 'same-file' },
  { name: '44 single column', files: one(file(BODY.map((l) => l.split(',')[3]!), '\r\n', '社区')), streamed: true, code: 'single-column' },
  { name: '45 trailing delimiter', files: one(file(BODY.map((l) => l + ','), '\r\n', HEADER + ',')), streamed: true, code: 'trailing-delimiter' },
];

describe('catalogue cases as long files: our tokenizer = papaparse, streamed unless the file must be read again', () => {
  it.each(cases)('$name (streamed in one pass: $streamed)', ({ files, streamed, code, opts }) => {
    const r = expectSame(files, opts);
    expect(r.took, r.why).toBe(streamed);
    if (code) expect(r.general.report.issues.map((i) => i.code)).toContain(code);
  });
});
