/**
 * A 社区 cell holding two communities' names (`花园路社区、滨西社区`, `花园路/滨西`): one row of two
 * units, whose value cannot be split between them. Imported as written, with a warning at the cell.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';
import { joinedUnitNames } from '../../../src/data/cells/joined-names';

const warned = (text: string) => importText(text, '劝业场街道2024年3月.csv').report.issues
  .filter((i) => i.code === 'name-joined').map((i) => [i.severity, i.line, i.column, i.message]);

describe('two communities named in one cell', () => {
  it.each([['花园路社区、滨西社区'], ['花园路/滨西'], ['花园路社区／滨西社区'], ['花园路社区和滨西社区'], ['花园路社区 滨西社区'], ['花园路社区，滨西社区'], ['花园路社区；滨西社区']])('%s: a warning at the cell naming both', (name) => {
    const parts = joinedUnitNames(name)!;
    expect(parts).toHaveLength(2);
    expect(warned(`社区,再就业人数\n大沽路社区,5\n${name},12\n`)).toEqual([['warning', 3, 1,
      `第3行第1列的名称“${name}”像是两个社区（${parts.join('、')}）合写在一格：已按一个单位“${name}”导入，它的数值分不到各社区；请为每个社区各填一行后重新导入`]]);
  });

  it('a path (西青区/中北镇/东姜井村, 中北镇/东姜井社区, 西青区-中北镇-东姜井村) is one unit of its street: no warning, and it is that unit', () => {
    for (const name of ['西青区/中北镇/东姜井村', '中北镇/东姜井社区', '西青区／中北镇／东姜井村委会', '东丽区/航空新城/航空新城虚拟社区', '北辰区/红旗农场/红旗农场虚拟生活区', '宝坻区/林亭口镇/黄庄农场生活区']) {
      expect(joinedUnitNames(name), name).toBeNull();
    }
    expect(joinedUnitNames('和平区/花园路社区/滨西社区')).toEqual(['和平区', '花园路社区', '滨西社区']);
    const r = importText('街道,村居,期间,户数\n中北镇,东姜井村,2024-06,1\n中北镇,西青区/中北镇/东姜井村,2024-07,2\n中北镇,西青区-中北镇-东姜井社区,2024-07,3\n', '中北镇.csv');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['中北镇/东姜井村', '中北镇/东姜井社区']);
    // Two streets, or two communities after a street, are still two names.
    expect(joinedUnitNames('中北镇/杨柳青镇')).toEqual(['中北镇', '杨柳青镇']);
  });

  // The middle part of a path after a district ends like a unit's name by the one vocabulary (place-words.ts
  // endsLikeUnit): a committee's name there (居民委员会, 村委) is a unit's as 花园路社区 is, so the cell joins two
  // units (was: read as a path, no warning). A 小区 there is deliberately an area the unit lies in (a path).
  it('a district, then two units whose first is written as its committee: joined, as 和平区/花园路社区/滨西社区 is', () => {
    expect(joinedUnitNames('和平区/花园路社区居民委员会/滨西社区')).toEqual(['和平区', '花园路社区居民委员会', '滨西社区']);
    expect(joinedUnitNames('西青区/东姜井村委/西姜井村')).toEqual(['西青区', '东姜井村委', '西姜井村']);
    expect(joinedUnitNames('东丽区/万达小区/万达社区')).toBeNull();
  });

  // Spaces round the 和 or 及 (`花园路社区 和 滨西社区`, `花园路社区 及滨西社区`) were read into the second name (`和 滨西社区`);
  // a space before a name beginning with 和 (`花园路社区 和平路社区`) still joins 和平路社区.
  it('spaces round the word joining two names are no part of either', () => {
    expect(joinedUnitNames('花园路社区 和 滨西社区')).toEqual(['花园路社区', '滨西社区']);
    expect(joinedUnitNames('花园路社区 及滨西社区')).toEqual(['花园路社区', '滨西社区']);
    expect(joinedUnitNames('花园路社区　与　滨西社区')).toEqual(['花园路社区', '滨西社区']);
    expect(joinedUnitNames('花园路社区 和平路社区')).toEqual(['花园路社区', '和平路社区']);
  });

  // `、滨西社区等`: the 等 after the last name listed is no part of it (was: a unit 滨西社区等).
  it('a trailing 等 is no part of the last name', () => {
    expect(joinedUnitNames('花园路社区、滨西社区等')).toEqual(['花园路社区', '滨西社区']);
  });

  it.each([['和平里社区'], ['花园路 社区'], ['东姜井村 委会'], ['花园路社区 居民委员会'], ['花园路社区 '], ['东姜井村 （新）'], ['花园路社区（原A/B区）'], ['东姜井村/社区'], ['1/2'], ['新村'], ['和苑社区'], ['泰达/MSD']])('%s is one name', (name) => {
    expect(joinedUnitNames(name)).toBeNull();
  });
});
