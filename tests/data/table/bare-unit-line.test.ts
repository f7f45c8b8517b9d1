/**
 * `社区名称,花园路社区` (label and name in cells of their own, no colon) above a one-community form (`项目,本月` / …) was
 * taken as the header: the form was read as a wide table of a metric 花园路社区 (or, with a 累计 column, every row too
 * many fields). It is the form's unit line, read as `社区名称：花园路社区` is; as the first row of a table of one
 * community across (`社区名称,花园路社区` / `常住人口,1200`), it is still that table's header.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const FORM = '项目,本月\n常住人口,1200\n新增就业,12\n';
const values = (text: string, name = '劝业场街道2024年3月.csv'): string[] => {
  const r = importText(text, name);
  expect(r.report.status).toBe('ok');
  return observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`);
};

describe('a community\'s name line without its colon above a one-community form', () => {
  const expected = values(`社区名称：花园路社区\n${FORM}`);
  it('the form with the colon is read as the community\'s (the reference)', () => {
    expect(expected.sort()).toEqual(['花园路社区|2024-03|custom:新增就业|12', '花园路社区|2024-03|residents|1200']);
  });

  it.each([
    ['cells of their own', `社区名称,花园路社区\n${FORM}`],
    ['spaces round the cells', `社区名称 , 花园路社区 \n${FORM}`],
    ['a trailing comma on every row', `社区名称,花园路社区,\n项目,本月,\n常住人口,1200,\n新增就业,12,\n`],
    ['a blank row between', `社区名称,花园路社区\n\n${FORM}`],
    ['社区 as the label', `社区,花园路社区\n${FORM}`],
    ['单位名称 and the committee\'s name', `单位名称,花园路社区居委会\n${FORM}`],
    ['under a title', `2024年3月工作统计表\n社区名称,花园路社区\n${FORM}`],
  ])('%s: the form\'s community, as with the colon', (_k, text) => {
    const name = text.startsWith('2024') ? '劝业场街道.csv' : '劝业场街道2024年3月.csv';
    const got = values(text, name).map((v) => v.replace('花园路社区居委会', '花园路社区'));
    expect(got.sort()).toEqual(expected.sort());
  });

  it('with a 累计 column, no row has too many fields', () => {
    const r = importText('社区名称,花园路社区\n项目,本月,累计\n常住人口,1200,3600\n新增就业,12,30\n', '劝业场街道2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'too-many-fields')).toEqual([]);
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort())
      .toEqual(['花园路社区|2024-03|custom:新增就业|12', '花园路社区|2024-03|residents|1200', '花园路社区|2024-C03|custom:新增就业|30', '花园路社区|2024-C03|residents|3600']);
  });

  it('as the first row over values, one community across: still the header', () => {
    expect(values('社区名称,花园路社区\n常住人口,1200\n新增就业,12\n').sort())
      .toEqual(['花园路社区|2024-03|custom:新增就业|12', '花园路社区|2024-03|residents|1200']);
  });
});
