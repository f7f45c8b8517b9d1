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

  it('over one metric, when the header names communities only: no unit named 再就业人数 with metrics named 祥福里社区 and 红星里社区', () => {
    expect(values('社区,祥福里社区,红星里社区\n再就业人数,12,10\n')).toEqual(['祥福里社区|reemployed|12', '红星里社区|reemployed|10']);
    // A header of other names (a wide table of custom metrics) keeps its 社区 column.
    expect(values('社区,活动场次,志愿服务\n再就业人数,12,10\n')).toEqual(['再就业人数|custom:志愿服务|10', '再就业人数|custom:活动场次|12']);
  });
});

describe('a transposed table with 本月 | 累计 under each community (two header rows, the names merged over them)', () => {
  const text = '咸水沽镇2024年3月统计\n指标,祥福里社区,,红星里社区,,合计,\n,本月,累计,本月,累计,本月,累计\n再就业人数,4,12,3,10,7,22\n文体活动,2,6,1,5,3,12\n';

  it('reads each community in the month and in the year to date, the 合计 columns checked per period', () => {
    const r = importText(text, '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.units.map((u) => u.name)).toEqual(['祥福里社区', '红星里社区']);
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort()).toEqual([
      '祥福里社区|2024-03|reemployed|4', '祥福里社区|2024-C03|reemployed|12', '红星里社区|2024-03|reemployed|3', '红星里社区|2024-C03|reemployed|10',
      '祥福里社区|2024-03|cultural_events|2', '祥福里社区|2024-C03|cultural_events|6', '红星里社区|2024-03|cultural_events|1', '红星里社区|2024-C03|cultural_events|5',
    ].sort());
    expect(r.report.issues.find((i) => i.code === 'subtotal-column')!.message).toBe('“合计”列是合计列，不作为社区导入，已与各社区之和核对');
    // 文体活动's 累计 total says 12 where the communities sum to 11.
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
      '5:7 第5行“合计”的文体活动为12，但各社区之和为11，请核对',
    ]);
    expect(r.report.issues.filter((i) => i.severity === 'error' || i.code === 'header-empty')).toEqual([]);
  });

  it('without a period in the title, file or sheet, 本月 and 累计 say nothing: refused for want of the period', () => {
    const r = importText(text.replace('咸水沽镇2024年3月统计\n', ''), '咸水沽镇.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['no-period']);
  });
});

describe('a transposed table whose 合计 column is blank (merged down from its header, or formulas without results)', () => {
  it('is said not checked, never checked against the communities', () => {
    const r = importText('指标,祥福里社区,红星里社区,合计\n再就业人数,4,3,\n文体活动,2,1,\n', '咸水沽镇2024年3月.csv');
    expect(r.report.status).toBe('ok');
    const said = r.report.issues.find((i) => i.code === 'subtotal-column')!.message;
    expect(said).not.toContain('已与各社区之和核对');
    expect(said).toContain('数值为空');
    expect(said).toContain('未能与各社区之和核对');
  });

  it('one row blank and one compared: checked (the compared one)', () => {
    const r = importText('指标,祥福里社区,红星里社区,合计\n再就业人数,4,3,7\n文体活动,2,1,\n', '咸水沽镇2024年3月.csv');
    expect(r.report.issues.find((i) => i.code === 'subtotal-column')!.message).toBe('“合计”列是合计列，不作为社区导入，已与各社区之和核对');
  });
});

describe('streets merged over their communities across the top of a transposed table', () => {
  const streetsOf = (text: string, name = '2024年3月各社区.csv'): { r: ReturnType<typeof importText>; obs: string[] } => {
    const r = importText(text, name);
    return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.metric}|${o.value}`) };
  };
  const EXPECTED = [
    '咸水沽镇|祥福里社区|households|400', '咸水沽镇|祥福里社区|reemployed|12', '咸水沽镇|红星里社区|households|300', '咸水沽镇|红星里社区|reemployed|10',
    '双港镇|欣华园社区|households|500', '双港镇|欣华园社区|reemployed|15',
  ].sort();

  it('beside a 单位 column: each community of its street, named without the street (was: units named /祥福里社区)', () => {
    const { r, obs } = streetsOf('指标,单位,咸水沽镇,,双港镇\n,,祥福里社区,红星里社区,欣华园社区\n再就业人数,人,12,10,15\n户数,户,400,300,500\n');
    expect(r.report.status).toBe('ok');
    expect([...obs].sort()).toEqual(EXPECTED);
    expect(r.report.issues.filter((i) => i.code === 'unit-alias')).toEqual([]);
  });

  it('with no 单位 column: the two rows are the header (was: refused, the communities\' row read as a metric row with no name)', () => {
    const { r, obs } = streetsOf('指标,咸水沽镇,,双港镇\n,祥福里社区,红星里社区,欣华园社区\n再就业人数,12,10,15\n户数,400,300,500\n');
    expect(r.report.status).toBe('ok');
    expect([...obs].sort()).toEqual(EXPECTED);
  });
});

describe('a street\'s 小计 column under its name, in a transposed table of streets over communities', () => {
  it('is checked against that street\'s communities only (was: against every community, a mismatch warned for each right total)', () => {
    const text = '指标,单位,合计,咸水沽镇,,,双港镇,\n,,,祥福里社区,红星里社区,小计,欣华园社区,小计\n再就业人数,人,37,12,10,22,15,15\n户数,户,1200,400,300,700,500,501\n';
    const r = importText(text, '2024年3月各社区.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset)).toHaveLength(6);
    const mismatches = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(mismatches.map((i) => `${i.line}:${i.column}`)).toEqual(['4:8']);
    expect(mismatches[0]!.message).toBe('第4行“双港镇小计”的户数为501，但双港镇各社区之和为500，请核对');
  });
});
