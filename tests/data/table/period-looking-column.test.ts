/**
 * A table with no period column, title or file name period, but a column under another name whose
 * cells are periods (`填报月份`, `报送期`: 2024年3月 on every row): the error said only to add a 期间
 * column. It now names that column and what to do if it is the period.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

describe('no period found, a column of periods under another name', () => {
  it.each(['填报月份', '报送期', '月度'])('%s: the error names the column and its first period', (header) => {
    const r = importText(`街道,社区,${header},再就业人数\n咸水沽镇,溪秀苑社区,2024年3月,5\n咸水沽镇,侯台社区,2024年3月,6\n`);
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.filter((i) => i.code === 'no-period');
    expect(e).toHaveLength(1);
    expect(e[0]!.message).toBe(`找不到统计期间。第3列“${header}”的内容是期间（如“2024年3月”），但列名不是“期间”等统计期间的叫法；如该列就是统计期间，请把列名改为“期间”后重新导入，否则请增加“期间”列，或把期间写进文件名或标题行，如文件名“2024年3月.csv”`);
  });

  it('a text column that is no period: the error as before', () => {
    const r = importText('街道,社区,联系人,再就业人数\n咸水沽镇,溪秀苑社区,张三,5\n');
    expect(r.report.issues.find((i) => i.code === 'no-period')!.message.startsWith('找不到统计期间。请增加“期间”列')).toBe(true);
  });
});
