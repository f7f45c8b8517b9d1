import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const notes = (text: string): string[] =>
  importText(text, '2024年3月.csv').report.issues.filter((i) => i.code === 'subtotal-rows' || i.code === 'street-heading-row').map((i) => i.message);

describe('a subtotal row checked in some of its columns only', () => {
  it('a 小计 whose rows are blank in one column says which column was checked and which was not, and why', () => {
    expect(notes('社区,常住人口,户数\n花园路社区,3000,\n滨西社区,2000,\n小计,5000,2000\n')).toEqual([
      '第4行是小计/合计行，不作为社区导入，已与其所含各行之和核对；但只核对了常住人口，户数未能核对（其所含的第2行在这一列没有数值，空白或不是数字）',
    ]);
  });

  it('a street row over its communities, one column of them approximate, says the same of that column', () => {
    const text = '村/社区,常住人口,户数\n河西镇,2100,700\n红旗村,1200,约400\n胜利村,900,300\n';
    expect(notes(text)).toEqual([
      '第2行“河西镇”是街道（镇）行：其下各行按“河西镇”的社区导入；本行是该街道的小计，不作为社区导入，其数值与其下该街道各行之和核对的结果见小计/合计行的说明',
      '第2行是小计/合计行，不作为社区导入，已与其所含各行之和核对；但只核对了常住人口，户数未能核对（其所含的第3行在这一列的数值是约数）',
    ]);
  });

  it('a street row over a blank community row: the street row\'s note does not claim a check the subtotal note denies', () => {
    const text = '2024年3月各村统计表\n村/社区,常住人口,户数\n河西镇,2100,700\n东风村,,\n红旗村,1200,400\n胜利村,900,300\n';
    const all = importText(text, 'x.csv').report.issues.filter((i) => i.code === 'subtotal-rows' || i.code === 'street-heading-row').map((i) => i.message);
    expect(all).toEqual([
      '第3行“河西镇”是街道（镇）行：其下各行按“河西镇”的社区导入；本行是该街道的小计，不作为社区导入，其数值与其下该街道各行之和核对的结果见小计/合计行的说明',
      '第3行是小计/合计行，不作为社区导入；其所含的第4行没有数值（空白或不是数字），未能与各行之和核对；如为漏填，请补上后重新导入',
    ]);
  });

  it('a 合计 above a row with an approximate value says which row it is', () => {
    expect(notes('社区,再就业人数\n合计,20\n东湖社区,12\n西山社区,约8\n')).toEqual([
      '第2行是小计/合计行，不作为社区导入；其所含的第4行的数值是约数（非确数），未能与各行之和精确核对',
    ]);
  });
});
