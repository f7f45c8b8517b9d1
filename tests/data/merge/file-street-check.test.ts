import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const warned = (text: string, name: string) =>
  importText(text, name).report.issues.filter((i) => i.code === 'street-disagree-file').map((i) => [i.file, i.line, i.message]);

describe('a file named for one street whose street column never names it', () => {
  it('warns naming both streets and the first line; the rows stay under the column\'s street', () => {
    const r = importText('街道,社区,常住人口\n小白楼街道,花园路社区,3500\n小白楼街道,滨西社区,2100\n', '劝业场街道2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.parent)).toEqual(['小白楼街道', '小白楼街道']);
    const w = warned('街道,社区,常住人口\n小白楼街道,花园路社区,3500\n小白楼街道,滨西社区,2100\n', '劝业场街道2024年3月.csv');
    expect(w).toHaveLength(1);
    expect(w[0]![1]).toBe(2);
    expect(w[0]![2]).toContain('文件名写的是“劝业场街道”，但街道列中是“小白楼街道”');
  });

  it('says nothing when the column names the street once, spelt another way, or the file names no one street', () => {
    expect(warned('街道,社区,常住人口\n劝业场街道办事处,花园路社区,3500\n小白楼街道,滨西社区,2100\n', '劝业场街道2024年3月.csv')).toEqual([]);
    expect(warned('街道,社区,常住人口\n中北镇人民政府,东姜井社区,1200\n', '中北镇2024年3月.csv')).toEqual([]);
    expect(warned('街道,社区,常住人口\n小白楼街道,花园路社区,3500\n', '和平区各街道2024年3月.csv')).toEqual([]);
    expect(warned('社区,常住人口\n花园路社区,3500\n', '劝业场街道2024年3月.csv')).toEqual([]);
  });
});
