import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const stop = (text: string): { line: number; column: number; message: string } => {
  const i = importText(text, '各社区统计.csv').report.issues.find((x) => x.code === 'no-period')!;
  return { line: i.line, column: i.column, message: i.message };
};

describe('a table refused for want of a period, a header cell\'s year mistyped', () => {
  it('names the header cell and says what is wrong with its year (a number that is no year)', () => {
    expect(stop('社区,常住人口2204年3月,常住人口2024年3月\n东湖社区,100,110\n')).toEqual({
      line: 1, column: 2,
      message: '找不到统计期间：第2列（B列）的列名“常住人口2204年3月”中，“2204年”中的“2204”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份后重新导入',
    });
  });

  it('names the header cell and says what is wrong with its year (a letter for a digit)', () => {
    expect(stop('社区,2O24年3月,2024年4月\n东湖社区,100,110\n')).toEqual({
      line: 1, column: 2,
      message: '找不到统计期间：第2列（B列）的列名“2O24年3月”中，年份“2O24”中把数字0打成了字母O，应为2024；请在源表改正后重新导入',
    });
  });
});
