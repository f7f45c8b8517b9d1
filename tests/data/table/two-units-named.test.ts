// @vitest-environment node
/**
 * Two units named where a one-community form holds one community's values (its 填报单位 line, its title, its file
 * name), however the clerk joined them (`、`, `/`, `／`, `，`, `和`, `及`, a space, a full-width space, a trailing 等):
 * read as the first named, with a warning naming both and the line, as joined-names.ts's one rule reads two names.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const FORM = '项目,本月,累计\n再就业人数,3,10\n新增就业人数,5,12\n';
const units = (r: ReturnType<typeof importText>): string[] => [...new Set(observations(r.dataset).map((o) => o.unit))];
const warnings = (r: ReturnType<typeof importText>) => r.report.issues.filter((i) => i.severity === 'warning');

describe('a 填报单位 line naming two units, whatever joins them', () => {
  // `/` was read silently as the second (the text cut as a file's folder), a space, `／` or `，` as the first, no word of the second.
  it.each([
    ['花园路社区/幸福里社区'], ['花园路社区／幸福里社区'], ['花园路社区 幸福里社区'], ['花园路社区\u3000幸福里社区'], ['花园路社区，幸福里社区'],
    ['花园路社区、幸福里社区'], ['花园路社区和幸福里社区'], ['花园路社区及幸福里社区'], ['花园路社区、幸福里社区等'], ['花园路社区 、 幸福里社区'],
    ['花园路社区 和 幸福里社区'], ['花园路社区 及幸福里社区'],
  ])('填报单位：%s: read as 花园路社区, warned at the line naming both', (written) => {
    const r = importText(`2024年3月就业情况统计表\n填报单位：${written}\n${FORM}`, '就业情况.csv');
    expect(r.report.status).toBe('ok');
    expect(units(r)).toEqual(['花园路社区']);
    const w = warnings(r);
    expect(w.map((i) => `${i.code}@${i.line}`)).toEqual(['vertical-unit-disagree@2']);
    expect(w[0]!.message).toContain('“花园路社区”和“幸福里社区”两个单位');
    expect(w[0]!.message).toContain('每个社区单独填一张表');
  });

  it('a single unit whose name holds 和 or a committee\'s number is one unit, no warning', () => {
    for (const [written, unit] of [['和平路社区', '和平路社区'], ['信和苑社区居民委员会', '信和苑社区'], ['双口村第一村民委员会', '双口村第一'],
      ['白庙村农工商联合公司（村委会）', '白庙村'], ['花园路社区 张三 13800000000', '花园路社区'], ['花园路社区（盖章）', '花园路社区']] as const) {
      const r = importText(`2024年3月就业情况统计表\n填报单位：${written}\n${FORM}`, '就业情况.csv');
      expect(warnings(r).map((i) => i.code), written).toEqual([]);
      expect(units(r).length, written).toBe(1);
      void unit;
    }
  });
});

describe('a title or file name naming two units', () => {
  // The title was read as the first's, no word of the second.
  it.each([['花园路社区、幸福里社区'], ['花园路社区/幸福里社区'], ['花园路社区和幸福里社区'], ['花园路社区 幸福里社区']])('title %s2024年3月工作统计表: the first, warned at line 1', (written) => {
    const r = importText(`${written}2024年3月工作统计表\n${FORM}`, '就业情况.csv');
    expect(units(r)).toEqual(['花园路社区']);
    const w = warnings(r);
    expect(w.map((i) => `${i.code}@${i.line}`)).toEqual(['vertical-unit-disagree@1']);
    expect(w[0]!.message).toContain('“花园路社区”和“幸福里社区”两个单位');
  });

  it('file name 花园路社区、幸福里社区-2024年3月.csv: the first, warned', () => {
    const r = importText(`2024年3月工作统计表\n${FORM}`, '花园路社区、幸福里社区-2024年3月.csv');
    expect(units(r)).toEqual(['花园路社区']);
    expect(warnings(r).map((i) => i.code)).toEqual(['vertical-unit-disagree']);
  });
});

describe('one community\'s two committees named by their numbers', () => {
  // `华江里社区第一、第二居委会` (the 居委会 written once, after the second number) was recorded as 华江里社区, the community
  // the two committees share and no unit of the list: the first committee is 华江里社区第一.
  it.each([['填报单位：华江里社区第一、第二居委会', 2], ['华江里社区第一、第二居委会2024年3月就业情况统计表', 1], ['填报单位：华江里社区第一/第二居委会', 2]] as const)(
    '%s: read as 华江里社区第一, warned naming 第二居委会', (line, at) => {
      const r = importText(at === 2 ? `2024年3月就业情况统计表\n${line}\n${FORM}` : `${line}\n${FORM}`, '就业情况.csv');
      expect(units(r)).toEqual(['华江里社区第一']);
      const w = warnings(r);
      expect(w.map((i) => `${i.code}@${i.line}`)).toEqual([`vertical-unit-disagree@${at}`]);
      expect(w[0]!.message).toContain('第二居委会');
    });
});

describe('a 填报单位 line naming the street before the community', () => {
  // `填报单位：东海街道华江里社区第一居委会` was read right, but its line's note said only that it gave the street, and the form
  // said its community came from the title; with a second unit after it, the warning was put at the title's line.
  it('the line\'s note names the street and the community it gave', () => {
    const r = importText(`2024年3月就业情况统计表\n填报单位：东海街道华江里社区第一居委会\n${FORM}`, '就业情况.csv');
    expect(units(r)).toEqual(['华江里社区第一']);
    expect(r.report.issues.find((i) => i.line === 2)!.message)
      .toBe('第2行“填报单位：东海街道华江里社区第一居委会”在表头之上，其中“华江里社区第一居委会”作为本表的社区，“东海街道”作为本表的街道（镇）');
    expect(r.report.issues.find((i) => i.code === 'vertical-form')!.message).toContain('取自填报单位');
  });

  it('two units after the street: warned at the 填报单位 line', () => {
    const r = importText(`2024年3月就业情况统计表\n填报单位：东湖街道花园路社区 幸福里社区\n${FORM}`, '就业情况.csv');
    expect(units(r)).toEqual(['花园路社区']);
    expect(warnings(r).map((i) => `${i.code}@${i.line}`)).toEqual(['vertical-unit-disagree@2']);
    expect(warnings(r)[0]!.message).toContain('第2行的填报单位写了“花园路社区”和“幸福里社区”两个单位');
  });
});

describe('two units on a 填报单位 line, the level written once after the last', () => {
  // `填报单位：花园路、幸福里社区` was read silently as 幸福里社区, the first name the only one ending as a unit's.
  it.each([['花园路、幸福里社区', '花园路社区', '幸福里社区'], ['花园路/幸福里社区', '花园路社区', '幸福里社区'], ['东姜井、西姜井村', '东姜井村', '西姜井村']])(
    '填报单位：%s: read as %s, warned naming both', (written, first, second) => {
      const r = importText(`2024年3月就业情况统计表\n填报单位：${written}\n${FORM}`, '就业情况.csv');
      expect(units(r)).toEqual([first]);
      const w = warnings(r);
      expect(w.map((i) => `${i.code}@${i.line}`)).toEqual(['vertical-unit-disagree@2']);
      expect(w[0]!.message).toContain(`“${first}”和“${second}”两个单位`);
    });
});

describe('two units in a title or file name, the level written once after the last', () => {
  // `花园路、幸福里社区2024年3月工作统计表` was read silently as 幸福里社区.
  it.each([['花园路、幸福里社区2024年3月工作统计表', '就业情况.csv', 1], ['2024年3月工作统计表', '花园路、幸福里社区-2024年3月.csv', 0], ['关于东湖街道花园路/幸福里社区2024年3月工作情况', '就业情况.csv', 1]] as const)(
    '%s (file %s): read as 花园路社区, warned naming both', (title, file, line) => {
      const r = importText(`${title}\n${FORM}`, file);
      expect(units(r)).toEqual(['花园路社区']);
      const w = warnings(r);
      expect(w.map((i) => `${i.code}@${i.line}`)).toEqual([`vertical-unit-disagree@${line}`]);
      expect(w[0]!.message).toContain('“花园路社区”和“幸福里社区”两个单位');
    });

  it('a title\'s words before a community are no unit of it', () => {
    for (const title of ['幸福里社区2024年3月就业、低保工作统计表', '低保、就业 幸福里社区2024年3月统计表', '2024年3月 就业/低保 幸福里社区统计表']) {
      const r = importText(`${title}\n${FORM}`, '就业情况.csv');
      expect(units(r), title).toEqual(['幸福里社区']);
      expect(warnings(r).map((i) => i.code), title).toEqual([]);
    }
  });
});
