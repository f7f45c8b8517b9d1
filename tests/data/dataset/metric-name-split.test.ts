/**
 * A metric of the office's own whose header is worded a little otherwise next month (垃圾分类宣传次数,
 * then 垃圾分类宣传活动次数) is a second metric: the months cannot be set side by side. Each alone is
 * a plausible name, so when two such names never share a period a warning names both.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { utf8 } from '../pipeline/import-helpers';

const month = (m: number, header: string, v = 3) => ({ name: `2024年${m}月.csv`, bytes: utf8(`社区,常住人口,${header}\nA社区,100,${v}\nB社区,200,${v + 1}\n`) });
const said = (r: ReturnType<typeof importFiles>) => r.report.issues.filter((i) => i.code === 'metric-name-split').map((i) => [i.severity, i.file, i.line, i.message]);
const message = '指标“垃圾分类宣传活动次数”与“垃圾分类宣传次数”名称只差几个字，而没有哪一期两个都有，已按两个指标分别导入，前后各期接不起来。如是同一指标，请把表头改成一样后重新导入';

describe('a custom metric worded otherwise in another month', () => {
  it('added onto saved data: a warning names both, at the new file', () => {
    const r = importFiles([month(2, '垃圾分类宣传活动次数')], { existing: importFiles([month(1, '垃圾分类宣传次数')]).dataset! });
    expect(r.report.status).toBe('ok');
    expect(said(r)).toEqual([['warning', '2024年2月.csv', 2, message]]);
  });

  it('in one import: the same warning, once, at the later month', () => {
    expect(said(importFiles([month(2, '垃圾分类宣传活动次数'), month(1, '垃圾分类宣传次数')]))).toEqual([['warning', '2024年2月.csv', 2, message]]);
  });

  it('says nothing of two such metrics side by side in one month, of unlike names, or of the same name again', () => {
    const both = { name: '2024年1月.csv', bytes: utf8('社区,垃圾分类宣传次数,垃圾分类宣传活动次数\nA社区,1,2\n') };
    expect(said(importFiles([both]))).toEqual([]);
    expect(said(importFiles([month(2, '文明实践活动次数')], { existing: importFiles([month(1, '垃圾分类宣传次数')]).dataset! }))).toEqual([]);
    expect(said(importFiles([month(2, '垃圾分类宣传次数')], { existing: importFiles([month(1, '垃圾分类宣传次数')]).dataset! }))).toEqual([]);
    // Saved data's own two names (warned about when they came) are not named again.
    const saved = importFiles([month(1, '垃圾分类宣传次数'), month(2, '垃圾分类宣传活动次数')]).dataset!;
    expect(said(importFiles([month(3, '垃圾分类宣传活动次数')], { existing: saved }))).toEqual([]);
  });
});
