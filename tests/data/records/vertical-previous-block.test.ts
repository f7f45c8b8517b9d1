import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const TITLE = '花园路社区2024年3月主要指标\n';
const THIS_MONTH = '项目,本月\n常住人口,3500\n户数,1200\n';
const brief = (text: string) => {
  const r = importText(text, '花园路社区.csv');
  return { r, obs: observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`).sort() };
};

// A one-community form whose 上月 figures are written as a second block under this month's (项目 | 上月
// again, or a title 上月 over 项目 | 数值) is the form's 上月 column written below instead of beside: not
// this period's values (they were read as March's and blocked as conflicting with 本月's). They are set
// aside with the comparison-column info, as the column is: the tool compares periods from each period's
// own report, and last month's figures copied here would conflict with last month's report when it is
// imported (a revised figure), blocking it.
describe('a vertical form\'s 上月 block under its 本月 block', () => {
  it.each([
    ['the header again naming 上月', `${TITLE}${THIS_MONTH}项目,上月\n常住人口,3480\n户数,1190\n`, 5],
    ['after a blank row', `${TITLE}${THIS_MONTH}\n项目,上月\n常住人口,3480\n户数,1190\n`, 6],
    ['under a title 上月 over 项目 | 数值', `${TITLE}${THIS_MONTH}\n上月\n项目,数值\n常住人口,3480\n户数,1190\n`, 6],
    ['named 上月数', `${TITLE}${THIS_MONTH}项目,上月数\n常住人口,3480\n户数,1190\n`, 5],
    ['under a title 上月情况', `${TITLE}${THIS_MONTH}\n上月情况\n项目,数值\n常住人口,3480\n户数,1190\n`, 6],
  ])('%s: this month\'s values only, the block said once as a comparison (was: blocked, conflicting values)', (_n, text, at) => {
    const { r, obs } = brief(text);
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['2024-03|households|1200', '2024-03|residents|3500']);
    const said = r.report.issues.filter((i) => i.code === 'comparison-column');
    expect(said.map((i) => i.line)).toEqual([at]);
    expect(said[0]!.message).toContain('是与上年同期或上一期的比较，不是本期的数值，未导入');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('the header again naming 本月 (a printed page\'s header) goes on with this period', () => {
    const { r, obs } = brief(`${TITLE}项目,本月\n常住人口,3500\n项目,本月\n户数,1200\n`);
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['2024-03|households|1200', '2024-03|residents|3500']);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@4']);
  });
});
