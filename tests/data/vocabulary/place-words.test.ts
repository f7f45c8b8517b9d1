/** place-words: street names as titles and file names write them, against every street of 天津市; a metric's name without its list number. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { streetKeyOf, streetWithoutLead, unitNameInText, withoutListNumber } from '../../../src/data/vocabulary/place-words';

const streets = [...new Set(readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[5]!))];

describe('streetWithoutLead', () => {
  it('leaves every one of the 298 streets and towns of 天津市 whole (河西务镇, 河北屯镇, 东丽湖街道 begin with a district short name)', () => {
    expect(streets.length).toBe(298);
    expect(streets.filter((s) => streetWithoutLead(s) !== s)).toEqual([]);
  });

  it('takes off the district and the letter words written before each of those named as a 街道, 镇 or 乡', () => {
    const district = new Map(readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => [l.split(',')[5]!, l.split(',')[7]!]));
    const named = streets.filter((s) => /(?:街道|镇|乡)$/.test(s));
    expect(named.length).toBeGreaterThan(250);
    const wrong = named.filter((s) => streetWithoutLead(`关于报送天津市${district.get(s)!}${s}`) !== s);
    expect(wrong).toEqual([]);
  });
});

describe('streetKeyOf', () => {
  it.each([
    ['孙各庄满族乡', '孙各庄'], ['孙各庄乡', '孙各庄'], ['大厂回族镇', '大厂'], ['中北镇街道', '中北'], ['劝业场街', '劝业场'],
    ['回族乡', '回族乡'],
  ])('%s → %s (an ethnic township\'s people are part of its level)', (name, key) => {
    expect(streetKeyOf(name)).toBe(key);
  });

  it('keeps the streets and towns of 天津市 apart but 黄庄街道 (武清区) and 黄庄镇 (宝坻区)', () => {
    expect(new Set(streets.map((s) => streetKeyOf(s))).size).toBe(297);
    expect(streets.filter((s) => streetKeyOf(s) === '黄庄')).toEqual(['黄庄街道', '黄庄镇']);
  });
});

describe('withoutListNumber', () => {
  it.each([
    ['1.走访户数', '走访户数'], ['（一）走访户数', '走访户数'], ['１．走访户数', '走访户数'],
    ['走访户数（含电话）', '走访户数（含电话）'], ['６０岁以上老人数', '６０岁以上老人数'], ['60 岁以上老人数', '60 岁以上老人数'], ['走访户数', '走访户数'],
  ])('%s → %s (a name with nothing stripped comes back as written, full-width brackets and digits too)', (name, bare) => {
    expect(withoutListNumber(name)).toBe(bare);
  });
});

describe('unitNameInText', () => {
  // 华江里社区第一居委会 (a numbered 居委会 after the 社区) was read 华江里社区: its two committees, and 官港社区's, one unit.
  it('reads every official name of the 5617 units of 天津市 whole in a title, but those with no ending word of a unit', () => {
    const official = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[1]!);
    expect(official.length).toBe(5617);
    const cut = official.filter((n) => unitNameInText(`${n}2024年3月工作统计表`) !== n);
    // (生活区 is no unit's ending; a bare 委员会 only after a level; a company's 村委会 in brackets is read as its village.)
    expect(cut.filter((n) => !/生活区$|^第.街委员会$|农工商联合公司（村委会）$/.test(n))).toEqual([]);
    expect(cut.length).toBe(18);
  });

  // 华江里社区第一 (the list's short name of 华江里社区第一居委会) glued to the period was read 华江里社区, as was 官港社区第二.
  it('reads every short name of the list whole before the period, but those with no ending word of a unit', () => {
    const short = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[2]!);
    const cut = short.filter((n) => unitNameInText(`${n}2024年3月工作统计表`) !== n);
    // (生活区, 园区场, 社, 街 and a company's name are no unit's endings; 名居花园（万科）, 远洋万和城 name none.)
    expect(cut.filter((n) => !/生活区$|园区场$|区社$|^第.街$|农工商联合公司$|^名居花园（万科）$|^远洋万和城$/.test(n))).toEqual([]);
    expect(cut.length).toBe(22);
    expect(unitNameInText('华江里社区第一 2024年3月')).toBe('华江里社区第一');
    expect(unitNameInText('华江里社区第一２０２４年３月')).toBe('华江里社区第一');
    // A file name's separator or bracket after it (was: 华江里社区).
    expect(unitNameInText('华江里社区第二-2024年3月.csv')).toBe('华江里社区第二');
    expect(unitNameInText('华江里社区第二（2024年3月）')).toBe('华江里社区第二');
    expect(unitNameInText('华江里社区第二_2024年3月')).toBe('华江里社区第二');
    expect(unitNameInText('华江里社区第一.xlsx')).toBe('华江里社区第一');
  });

  it('reads a quarter, a grid or a list after a community\'s name as no committee of it', () => {
    expect(unitNameInText('花园路社区第一季度工作统计表')).toBe('花园路社区');
    expect(unitNameInText('花园路社区第一网格2024年3月')).toBe('花园路社区');
    expect(unitNameInText('花园路社区第一、第二网格统计')).toBe('花园路社区');
    expect(unitNameInText('花园路社区第12024年3月')).toBe('花园路社区');
  });
});

