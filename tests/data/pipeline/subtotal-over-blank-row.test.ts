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
      '4 第4行是小计/合计行，不作为社区导入；其所含的第3行的数值是约数（非确数），未能与各行之和精确核对',
    ]);
    expect(notes('社区,就业人数\n甲社区,300\n乙社区,\n小计,580\n丙社区,10\n丁社区,\n戊社区,5\n小计,15\n')).toEqual([
      '4 第4、8行是小计/合计行，不作为社区导入；其所含的第3、6行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });
});

describe('a street row or 合计 above its rows, over a row whose cells are blank', () => {
  it('河西镇 2100 over 东风村 (blank), 红旗村, 胜利村: unchecked because of 东风村\'s blank row, not as written above its rows', () => {
    expect(notes('村/社区,常住人口,户数\n河西镇,2100,700\n东风村,,\n红旗村,1200,400\n胜利村,900,300\n')).toEqual([
      '2 第2行是小计/合计行，不作为社区导入；其所含的第3行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });

  it('a 合计 on top of rows one of which is blank: the same', () => {
    expect(notes('社区,就业人数\n合计,580\n甲社区,300\n乙社区,\n')).toEqual([
      '2 第2行是小计/合计行，不作为社区导入；其所含的第4行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });
});
