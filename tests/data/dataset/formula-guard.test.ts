import { describe, expect, it } from 'vitest';
import { guardFormula } from '../../../src/data/dataset/formula-guard';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","点击")', `'=HYPERLINK("http://x","点击")`],
    ['=1+1', `'=1+1`],
    ['@cmd', `'@cmd`],
    ['+1', `'+1`], // issue #5 fixture: plus-signed text is escaped
    ['+cmd', `'+cmd`],
    ['-abc', `'-abc`],
    ['-2+3+cmd|\' /C calc\'!A0', `'-2+3+cmd|' /C calc'!A0`],
    ['\tTAB', `'\tTAB`],
    ['\rCR', `'\rCR`],
    ['  =1+1', `'  =1+1`],
    ['\u00a0=1+1', `'\u00a0=1+1`],
    ['\u3000@x', `'\u3000@x`],
    ['-3.2', '-3.2'],
    ['-3%', '-3%'],
    ['-1,234.5', '-1,234.5'],
    ['-.5', '-.5'],
    ['-1e3', '-1e3'],
    ['-3.2abc', `'-3.2abc`],
    ['-', `'-`],
    ['祥福里社区', '祥福里社区'],
    ['3500余', '3500余'],
    ['a=b', 'a=b'],
    ['', ''],
    ['  ', '  '],
  ])('%j → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });
});
