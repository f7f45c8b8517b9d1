/** compact: a row label's compact form, held to its definition (NFKC, no spaces, no trailing colon) on any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact } from '../../../src/data/cells/row-label';

const definition = (label: string): string => label.normalize('NFKC').replace(/\s+/g, '').replace(/[:：]$/, '');

/** Characters at and around the edges of the ranges compact leaves as they are, and ones NFKC changes. */
const EDGES = [
  ' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u2003', '!', '~', '\u007f', ':', '：', '::', '：:',
  '\u4e00', '\u9fff', '\u4dff', '\ua000', '\u3400', '\uf900', '\ufa10', '\u2f00', '\u2e80', '\u3220', '\u2460', '\u33a1',
  'Ａ', '１', '（', '）', '，', '\uff61', '\uff76', '\u00bd', '\u2126', 'e\u0301', '\u0301', '\u00b2', '\ud840\udc00', '\ud87e\udc00',
  '社区', '村', '合计', '小计', '填表人', '劝业场街道', '120101001001', '2024-03', '其中', '(', ')',
];

describe('compact', () => {
  it.each([
    ['花园路社区', '花园路社区'], ['合计:', '合计'], ['合计：', '合计'], ['合 计', '合计'], ['合\u3000计', '合计'],
    ['Ｐａｇｅ１', 'Page1'], ['填表人：', '填表人'], ['', ''], [':', ''], ['a:b', 'a:b'], ['\uf900', '\u8c48'],
  ])('%j → %j', (label, want) => {
    expect(compact(label)).toBe(want);
    expect(definition(label)).toBe(want);
  });

  it('is the definition on any text of edge characters and ordinary ones', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (label) => { expect(compact(label)).toBe(definition(label)); }), { numRuns: 3000 });
  });
});
