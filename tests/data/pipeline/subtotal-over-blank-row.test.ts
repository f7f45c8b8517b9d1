import { describe, expect, it } from 'vitest';
import { importText } from './import-helpers';

const notes = (text: string): string[] =>
  importText(text, '2024年3月.csv').report.issues.filter((i) => i.code === 'subtotal-rows').map((i) => `${i.line} ${i.message}`);

describe('a 小计 over a row whose cell is blank', () => {
  it('in a wide file, is said to be unchecked because of that blank row, naming both lines', () => {
    expect(notes('社区,就业人数\n甲社区,300\n乙社区,\n小计,580\n丙社区,10\n')).toEqual([
      '4 第4行是小计/合计行，不作为社区导入；其所含的第3行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });

  it('in a long file, the same', () => {
    expect(notes('社区,月份,指标,数值\n甲社区,2024年3月,就业人数,300\n乙社区,2024年3月,就业人数,\n小计,2024年3月,就业人数,580\n')).toEqual([
      '4 第4行是小计/合计行，不作为社区导入；其所含的第3行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });

  it('a row of text that is no number (见附件) is named as one without a number, not as blank', () => {
    expect(notes('社区,就业人数\n甲社区,300\n乙社区,见附件\n小计,580\n')).toEqual([
      '4 第4行是小计/合计行，不作为社区导入；其所含的第3行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });

  it('an approximate row (约) is still said to be approximate; a blank row after a 小计 is not counted under it', () => {
    expect(notes('社区,就业人数\n甲社区,300\n乙社区,约200\n小计,580\n')).toEqual([
      '4 第4行是小计/合计行，不作为社区导入；其数值或所含各行有约数、非确数，未能精确核对',
    ]);
    expect(notes('社区,就业人数\n甲社区,300\n乙社区,\n小计,580\n丙社区,10\n丁社区,\n戊社区,5\n小计,15\n')).toEqual([
      '4 第4、8行是小计/合计行，不作为社区导入；其所含的第3、6行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });
});
