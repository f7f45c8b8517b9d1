import { describe, expect, it } from 'vitest';
import { importText } from './import-helpers';

const conflicts = (text: string): string[] =>
  importText(text).report.issues.filter((i) => i.code === 'conflicting-values').map((i) => `${i.line} ${i.message} | ${i.messageEn}`);

describe('rows of 2024年3月（更正） beside rows of 2024年3月', () => {
  it('block with a conflict that says which row is marked 更正 and to keep only the corrected rows', () => {
    expect(conflicts('社区,月份,就业人数\n甲社区,2024年3月,300\n乙社区,2024年3月,20\n甲社区,2024年3月（更正）,310\n乙社区,2024年3月（更正）,20\n')).toEqual([
      '4 甲社区2024年3月的“就业人数”有两个不同的数值：第2行为300，第4行为310。第4行的期间写明“更正”，是更正后的数据：请只保留更正后的各行（删去更正前的第2行等），再重新导入'
      + ' | 甲社区 Mar 2024 就业人数 has two values: 300 (test.csv:2) and 310 (test.csv:4). test.csv:4 is marked 更正 (corrected): keep only the corrected rows (delete the old ones, test.csv:2 among them) and import again.',
    ]);
  });

  it('the same when the corrected row comes first, in a long file', () => {
    const text = '社区,期间,指标,数值\n甲社区,2024年3月(更正),就业人数,310\n甲社区,2024年3月,就业人数,300\n';
    expect(conflicts(text)).toEqual([
      '3 甲社区2024年3月的“就业人数”有两个不同的数值：第2行为310，第3行为300。第2行的期间写明“更正”，是更正后的数据：请只保留更正后的各行（删去更正前的第3行等），再重新导入'
      + ' | 甲社区 Mar 2024 就业人数 has two values: 310 (test.csv:2) and 300 (test.csv:3). test.csv:2 is marked 更正 (corrected): keep only the corrected rows (delete the old ones, test.csv:3 among them) and import again.',
    ]);
  });

  it('two plain rows that disagree keep the plain message', () => {
    expect(conflicts('社区,月份,就业人数\n甲社区,2024年3月,300\n甲社区,2024年3月,310\n')).toEqual([
      '3 甲社区2024年3月的“就业人数”有两个不同的数值：第2行为300，第3行为310。请核对后只保留一个 | 甲社区 Mar 2024 就业人数 has two values: 300 (test.csv:2) and 310 (test.csv:3).',
    ]);
  });
});
