/** Columns whose header names no statistic: contact details, dates, codes, words, and ranks. */
import { describe, expect, it } from 'vitest';
import { infoColumn } from '../../../src/data/table/info-columns';
import { importText, observations } from '../pipeline/import-helpers';

describe('a 排名 column (the rows sorted by a value, each numbered by its place) is no metric', () => {
  it('排名 | 社区 | 常住人口: the place is not imported as a metric 排名, and said so by column (was: custom:排名 1, 2, 3)', () => {
    const r = importText('排名,社区,常住人口,党员人数\n1,光明社区,4100,120\n2,新华社区,3200,100\n3,和平社区,2000,50\n', '新华街道2024年6月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['常住人口', '党员人数']);
    expect(observations(r.dataset).filter((o) => o.unit === '光明社区').map((o) => `${o.metric}|${o.value}`)).toEqual(['custom:党员人数|120', 'residents|4100']);
    const note = r.report.issues.find((i) => i.code === 'info-column')!;
    expect([note.column, note.severity, note.message]).toEqual([1, 'info', '“排名”列是名次，不是统计指标，未导入（看板会按各指标自行排名）']);
  });

  it.each(['排名', '名次', '常住人口排名', '综合排名', '排名（位）', '位次'])('%s is a rank', (header) => {
    expect(infoColumn(header, ['1', '2', '3'])?.kind).toBe('rank');
  });

  it.each(['排名前十社区数', '名次变化人数', '常住人口'])('%s is no rank (a guard: passes before and after)', (header) => {
    expect(infoColumn(header, ['1', '2', '3'])).toBeNull();
  });
});

describe('a 排名 row of a transposed table (metrics down, communities across) is no metric either', () => {
  it('项目 | 新华社区 | …, a row 排名 2, 1, 3: not imported, said at its line (was: custom:排名)', () => {
    const r = importText('项目,新华社区,光明社区,和平社区\n常住人口,3200,4100,2000\n排名,2,1,3\n', '新华街道2024年6月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['常住人口']);
    const note = r.report.issues.find((i) => i.code === 'info-row')!;
    expect([note.line, note.column, note.severity, note.message]).toEqual([3, 1, 'info', '“排名”行是名次，不是统计指标，未导入（看板会按各指标自行排名）']);
    expect(r.report.counts.imported + r.report.counts.subtotal + r.report.counts.blank + r.report.counts.rejected + r.report.counts.merged).toBe(2);
  });
});

describe('a 排名 or 负责人 column beside the months of a one-metric table (社区 | 1月 | 2月 | 排名 under 2024年再就业人数)', () => {
  it.each(['排名', '负责人'])('%s is set aside and the months are read as the title\'s metric (was: months not imported, no metric columns)', (extra) => {
    const r = importText(`2024年再就业人数,,,\n社区,1月,2月,${extra}\n新华社区,3,4,张三\n光明社区,1,2,李四\n`, '新华街道.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`)).toEqual([
      '光明社区|2024-01|reemployed|1', '光明社区|2024-02|reemployed|2', '新华社区|2024-01|reemployed|3', '新华社区|2024-02|reemployed|4']);
    expect(r.report.issues.find((i) => i.code === 'info-column')?.column).toBe(4);
  });
});
