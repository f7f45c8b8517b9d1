/**
 * The streaming byte-level tokenizer against papaparse (through parse-rows.ts, the reader it stands
 * in for, on the decoded text): on every input it accepts, as UTF-8 or GB18030 bytes cut into
 * pieces of any size (inside characters too), it gives papaparse's rows, lines and issues; it
 * declines only what papaparse reads by error recovery (bad or unclosed quotes), and bytes of
 * another encoding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { canRead, CsvTokenizer } from '../../../src/data/rows/csv-tokenizer';
import type { Newline } from '../../../src/data/rows/detect-delimiter';
import { parseRows } from '../../../src/data/rows/parse-rows';

interface Read { rows: string[][]; lines: number[]; issues: string[] }

type Encoding = 'utf-8' | 'gb18030';
const bytesOf = (text: string, encoding: Encoding): Uint8Array =>
  encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, 'gb18030'));

/** The tokenizer's rows of `text` as bytes of `encoding`, pushed in pieces of the given byte lengths; null when declined. */
function tokenize(text: string, delimiter: string, newline: Newline, pieces: readonly number[] = [], encoding: Encoding = 'utf-8'): Read | null {
  const t = tokenizer(text, delimiter, newline, pieces, encoding);
  return t.declined === null ? t.read : null;
}

function tokenizer(text: string, delimiter: string, newline: Newline, pieces: readonly number[], encoding: Encoding): { read: Read; declined: string | null } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const t = new CsvTokenizer(delimiter, newline, 'f.csv', encoding, { row: (cells, line) => { rows.push(cells); lines.push(line); } });
  const bytes = bytesOf(text, encoding);
  const read = (): { read: Read; declined: string | null } =>
    ({ read: { rows, lines, issues: t.hygiene.issues().map((i) => `${i.code}@${i.line}:${i.column ?? 0}`) }, declined: t.declined });
  let at = 0;
  for (const p of pieces) {
    if (at >= bytes.length) break;
    if (!t.push(bytes.subarray(at, at + p))) return read();
    at += p;
  }
  if (at < bytes.length && !t.push(bytes.subarray(at))) return read();
  t.end();
  return read();
}

function papa(text: string, delimiter: string, newline: Newline): Read & { quoteErrors: number } {
  const r = parseRows(text, delimiter, newline, 'f.csv');
  const quoteErrors = r.issues.filter((i) => i.code === 'unclosed-quote' || i.code === 'invalid-quotes').length;
  return {
    rows: r.rows, lines: r.lines, quoteErrors,
    issues: r.issues.filter((i) => i.code === 'control-char' || i.code === 'stray-cr' || i.code === 'excel-text-cells').map((i) => `${i.code}@${i.line}:${i.column ?? 0}`),
  };
}

const CASES: readonly [string, string, string, Newline][] = [
  ['plain', 'a,b\n1,2\n', ',', '\n'],
  ['no final newline', 'a,b\n1,2', ',', '\n'],
  ['CRLF', '社区,人数\r\n东湖,3\r\n', ',', '\r\n'],
  ['CR only', 'a,b\r1,2\r', ',', '\r'],
  ['quoted delimiter', '名称,值\n"东湖,西山","1,568"\n', ',', '\n'],
  ['doubled quotes', 'a\n"""4050""人员安置"\n', ',', '\n'],
  ['newline in quotes', 'a,b\n"常住人口\n（人）",2\nx,3\n', ',', '\n'],
  ['CRLF in quotes', 'a,b\r\n"x\r\ny",2\r\nz,3\r\n', ',', '\r\n'],
  ['quote inside unquoted', 'a,b\n他说"好",1\n', ',', '\n'],
  ['stray CR in LF file', 'a,b\n1,2\r\n3,4\n', ',', '\n'],
  ['blank lines', 'a,b\n\n1,2\n,\n', ',', '\n'],
  ['trailing delimiter', 'a,b,\n1,2,\n', ',', '\n'],
  ['tab', 'a\tb\n1\t2\n', '\t', '\n'],
  ['semicolon', 'a;b\n"1;5";2\n', ';', '\n'],
  ['full-width comma', '社区，人口\n东湖，1\n', '，', '\n'],
  ['NUL', 'a,b\n东\u0000湖,1\n', ',', '\n'],
  ['^Z inside quotes', 'a,b\n"\u001A",1\n', ',', '\n'],
  ['empty quoted', 'a,b\n"",""\n', ',', '\n'],
  ['quoted at end without newline', 'a,b\n1,"x"', ',', '\n'],
  ['lone CR in CRLF cell', 'a,b\r\nx\ry,2\r\n', ',', '\r\n'],
  ['full-width comma after a cell that begins like it', '名称，值\nA：，1\nA，2\n', '，', '\n'],
  ['pipe', '社区|人口\n"东|湖"|1\n', '|', '\n'],
  ['a name repeated rows apart', '社区,指标,值\n东湖,常住人口,3\n东湖,户数,4\n西山,常住人口,3\n', ',', '\n'],
  ['LF in CR file cell', 'a,b\rx\ny,2\r', ',', '\r'],
  ['Excel text cells, unquoted', '代码,值\n="120112100001",="0012"\n="120112100001",="0013"\n', ',', '\n'],
  ['Excel text cells, quoted', '代码,值\n"=""120112100001""","=""0012"""\n1,"=""x"""\n', ',', '\n'],
  ['Excel text cell after a plain row', 'a,b\n1,2\n1,="2"\n', ',', '\n'],
  ['Excel text cell inside a row with a line break', 'a,b\n="1","x\ny"\n', ',', '\n'],
];

