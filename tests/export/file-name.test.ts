import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/export/file-name';

describe('safeFileName', () => {
  it.each([
    [['社区对比', '再就业人数', '2024年第二季度'], 'png', '社区对比_再就业人数_2024年第二季度.png'],
    [['再就业/失业:比较*?'], 'csv', '再就业_失业_比较.csv'],
    [['a\\b"c<d>e|f'], 'svg', 'a_b_c_d_e_f.svg'],
    [['行1\n行2\t\u0007'], 'pptx', '行1_行2.pptx'],
    [['  ..隐藏  '], 'xlsx', '隐藏.xlsx'],
    [[''], 'png', '导出.png'],
    [['CON'], 'csv', 'CON_.csv'],
    [['a', '', ' ', 'b'], '.png', 'a_b.png'],
    ['单个名称', 'pptx', '单个名称.pptx'],
  ] as const)('%j + %s → %s', (parts, ext, expected) => {
    expect(safeFileName(parts, ext)).toBe(expected);
  });

  it('caps very long names', () => {
    expect(safeFileName('长'.repeat(500), 'png')).toBe(`${'长'.repeat(120)}.png`);
  });
});
