/**
 * Who to call written under the table beside the community's name (`花园路社区,王丽,13812345678`) was read as that
 * community's row: its phone number a value, the import blocked as conflicting with the community's real row. A row of a
 * name, a person's name and a phone is a footer (footer-rows.ts), not a value row.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const TABLE = '社区,常住人口,新增就业\n花园路社区,1200,12\n柳林社区,900,8\n';
const VALUES = ['柳林社区|custom:新增就业|8', '柳林社区|residents|900', '花园路社区|custom:新增就业|12', '花园路社区|residents|1200'];
const read = (text: string) => {
  const r = importText(text, '劝业场街道2024年3月.csv');
  return { r, values: observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort() };
};

describe('a community, a person and a phone on a row under the table', () => {
  it.each([
    ['as sent', `${TABLE}花园路社区,王丽,13812345678\n`],
    ['under its own community\'s row', '社区,常住人口,新增就业\n柳林社区,900,8\n花园路社区,1200,12\n花园路社区,王丽,13812345678\n'],
    ['another community', `${TABLE}幸福里社区,王丽,13812345678\n`],
    ['a landline', `${TABLE}花园路社区,王丽,022-23456789\n`],
    ['the phone first', `${TABLE}花园路社区,13812345678,王丽\n`],
    ['the person\'s role in brackets', `${TABLE}花园路社区,王丽（主任）,13812345678\n`],
    ['spaces and a trailing comma', `${TABLE} 花园路社区 , 王丽 ,13812345678,\n`],
    ['a blank row between', `${TABLE}\n花园路社区,王丽,13812345678\n`],
    ['beyond the header\'s width', '社区,常住人口\n花园路社区,1200\n柳林社区,900\n花园路社区,王丽,13812345678\n'],
  ])('%s: a footer, the table\'s values only, no warning quoting the number', (_k, text) => {
    const { r, values } = read(text);
    expect(r.report.status).toBe('ok');
    expect(values).toEqual(text.includes('新增就业') ? VALUES : VALUES.filter((v) => !v.includes('新增就业')));
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(JSON.stringify(r.report)).not.toMatch(/13812345678|23456789/);
  });

  it('in a long file (社区 | 期间 | 指标 | 数值): a footer, not a row whose period is 王丽', () => {
    const r = importText('社区,期间,指标,数值\n花园路社区,2024年3月,常住人口,1200\n柳林社区,2024年3月,常住人口,900\n花园路社区,王丽,13812345678,\n', '劝业场街道.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(JSON.stringify(r.report)).not.toMatch(/13812345678|王丽/);
  });

  it('a table with its own 联系人 and 联系电话 columns: a community without figures is still its row', () => {
    const { r } = read('社区,常住人口,联系人,联系电话\n花园路社区,1200,王丽,13812345678\n柳林社区,,李强,13912345678\n');
    expect(r.report.status).toBe('ok');
    expect(r.report.rows.filter((x) => x.outcome === 'rejected')).toEqual([]);
  });
});