describe('CsvTokenizer', () => {
  it.each(CASES)('%s: same rows, lines and issues as papaparse, whole and in 1-byte pieces, in UTF-8 and GB18030', (_name, text, d, nl) => {
    const expected = papa(text, d, nl);
    const { quoteErrors, ...want } = expected;
    expect(quoteErrors).toBe(0);
    for (const encoding of ['utf-8', 'gb18030'] as const) {
      if (!canRead(d, encoding)) continue;
      expect(tokenize(text, d, nl, [], encoding)).toEqual(want);
      expect(tokenize(text, d, nl, Array.from({ length: 4 * text.length }, () => 1), encoding)).toEqual(want);
    }
  });

  it('reads GB18030 only with delimiters no GB18030 character holds', () => {
    expect(canRead(',', 'gb18030') && canRead('\t', 'gb18030') && canRead(';', 'gb18030')).toBe(true);
    // | is a possible second byte of a GBK character, and the full-width comma's two bytes can straddle two.
    expect(canRead('|', 'gb18030') || canRead('，', 'gb18030')).toBe(false);
    expect(() => new CsvTokenizer('|', '\n', 'f.csv', 'gb18030', { row: () => {} })).toThrow();
  });

  it('declines bytes of another encoding: a UTF-8 line in GB18030, bytes UTF-8 refuses, a U+FFFD', () => {
    const gbLines = new Uint8Array(iconv.encode('社区,人口\n东湖,1\n', 'gb18030'));
    const utf8Line = new TextEncoder().encode('西山,2\n');
    const read = (bytes: Uint8Array, encoding: Encoding): string | null => {
      const t = new CsvTokenizer(',', '\n', 'f.csv', encoding, { row: () => {} });
      if (t.push(bytes)) t.end();
      return t.declined;
    };
    expect(read(new Uint8Array([...gbLines, ...utf8Line]), 'gb18030')).toBe('encoding');
    expect(read(gbLines, 'gb18030')).toBeNull();
    expect(read(gbLines, 'utf-8')).toBe('encoding');
    expect(read(new TextEncoder().encode('社区,人口\n东\uFFFD湖,1\n'), 'utf-8')).toBe('encoding');
    // The same line in a quoted, multi-line record is judged line by line.
    expect(read(new Uint8Array([...gbLines, ...new TextEncoder().encode('"西\n山",2\n')]), 'gb18030')).toBe('encoding');
    // Text decoded elsewhere (judge false) keeps its U+FFFD: decodeBytes reported it.
    const rows: string[][] = [];
    const t = new CsvTokenizer(',', '\n', 'f.csv', 'utf-8', { row: (cells) => rows.push(cells) }, false);
    expect(t.push(new TextEncoder().encode('a,b\n\uFFFD,1\n')) && t.end()).toBe(true);
    expect(rows[1]).toEqual(['\uFFFD', '1']);
  });

  it.each([
    ['unclosed quote', 'a,b\n东湖,"未闭合\n西山,正常\n'],
    ['text after a closing quote', 'a,b\n"x"y,1\n'],
  ])('declines %s (papaparse reports a quote problem)', (_name, text) => {
    expect(tokenizer(text, ',', '\n', [], 'utf-8').declined).toBe('quotes');
    expect(papa(text, ',', '\n').quoteErrors).toBeGreaterThan(0);
  });

  it.each([['at the end', 'a,b\n1,2\n\u001A'], ['then a line end', 'a,b\r\n1,2\r\n\u001A\r\n'], ['glued', 'a,b\n1,2\u001A']])(
    'declines a ^Z end-of-file mark %s (papaparse reads that file without it)', (_name, text) => {
      expect(tokenize(text, ',', text.includes('\r') ? '\r\n' : '\n')).toBeNull();
    });

  it('a column it stopped comparing with the row before (values of a wide file) still reads quoted, repeated and empty cells', () => {
    // Columns 1 and 2 differ on every row, so after two rows split() compares them only on every
    // eighth record; then a quoted cell, a cell equal to the one above, an empty one and a
    // longer row come in them, on records that are and are not compared.
    const rows = ['c,x,y'];
    for (let r = 0; r < 24; r++) rows.push(`u,${r},${100 + r}`);
    rows.push('u,"7,5",125', 'u,"7,5",125', 'u,,', 'u,3,3,extra', 'u,3,"a""b"', 'u,44,44', 'u,44,44', 'u,"",1');
    for (const newline of ['\n', '\r\n'] as const) {
      const text = rows.join(newline) + newline;
      const want = papa(text, ',', newline);
      for (const pieces of [[], [5, 7, 300], [64, 1, 1, 2]]) {
        const got = tokenize(text, ',', newline, pieces)!;
        expect(got.rows).toEqual(want.rows);
        expect(got.lines).toEqual(want.lines);
      }
    }
  });

  it('reads digit cells that share their first digits with the cell above, have leading zeros, or go on with other characters', () => {
    // A cell's first bytes may match the cell above's (12 under 123): its digits' value is then not
    // the cell's from its start; 0012 and 12, 7 and 07 are different texts; 1234 goes on as 12345 or 1234a.
    const some = ['123', '12', '124', '1240', '0012', '12', '012', '7', '07', '0', '00', '9999', '99999', '1234a', '1234', '12.5', '-12', '1e3', '0'];
    // 124 under 123 matches 12 in place; its last digit alone is 4, as 004 and 04 are: on every eighth record too.
    const cells = [...some, ...Array.from({ length: 48 }, (_, r) => ['123', '124', '004', '12', '13', '03', '3'][r % 7]!)];
    const rows = ['c,x,y,z'];
    for (let r = 0; r < cells.length; r++) rows.push(`u,${cells[r]},${cells[r]},${cells[cells.length - 1 - r]}`);
    for (const newline of ['\n', '\r\n'] as const) {
      const text = rows.join(newline) + newline;
      for (const pieces of [[], [3, 5, 300], [1, 1, 2]]) {
        const got = tokenize(text, ',', newline, pieces)!;
        expect(got.rows.slice(1).map((r) => r[1])).toEqual(cells);
        expect(got.rows.slice(1).map((r) => r[2])).toEqual(cells);
        expect(got.rows.slice(1).map((r) => r[3])).toEqual([...cells].reverse());
      }
    }
  });

  it('declines spaces between a closing quote and the delimiter (papaparse skips them: it reads that file)', () => {
    expect(tokenize('a,b\n"x" ,1\n', ',', '\n')).toBeNull();
  });

  it('agrees with papaparse on generated well-formed files cut into random pieces (declining only a ^Z)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', '东湖社区', '3500余', '1,568', '"', '""', 'a"b', '\r', '\n', '\r\n', ' ', '\t', ';', '\u0000', '\u001A', '１２', '="0012"', '="=""a"""', '=""', '="'),
      fc.string({ maxLength: 6 }),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(
      table, fc.constantFrom(',', '\t', ';'), fc.constantFrom<Newline>('\n', '\r\n', '\r'), fc.boolean(), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 }),
      (rows, d, nl, quoteAll, pieces) => {
        const text = rows.map((r) => r.map((c) => (quoteAll || /[",\r\n;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join(nl)
          + (pieces.length % 2 === 0 ? nl : '');
        const mine = tokenize(text, d, nl, pieces, pieces.length % 3 === 0 ? 'gb18030' : 'utf-8');
        const theirs = papa(text, d, nl);
        // Every generated file is well-formed RFC 4180: only a ^Z end mark may be declined.
        if (mine === null) return text.includes('\u001A');
        const { quoteErrors, ...want } = theirs;
        expect(quoteErrors).toBe(0);
        expect(mine).toEqual(want);
        return true;
      },
    ), { numRuns: 3000, seed: 20261204 });
  });

  it('also agrees on raw generated text with quotes in odd places', () => {
    const chars = fc.constantFrom('a', '东', ',', '"', '\n', '\r', ' ', '1', '\u0000');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom<Newline>('\n', '\r\n', '\r'),
      fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 20 }), (text, nl, pieces) => {
        const mine = tokenize(text, ',', nl, pieces);
        if (mine === null) return true;
        const { quoteErrors, ...want } = papa(text, ',', nl);
        expect(quoteErrors).toBe(0);
        expect(mine).toEqual(want);
        return true;
      }), { numRuns: 5000, seed: 7 });
  });
});
