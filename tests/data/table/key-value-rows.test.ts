/**
 * A one-community sheet of a metric and its value on each row and no header row (`填报单位,花园路社区` / `统计期间,2024年3月` /
 * `常住人口,1200` / `新增就业,12`) was read as a transposed table headed `统计期间 | 2024年3月`, every metric refused as a
 * period (期间“常住人口”无法识别). It is read as the form `项目 | 本月` it is, said so; the period line without its colon is
 * a line above the header as `统计期间：2024年3月` is.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const VALUES = ['花园路社区|2024-03|custom:新增就业|12', '花园路社区|2024-03|residents|1200'];
const read = (text: string, name = 'a.csv') => {
  const r = importText(text, name);
  return { r, values: observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`).sort() };
};

describe('a key-value sheet with no header row', () => {
  it.each([
    ['as sent', '填报单位,花园路社区\n统计期间,2024年3月\n常住人口,1200\n新增就业,12\n'],
    ['with colons', '填报单位：花园路社区\n统计期间：2024年3月\n常住人口,1200\n新增就业,12\n'],
    ['full-width colons in cells of their own', '填报单位：,花园路社区\n统计期间：,2024年3月\n常住人口,1200\n新增就业,12\n'],
    ['spaces and trailing commas', ' 填报单位 , 花园路社区 ,\n统计期间 ,2024年3月,\n常住人口, 1200 ,\n新增就业,12,\n'],
    ['a blank row between', '填报单位,花园路社区\n统计期间,2024年3月\n\n常住人口,1200\n新增就业,12\n'],
    ['社区名称 for 填报单位', '社区名称,花园路社区\n统计期间,2024年3月\n常住人口,1200\n新增就业,12\n'],
  ])('%s: the community\'s values in its period, the header said to be missing', (_k, text) => {
    const { r, values } = read(text);
    expect(r.report.status).toBe('ok');
    expect(values).toEqual(VALUES);
    expect(r.report.issues.some((i) => i.code === 'period-invalid')).toBe(false);
    const note = r.report.issues.find((i) => i.code === 'key-value-rows')!;
    expect(note.message).toMatch(/没有表头.*项目.*本月/);
  });

  it.each([
    ['values with their units and an approximate one', '填报单位,花园路社区\n统计期间,2024年3月\n常住人口,1200人\n新增就业,约12\n', ['花园路社区|2024-03|custom:新增就业|12', '花园路社区|2024-03|residents|1200']],
    ['each unit in a cell of its own', '填报单位,花园路社区\n统计期间,2024年3月\n常住人口,1200,人\n新增就业,12,人\n', VALUES],
    ['who filled it in under the values', '填报单位,花园路社区\n统计期间,2024年3月\n常住人口,1200\n新增就业,12\n填表人,王丽\n', VALUES],
    ['a 备注 row under the values', '社区,花园路社区\n统计期间,2024年3月\n常住人口,1200\n新增就业,12\n备注,无\n', VALUES],
  ])('%s: still the form', (_k, text, expected) => {
    const { r, values } = read(text);
    expect(r.report.status).toBe('ok');
    expect(values).toEqual(expected);
    expect(r.report.issues.some((i) => i.code === 'key-value-rows')).toBe(true);
    expect(JSON.stringify(r.report)).not.toContain('王丽');
  });

  it('the community and period in the file name, nothing above the values', () => {
    const { r, values } = read('常住人口,1200\n新增就业,12\n', '花园路社区2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(values).toEqual(VALUES);
  });

  it('a header with the period line above it without its colon: the form, not a transposed table', () => {
    const { r, values } = read('填报单位,花园路社区\n统计期间,2024年3月\n项目,本月\n常住人口,1200\n新增就业,12\n');
    expect(r.report.status).toBe('ok');
    expect(values).toEqual(VALUES);
  });

  it('no community anywhere: the form\'s error, in Chinese, saying where to write it (no period error)', () => {
    const { r } = read('统计期间,2024年3月\n常住人口,1200\n新增就业,12\n');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.some((i) => i.code === 'period-invalid')).toBe(false);
    expect(r.report.issues.find((i) => i.code === 'vertical-no-unit')!.message).toContain('没有社区名称');
  });

  it('units and their values, no header: not a form (names ending as a unit\'s are no metrics)', () => {
    const { r } = read('花园路社区,1200\n柳林社区,900\n', '常住人口2024年3月.csv');
    expect(r.report.issues.some((i) => i.code === 'key-value-rows')).toBe(false);
  });
});
