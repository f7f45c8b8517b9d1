import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const FORM = '项目,本月\n常住人口,3500\n户数,1200\n';
const read = (text: string, name = '花园路社区.csv') => {
  const r = importText(text, name);
  return { r, units: r.dataset?.units.map((u) => `${u.code}|${u.name}`) ?? [], obs: observations(r.dataset) };
};

// `区划代码：120101001001` above a one-community form's header was skipped (preamble-row, 已跳过): the form's unit had no code.
describe('a one-community form\'s 区划代码 line above its header', () => {
  it.each([
    ['under the title', '花园路社区2024年3月主要指标\n区划代码：120101001001\n', 2],
    ['label and code in cells of their own', '花园路社区2024年3月主要指标\n区划代码：,120101001001\n', 2],
    ['beside 填报单位', '2024年3月主要指标\n填报单位：花园路社区 统计用区划代码：120101001001\n', 2],
    ['as the first line, no title', '区划代码：120101001001\n', 1],
  ])('%s: the unit\'s code, said once at its line (was: skipped)', (_n, above, line) => {
    const { r, units } = read(`${above}${FORM}`, '花园路社区2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(units).toEqual(['120101001001|花园路社区']);
    const at = r.report.issues.filter((i) => i.line === line);
    expect(at.filter((i) => i.message.includes('已跳过'))).toEqual([]);
    const said = at.filter((i) => i.code === 'code-above-form');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('120101001001');
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('checked as a code column\'s: one ending in 000 (a street\'s) is no unit\'s code, warned of at its line', () => {
    const { r, units } = read(`花园路社区2024年3月主要指标\n区划代码：120101001000\n${FORM}`);
    expect(units).toEqual(['|花园路社区']);
    expect(r.report.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.line}`)).toEqual(['code-not-unit@2']);
  });

  it('full-width digits are the code they show', () => {
    const { units } = read(`花园路社区2024年3月主要指标\n区划代码：１２０１０１００１００１\n${FORM}`);
    expect(units).toEqual(['120101001001|花园路社区']);
  });

  it('a line naming the codes\' edition (区划代码 2024年版) writes no code: skipped, nothing warned', () => {
    const { r, units } = read(`花园路社区2024年3月主要指标\n区划代码 2024年版\n${FORM}`);
    expect(units).toEqual(['|花园路社区']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a code Excel turned into scientific notation is lost: the error names its line', () => {
    const { r } = read(`花园路社区2024年3月主要指标\n区划代码：1.20101E+11\n${FORM}`);
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.line}`)).toEqual(['code-scientific@2']);
  });

  it('label and a code Excel turned into scientific notation in cells of their own: the code line, not the header', () => {
    // Was: the line was the header (1.20101E+11 a community's name across it), the form's rows too many fields for it.
    const { r } = read(`花园路社区2024年3月主要指标\n区划代码,1.20101E+11\n${FORM}`);
    expect(r.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.line}`)).toEqual(['code-scientific@2']);
    // Above a table of several communities it is skipped, as one of 12 digits is; the table is read.
    const wide = read('区划代码,1.20101E+11\n社区,再就业人数\n花园路社区,5\n滨西社区,4\n', '2024年3月.csv');
    expect(wide.r.report.status).toBe('ok');
    expect(wide.obs.map((o) => `${o.unit}|${o.value}`)).toEqual(['滨西社区|4', '花园路社区|5']);
    expect(wide.r.report.issues.filter((i) => i.line === 1).map((i) => i.code)).toEqual(['preamble-row']);
    // Its digits grouped as a person reads them out: the unit's code.
    expect(read(`花园路社区2024年3月主要指标\n区划代码,1201 0100 1001\n${FORM}`).units).toEqual(['120101001001|花园路社区']);
  });

  // A period on the code line was not read (no-period, blocked): its digits ran into the code's once spaces were taken out.
  it.each([
    ['after the code, under a title of no period', '花园路社区主要指标\n区划代码：120101001001    2024年3月\n', '花园路社区.csv'],
    ['after a full-width space', '花园路社区主要指标\n区划代码：１２０１０１００１００１　2024年3月\n', '花园路社区.csv'],
    ['in a cell of its own', '花园路社区主要指标\n区划代码,120101001001,,2024年3月\n', '花园路社区.csv'],
    ['as the first line, no title', '区划代码：120101001001 2024年3月\n', '花园路社区.csv'],
  ])('a period on the code line, %s: the form\'s period, the code its unit\'s', (_n, above, name) => {
    const { r, units, obs } = read(`${above}${FORM}`, name);
    expect(r.report.status).toBe('ok');
    expect(units).toEqual(['120101001001|花园路社区']);
    expect(obs.map((o) => o.period)).toEqual(['2024-03', '2024-03']);
  });

  it('written in the title, the title stays the title (its period read) and the code is the unit\'s', () => {
    const { r, units, obs } = read(`区划代码：120101001001 花园路社区2024年3月主要指标\n${FORM}`, '月报.csv');
    expect(units).toEqual(['120101001001|花园路社区']);
    expect(obs.map((o) => o.period)).toEqual(['2024-03', '2024-03']);
    expect(r.report.issues.filter((i) => i.line === 1).map((i) => i.code)).toEqual(['title-row', 'code-above-form']);
  });

  it('a code line with more after the code (区划代码：120101001001 填表人：张三): the code, said once at its line', () => {
    const { r, units } = read(`花园路社区2024年3月主要指标\n区划代码：120101001001 填表人：张三\n${FORM}`);
    expect(units).toEqual(['120101001001|花园路社区']);
    expect(r.report.issues.filter((i) => i.line === 2).map((i) => i.code)).toEqual(['code-above-form']);
  });

  // A district's 6-digit code (or a street's 9) before the period: its digits and the year's were read as one code (1201022024),
  // the period lost (no-period, blocked); with a label apart from the period, or none, the code was skipped without a word.
  it.each([
    ['区划代码：120102 2024年3月', '区（县）'], ['区划代码：120102  统计期：2024年3月', '区（县）'], ['120102 2024年3月', '区（县）'],
    ['区划代码：120101001 2024年3月', '街道（乡镇）'], ['区划代码,120102,统计期：,2024年3月', '区（县）'],
    // Full-width digits, a full-width space: the hint was left out.
    ['区划代码：１２０１０２　２０２４年３月', '区（县）'],
  ])('%s under a title of no period: the period read, the code no unit\'s, warned at its line', (line, level) => {
    const { r, units, obs } = read(`花园路社区主要指标\n${line}\n${FORM}`);
    expect(r.report.status).toBe('ok');
    expect(units).toEqual(['|花园路社区']);
    expect(obs.map((o) => o.period)).toEqual(['2024-03', '2024-03']);
    const warned = r.report.issues.filter((i) => i.severity !== 'info');
    expect(warned.map((i) => `${i.code}@${i.line}`)).toEqual(['code-invalid@2']);
    expect(warned[0]!.message).toContain(level);
  });

  it('a unit\'s code before the period with no label (120101001001 2024年3月): the unit\'s code and the period', () => {
    const { r, units, obs } = read(`花园路社区主要指标\n120101001001 2024年3月\n${FORM}`);
    expect(r.report.status).toBe('ok');
    expect(units).toEqual(['120101001001|花园路社区']);
    expect(obs.map((o) => o.period)).toEqual(['2024-03', '2024-03']);
  });
});

