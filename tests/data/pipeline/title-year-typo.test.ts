// @vitest-environment node
/**
 * A year mistyped in the title row, the file name or the sheet name: `2O24年` (the letter O for 0)
 * is read as 2024 and said; `2204年`, `20244年` (no year at all) are never read as a year nor
 * passed over in silence: said where they are, and the period taken from the file name when it
 * gives one, else the import stops saying what to fix. A title's warning names its line, and no
 * column, as every warning about the table's own period does (column 0: about every row's period).
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText } from './import-helpers';
import { book } from './workbook-helpers';

const table = (title: string): string => `${title}\n社区,常住人口,户数\n花园路社区,3000,1200\n滨西社区,2000,800\n`;
const said = (r: ReturnType<typeof importText>, code: string) => r.report.issues.filter((i) => i.code === code);

describe('a title row whose year is no year (2204年3月, 20244年3月)', () => {
  it.each([['2204年3月社区工作统计表', '2204'], ['20244年3月社区工作统计表', '20244'], ['204年3月社区工作统计表', '204']])(
    '%s under a file name giving 2024年3月: the file name\'s period, with a warning at the title\'s line', (title, year) => {
      const r = importText(table(title), '东湖街道2024年3月.csv');
      expect(r.report.status).toBe('ok');
      expect(r.dataset!.periods).toEqual(['2024-03']);
      const w = said(r, 'period-year-typo');
      expect(w).toMatchObject([{ severity: 'warning', file: '东湖街道2024年3月.csv', line: 1, column: 0 }]);
      expect(w[0]!.message).toBe(`标题行：“${year}年”中的“${year}”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份`);
      expect(said(r, 'period-from-file-name')).toHaveLength(1);
    });

  it('with no other period: the import stops, the warning naming the year to fix and the error pointing to it', () => {
    const r = importText(table('2204年3月社区工作统计表'), '社区统计.csv');
    expect(r.report.status).toBe('blocked');
    expect(said(r, 'period-year-typo').map((i) => `${i.line}:${i.column}`)).toEqual(['1:0']);
    expect(said(r, 'no-period')[0]!.message).toMatch(/^找不到统计期间（标题行或文件名中的时间见上方警告，不能作为统计期间）/);
  });

  it('a file name whose year is no year is said too (文件名：…), the title\'s period used', () => {
    const r = importText(table('2024年3月社区工作统计表'), '东湖街道2204年3月.csv');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(said(r, 'period-year-typo').map((i) => i.message)).toEqual(['文件名：“2204年”中的“2204”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份']);
  });

  it.each(['从事社区工作24年', '建党103周年社区统计表', '2024年3月社区工作统计表', '区划代码：120101001001 2024年3月', '12345号楼社区统计表',
    '具有2500年历史的古镇社区2024年3月统计表', '建镇2300多年的古镇2024年3月统计表', '2200余年来古镇社区2024年3月统计表', '传承2800年以来的古村2024年3月统计表',
    '延续2600年之久的古村2024年3月统计表', '2500年古镇社区2024年3月统计表', '2500周年古镇社区2024年3月统计表', '建镇2200年的古镇社区2024年3月统计表', '2800年的古村落2024年3月统计表'])('%s: no year typo', (title) => {
    const r = importText(table(title), '东湖街道2024年3月.csv');
    expect(said(r, 'period-year-typo')).toEqual([]);
    expect(said(r, 'period-year-letter')).toEqual([]);
  });
});

describe('a title row whose year has the letter O for 0 (2O24年3月)', () => {
  it.each([['2O24年3月社区工作统计表', 'O', '0'], ['2o24年3月社区工作统计表', 'o', '0'], ['20l4年3月社区工作统计表', 'l', '1']])(
    '%s: read as its year, with a warning at the title\'s line', (title, letter, digit) => {
      const r = importText(table(title), '社区统计.csv');
      expect(r.report.status).toBe('ok');
      const year = title.slice(0, 4).replace(letter, digit);
      expect(r.dataset!.periods).toEqual([`${year}-03`]);
      expect(said(r, 'period-year-letter')).toMatchObject([{ severity: 'warning', line: 1, column: 0,
        message: `标题行：年份“${title.slice(0, 4)}”中把数字${digit}打成了字母${letter}，已按${year}年读取；请在源表改正` }]);
    });
});

describe('a sheet named with a year that is no year or has a letter for a digit', () => {
  const one = (sheet: string, file: string) => importFiles([{ name: file, bytes: book([[sheet, [['社区', '常住人口'], ['花园路社区', 3000]]]]) }], { workbookLib: XLSX });

  it('2204年3月 under a file name giving 2024年3月: the file name\'s, and the sheet name said', () => {
    const r = one('2204年3月', '东湖街道2024年3月.xlsx');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(said(r, 'period-year-typo').map((i) => i.message)).toEqual(['工作表名：“2204年”中的“2204”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份']);
  });

  it('2O24年3月 under a file name naming no period: read as 2024年3月, the sheet name said', () => {
    const r = one('2O24年3月', '东湖街道.xlsx');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(said(r, 'period-year-letter').map((i) => i.message)).toEqual(['工作表名：年份“2O24”中把数字0打成了字母O，已按2024年读取；请在源表改正']);
  });
});

describe('a file name whose year has a letter for a digit, over sheets named by month (东湖街道2O24年.xlsx › 1月, 2月)', () => {
  it('the months are of 2024, and the file name is said (before, the year was read unsaid)', () => {
    const r = importFiles([{ name: '东湖街道2O24年.xlsx', bytes: book([['1月', [['社区', '常住人口'], ['花园路社区', 10]]], ['2月', [['社区', '常住人口'], ['花园路社区', 11]]]]) }], { workbookLib: XLSX });
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02']);
    expect([...new Set(said(r, 'period-year-letter').map((i) => i.message))]).toEqual(['文件名：年份“2O24”中把数字0打成了字母O，已按2024年读取；请在源表改正']);
  });
});

describe('a 期间 cell whose year is mistyped', () => {
  it('2204年3月 and 2O24年3月 stay refused, the error saying what is wrong with the year, not only that the period is unrecognised', () => {
    const r = importText('社区,期间,常住人口\n花园路社区,2204年3月,3000\n滨西社区,2O24年3月,2000\n红星社区,2024年3月,1000\n', '东湖街道.csv');
    expect(said(r, 'period-invalid').map((i) => `${i.line} ${i.message}`)).toEqual([
      '2 第2行第2列（期间）：期间“2204年3月”无法识别（“2204年”中的“2204”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份），请写成 2024年3月、2024年第一季度、2024年上半年 或 2024-03 等形式',
      '3 第3行第2列（期间）：期间“2O24年3月”无法识别（年份“2O24”中把数字0打成了字母O，应为2024；请在源表改正），请写成 2024年3月、2024年第一季度、2024年上半年 或 2024-03 等形式',
    ]);
  });
});
