/** A transposed table (metrics down, communities across) after a 序号 column, with group rows. */
import { describe, expect, it } from 'vitest';
import { importText, observations, okValues } from '../pipeline/import-helpers';

const values = (text: string, name = '咸水沽镇2024年3月.csv'): string[] => okValues(text, name);

describe('metrics as rows after a 序号 column', () => {
  it('is read as metrics down, communities across (not a wide table keyed by the first community)', () => {
    const text = '序号,项目,祥福里社区,红星里社区\n1,下岗失业人员,10,20\n2,再就业人数,3,4\n3,慰问救助金额（万元）,0.1,0.2\n';
    expect(values(text)).toEqual([
      '祥福里社区|aid_amount|1000', '祥福里社区|reemployed|3', '祥福里社区|unemployed|10',
      '红星里社区|aid_amount|2000', '红星里社区|reemployed|4', '红星里社区|unemployed|20',
    ]);
  });

  it('group rows (一、就业) with no value are headings, listed, not metrics; 单位 and 合计 columns as usual', () => {
    const text = '咸水沽镇各社区2024年3月工作情况\n序号,项目,单位,祥福里社区,红星里社区,合计\n一,就业,,,,\n1,下岗失业人员,人,10,20,30\n'
      + '2,再就业人数,人,3,4,7\n二,救助,,,,\n3,慰问救助金额,万元,0.1,0.2,0.3\n';
    const r = importText(text, 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '祥福里社区|aid_amount|1000', '祥福里社区|reemployed|3', '祥福里社区|unemployed|10',
      '红星里社区|aid_amount|2000', '红星里社区|reemployed|4', '红星里社区|unemployed|20',
    ]);
    const heading = r.report.issues.find((i) => i.code === 'group-heading-rows');
    expect(heading?.message).toContain('第3、6行');
    expect(r.report.counts.blank).toBe(2);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
  });
});

describe('社区 (社区名称) in the corner of a transposed table', () => {
  it('is the corner cell over the metrics, not a name column whose units are 再就业人数 and 低保户数', () => {
    const text = '社区,祥福里社区,红星里社区\n再就业人数,12,10\n低保户数,30,20\n  其中：低保边缘户,3,2\n';
    expect(values(text)).toEqual([
      '祥福里社区|custom:低保户数（其中：低保边缘户）|3', '祥福里社区|dibao_households|30', '祥福里社区|reemployed|12',
      '红星里社区|custom:低保户数（其中：低保边缘户）|2', '红星里社区|dibao_households|20', '红星里社区|reemployed|10',
    ]);
    const r = importText('序号,1,2\n社区名称,祥福里社区,红星里社区\n再就业人数,12,10\n低保户数,30,20\n', '咸水沽镇2024年3月.csv');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toContain('红星里社区|reemployed|10');
    expect(r.report.issues.find((i) => i.code === 'unit-header-corner')!.message).toBe('第1列“社区名称”下面是指标名称，表头是各社区的名称：按转置表（指标在行、社区在列）读取');
    // A wide table whose header names metrics keeps its 社区 column, whatever its cells say.
    expect(values('社区,再就业人数\n祥福里社区,12\n红星里社区,10\n')).toEqual(['祥福里社区|reemployed|12', '红星里社区|reemployed|10']);
  });
});
