/**
 * A 合计 under a row with an approximate value (`花园路社区,3500余`) said the sum could not be checked exactly but not which
 * row made it so. It names the approximate row's line, as a 合计 above its rows and a blank row's note do.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const note = (text: string): string[] =>
  importText(text, '劝业场街道2024年3月.csv').report.issues.filter((i) => i.code === 'subtotal-rows').map((i) => i.message);

describe('a 合计 below an approximate row', () => {
  it.each([
    ['3500余', '社区,常住人口\n花园路社区,3500余\n柳林社区,900\n合计,4400\n', 4, 2],
    ['约 in a later row', '社区,常住人口\n花园路社区,3500\n柳林社区,约900\n合计,4400\n', 4, 3],
    ['a blank row between', '社区,常住人口\n花园路社区,3500多\n\n柳林社区,900\n合计,4400\n', 5, 2],
    ['a 小计 of a street', '街道,社区,常住人口\n劝业场街道,花园路社区,3500余\n劝业场街道,柳林社区,900\n劝业场街道,小计,4400\n', 4, 2],
  ])('%s: the note names the approximate row', (_k, text, total, row) => {
    expect(note(text)).toEqual([`第${total}行是小计/合计行，不作为社区导入；其所含的第${row}行的数值是约数（非确数），未能与各行之和精确核对`]);
  });

  it('two columns, the second\'s row approximate: the first checked, the second\'s row named', () => {
    expect(note('社区,常住人口,户数\n花园路社区,3500,1200\n柳林社区,900,近400\n合计,4400,1600\n'))
      .toEqual(['第4行是小计/合计行，不作为社区导入，已与其所含各行之和核对；但只核对了常住人口，户数未能核对（其所含的第3行在这一列的数值是约数）']);
  });

  it('the 合计 itself approximate: said as before (no row of its to name)', () => {
    expect(note('社区,常住人口\n花园路社区,3500\n柳林社区,900\n合计,4400余\n')).toEqual(['第4行是小计/合计行，不作为社区导入；其数值或所含各行有约数、非确数，未能精确核对']);
  });
});
