/**
 * Files whose every data row is a total (`本社区` in a community's own one-row table, read as a
 * total like 全社区): nothing to import, said as an error naming the row, never "导入成功，共0个数值"
 * over an empty dataset that replaces the data on screen.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { utf8 } from './import-helpers';

const own = (name: string, a: number, b: number) => `${name}2024年3月工作统计表\n社区,下岗失业人员,再就业人数\n本社区,${a},${b}\n`;

describe('files of total rows only', () => {
  it('are refused with an error at the first total row that says to write the community\'s name', () => {
    const r = importFiles([
      { name: '侯台社区2024年3月.csv', bytes: utf8(own('侯台社区', 35, 8)) },
      { name: '东姜井社区2024年3月.csv', bytes: utf8(own('东姜井社区', 41, 6)) },
    ]);
    expect(r.report.status).toBe('blocked');
    expect(r.dataset).toBeNull();
    const e = r.report.issues.filter((i) => i.severity === 'error');
    expect(e.map((i) => [i.code, i.file, i.line])).toEqual([['subtotal-rows-only', '侯台社区2024年3月.csv', 3]]);
    expect(e[0]!.message).toContain('本社区');
    expect(e[0]!.message).toContain('改为社区名称');
  });

  it('a file of communities beside them still imports them, and the totals are no error', () => {
    const r = importFiles([
      { name: '侯台社区2024年3月.csv', bytes: utf8(own('侯台社区', 35, 8)) },
      { name: '中北镇2024年3月.csv', bytes: utf8('社区,下岗失业人员,再就业人数\n溪秀苑社区,36,12\n合计,36,12\n') },
    ]);
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.some((i) => i.code === 'subtotal-rows-only')).toBe(false);
  });
});
