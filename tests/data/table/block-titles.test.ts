/** Two tables side by side on the same lines, each under a title of its own period. */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

describe('2024年5月 over the left table and 2024年6月 over the right one, on one title row', () => {
  const TEXT = '2024年5月,,,,2024年6月,,\n社区,常住人口,户数,,社区,常住人口,户数\n新华社区,3100,880,,新华社区,3200,900\n光明社区,4000,1000,,光明社区,4100,1100\n';

  it('each table is read in its own title\'s period (was: refused, the right table\'s values said to conflict with May\'s)', () => {
    const r = importText(TEXT, '新华街道.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`)).toEqual([
      '光明社区|2024-05|households|1000', '光明社区|2024-05|residents|4000', '光明社区|2024-06|households|1100', '光明社区|2024-06|residents|4100',
      '新华社区|2024-05|households|880', '新华社区|2024-05|residents|3100', '新华社区|2024-06|households|900', '新华社区|2024-06|residents|3200']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const note = r.report.issues.find((i) => i.code === 'side-by-side-titles')!;
    expect([note.column, note.message]).toEqual([5, '左右两个表各有标题：左侧的表按“2024年5月”、右侧的表（第5列起）按“2024年6月”读取']);
  });

  it('titles naming their periods among words (2024年5月人口情况 | 2024年6月人口情况) too (was: refused as conflicting)', () => {
    const r = importText(TEXT.replace('2024年5月,', '2024年5月人口情况,').replace('2024年6月,', '2024年6月人口情况,'), '新华街道.csv');
    expect(r.report.status).toBe('ok');
    expect(new Set(observations(r.dataset).map((o) => o.period))).toEqual(new Set(['2024-05', '2024-06']));
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('one title over both, or titles that are no periods alone, leave the table as it was (a guard: passes before and after)', () => {
    const one = importText('2024年6月各社区,,,,,,\n社区,常住人口,户数,,社区,常住人口,户数\n新华社区,3200,900,,和平社区,2000,600\n', '新华街道.csv');
    expect(new Set(observations(one.dataset).map((o) => o.period))).toEqual(new Set(['2024-06']));
    expect(one.report.issues.filter((i) => i.code === 'side-by-side-titles')).toEqual([]);
  });
});

describe('新华街道 over the left table and 和平街道 over the right one, on one title row', () => {
  it('each table\'s communities are of the street titled over it, a same-named one on each side two units (was: no street for either, after both under 新华街道)', () => {
    const r = importText('新华街道,,,,和平街道,,\n社区,常住人口,户数,,社区,常住人口,户数\n新华社区,3200,900,,和平社区,2000,600\n光明社区,4100,1100,,光明社区,1000,300\n', '2024年6月.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.metric === 'residents').map((o) => `${o.parent}|${o.unit}|${o.value}`).sort())
      .toEqual(['和平街道|光明社区|1000', '和平街道|和平社区|2000', '新华街道|光明社区|4100', '新华街道|新华社区|3200']);
    const note = r.report.issues.find((i) => i.code === 'side-by-side-titles')!;
    expect(note.message).toBe('左右两个表各有标题：左侧的表按“新华街道”、右侧的表（第5列起）按“和平街道”读取');
  });
});
