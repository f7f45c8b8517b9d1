import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseRows } from '../../../src/data/rows/parse-rows';

describe('parseRows', () => {
  it('gives each record its physical start line, counting quoted newlines', () => {
    const r = parseRows('社区,备注\r\n东湖,"两行\r\n备注"\r\n西山,"三\n行\n备注"\r\n北辰,x\r\n', ',', '\r\n', 'f.csv');
    expect(r.rows).toEqual([['社区', '备注'], ['东湖', '两行\r\n备注'], ['西山', '三\n行\n备注'], ['北辰', 'x']]);
    expect(r.lines).toEqual([1, 2, 4, 7]);
    expect(r.issues).toEqual([]);
  });

  it('keeps blank lines as records and drops only the final newline', () => {
    const r = parseRows('a,b\n\n,\n1,2\n', ',', '\n', 'f.csv');
    expect(r.rows).toEqual([['a', 'b'], [''], ['', ''], ['1', '2']]);
    expect(r.lines).toEqual([1, 2, 3, 4]);
  });

  it('blocks an unclosed quote that swallows the rest (#15)', () => {
    const r = parseRows('社区,备注\n东湖,"未闭合\n西山,正常\n', ',', '\n', 'f.csv');
    expect([...r.broken]).toEqual([1]);
    const e = r.issues.find((i) => i.code === 'unclosed-quote')!;
    expect(e.severity).toBe('error');
    expect([e.line, e.column]).toEqual([2, 2]);
    expect(e.message).toContain('第2行第2列：引号未闭合');
  });

  it('keeps a quote inside an unquoted field literally (#16)', () => {
    const r = parseRows('a,b\n他说"好",1\n', ',', '\n', 'f.csv');
    expect(r.rows[1]).toEqual(['他说"好"', '1']);
    expect(r.issues).toEqual([]);
  });

  it('strips NUL and ^Z with a warning (#40) and stray CR in an LF file (#20)', () => {
    const r = parseRows('a,b\r\n东\u0000湖,1\n西山,2\n\u001A', ',', '\n', 'f.csv');
    expect(r.rows).toEqual([['a', 'b'], ['东湖', '1'], ['西山', '2']]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['control-char', 2], ['stray-cr', 1]]);
  });

  it('parses CR-only files', () => {
    const r = parseRows('a,b\r1,2\r3,4', ',', '\r', 'f.csv');
    expect(r.rows).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(r.lines).toEqual([1, 2, 3]);
  });

  it('agrees with a direct papaparse parse on tricky fixtures', () => {
    const fixtures: [string, string, '\n' | '\r\n'][] = [
      ['a,"b,c"\n"d""e",f', ',', '\n'],
      ['x\t"y\ty"\r\n1\t2', '\t', '\r\n'],
      ['"q\nr",s\n,,\n', ',', '\n'],
      ['社区;人口\n东湖;"1;2"', ';', '\n'],
    ];
    for (const [text, d, nl] of fixtures) {
      const direct = Papa.parse<string[]>(text, { delimiter: d, newline: nl }).data;
      if (text.endsWith(nl)) direct.pop();
      expect(parseRows(text, d, nl, 'f.csv').rows).toEqual(direct);
    }
  });

  it.each([
    ['unquoted', '代码,值\n="120112100001",="0012"\n', ['120112100001', '0012']],
    ['quoted as Excel writes it', '代码,值\n"=""120112100001""","=""0012"""\n', ['120112100001', '0012']],
    ['a quote inside, doubled', '名称,值\n"=""他说""""好""""""",1\n', ['他说"好"', '1']],
    ['empty text', '名称,值\n="",1\n', ['', '1']],
  ])('reads a cell that is exactly ="…" (Excel\'s text-forcing cell), %s, as the text inside, with one note', (_name, text, row) => {
    const r = parseRows(text, ',', '\n', 'f.csv');
    expect(r.rows[1]).toEqual(row);
    const notes = r.issues.filter((i) => i.code === 'excel-text-cells');
    expect(notes.map((i) => [i.severity, i.line, i.column])).toEqual([['info', 2, 1]]);
    expect(notes[0]!.message).toContain('第2行第1列');
  });

  it('names the first ="…" cell in one note per file', () => {
    const r = parseRows('社区,值\n东湖,1\n西山,="12"\n="北辰",="0012"\n', ',', '\n', 'f.csv');
    expect(r.rows.slice(2)).toEqual([['西山', '12'], ['北辰', '0012']]);
    const notes = r.issues.filter((i) => i.code === 'excel-text-cells');
    expect(notes.map((i) => [i.line, i.column])).toEqual([[3, 2]]);
    expect(notes[0]!.message).toContain('第3行第2列');
  });

  it.each([
    ['a formula', '=SUM(B2:B5)'],
    ['two texts joined', '="a"&"b"'],
    ['space before', ' ="12"'],
    ['text after', '="12"x'],
    ['a lone quote inside', '="a"b"'],
    ['no closing quote', '="12'],
  ])('keeps %s as it is: only a cell that is exactly ="…" is unwrapped', (_name, cell) => {
    const r = parseRows(`名称,值\n"${cell.replace(/"/g, '""')}",1\n`, ',', '\n', 'f.csv');
    expect(r.rows[1]).toEqual([cell, '1']);
    expect(r.issues.filter((i) => i.code === 'excel-text-cells')).toEqual([]);
  });
});
