import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { countDelimiters, detectDelimiter, detectNewline } from '../../../src/data/rows/detect-delimiter';

describe('detectNewline', () => {
  it.each([
    ['a,b\r\nc,d\r\n', '\r\n'],
    ['a,b\nc,d\n', '\n'],
    ['a,b\rc,d\r', '\r'],
    ['a,"x\ny"\r\nc,d\r\n', '\r\n'], // LF inside quotes does not count
    ['a,b\r\nc,d\ne,f\r\n', '\n'], // mixed: LF, stray CR trimmed later
    ['single line', '\n'],
  ])('%j → %j', (text, nl) => {
    expect(detectNewline(text)).toBe(nl);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['comma', '社区,人口,户数\n东湖,1,2\n西山,3,4\n', ',', false],
    ['tab with thousands separators (papaparse #60)', '社区\t人口\n东湖\t1,568\n西山\t2,300\n', '\t', false],
    ['semicolon with decimal comma (#18)', '社区;人口;比例\n东湖;3.500;1,5%\n西山;2.000;2,5%\n', ';', false],
    ['pipe', 'a|b|c\n1|2|3\n', '|', false],
    ['full-width comma (#19)', '社区，人口\n东湖，1\n西山，2\n', '，', false],
    ['single column (#44)', '社区\n东湖\n西山\n', ',', true],
    ['title row then comma table', '2024年上半年社区统计表\n社区,人口\n东湖,1\n西山,2\n', ',', false],
    ['quoted commas do not count', '社区,备注\n东湖,"甲,乙,丙"\n西山,"丁,戊"\n', ',', false],
    ['comma text beats a stray full-width comma', '社区,备注\n东湖,好，很好\n西山,一般\n', ',', false],
  ])('%s', (_n, text, delimiter, single) => {
    const g = detectDelimiter(text);
    expect(g.delimiter).toBe(delimiter);
    expect(g.singleColumn).toBe(single);
  });

  it('counts delimiters quote-aware, with quotes only opening a field', () => {
    expect(countDelimiters('a,"b,c",d', ',')).toBe(2);
    expect(countDelimiters('他说"好,吗",x', ',')).toBe(2);
    expect(countDelimiters('"a""b,c",d', ',')).toBe(1);
  });

  it('agrees with papaparse on clean fixtures where papaparse can guess', () => {
    for (const text of ['a,b,c\n1,2,3\n4,5,6', 'a\tb\n1\t2\n3\t4', 'a;b;c\n1;2;3\n4;5;6', 'a|b\n1|2\n3|4']) {
      const papa = Papa.parse(text).meta.delimiter;
      expect(detectDelimiter(text).delimiter).toBe(papa);
    }
  });
});
