import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const brief = (text: string, name = '花园路社区.csv') => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`).sort() };
};

// A one-community form with a second block under a title naming its month (`2024年2月` over `项目 | 本月` again)
// was read as the form's month and blocked (conflicting values with the first block's). The title names the
// block's month and its header its own 本月: a month's form stacked under another's (as a clerk keeps a quarter's
// months on one sheet), not the form's 上月 comparison (whose header or title says 上月, set aside). Its values are
// that month's, said once with the lines read so.
describe('a vertical form\'s block under its own month\'s title', () => {
  it('2024年2月 over 项目 | 本月 under March\'s block: read as February, said once (was: blocked, conflicting values)', () => {
    const { r, obs } = brief('花园路社区2024年3月主要指标\n项目,本月\n常住人口,3500\n户数,1200\n\n2024年2月\n项目,本月\n常住人口,3480\n户数,1190\n');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['2024-02|households|1190', '2024-02|residents|3480', '2024-03|households|1200', '2024-03|residents|3500']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const said = r.report.issues.filter((i) => i.code === 'vertical-dated-block');
    expect(said.map((i) => i.line)).toEqual([6]);
    expect(said[0]!.message).toContain('2024年2月');
    expect(said[0]!.message).toContain('第8-9行');
  });

  it('with 累计: the block\'s year to date is through its month', () => {
    const { obs } = brief('花园路社区2024年3月主要指标\n项目,本月,累计\n常住人口,3500,3500\n新增就业人数,5,12\n\n2024年2月\n项目,本月,累计\n常住人口,3480,3480\n新增就业人数,4,7\n');
    expect(obs.filter((o) => o.includes('新增就业人数') || o.includes('custom'))).toEqual([
      '2024-02|custom:新增就业人数|4', '2024-03|custom:新增就业人数|5', '2024-C02|custom:新增就业人数|7', '2024-C03|custom:新增就业人数|12',
    ]);
  });

  it('a month without its year is in the form\'s year; a third block goes back to March', () => {
    const { r, obs } = brief('花园路社区2024年3月主要指标\n项目,本月\n常住人口,3500\n\n2月\n项目,本月\n常住人口,3480\n\n1月\n项目,本月\n常住人口,3470\n');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['2024-01|residents|3470', '2024-02|residents|3480', '2024-03|residents|3500']);
  });

  it('the header again under no title still goes on as the block above\'s period (a printed page\'s header)', () => {
    const { r, obs } = brief('花园路社区2024年3月主要指标\n项目,本月\n常住人口,3500\n\n2024年2月\n项目,本月\n常住人口,3480\n项目,本月\n户数,1190\n');
    expect(obs).toEqual(['2024-02|households|1190', '2024-02|residents|3480', '2024-03|residents|3500']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@8']);
  });

  it('a title 上月 over the header is still the comparison set aside', () => {
    const { r, obs } = brief('花园路社区2024年3月主要指标\n项目,本月\n常住人口,3500\n\n上月\n项目,本月\n常住人口,3480\n');
    expect(obs).toEqual(['2024-03|residents|3500']);
    expect(r.report.issues.map((i) => i.code)).toContain('comparison-column');
  });

  it('the header again naming another month (项目 | 2月 under 项目 | 3月) starts that month\'s block (was: 与表头相同, blocked)', () => {
    const { r, obs } = brief('花园路社区2024年3月主要指标\n项目,3月\n常住人口,3500\n户数,1200\n项目,2月\n常住人口,3480\n户数,1190\n');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['2024-02|households|1190', '2024-02|residents|3480', '2024-03|households|1200', '2024-03|residents|3500']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'vertical-dated-block').map((i) => i.line)).toEqual([5]);
  });

  it('the header again naming the form\'s own month is the header repeated', () => {
    const { r, obs } = brief('花园路社区2024年3月主要指标\n项目,3月\n常住人口,3500\n项目,3月\n户数,1200\n');
    expect(obs).toEqual(['2024-03|households|1200', '2024-03|residents|3500']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@4']);
  });
});
