import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../../src/data/merge/resolve-units';
import type { UnitMention } from '../../../src/data/records/observation-records';
import { m, md, names, warnings } from './mentions';


describe('resolveUnits', () => {
  it('merges name variants under one street and lists aliases', () => {
    const r = resolveUnits([m('祥福里社区居委会', '东湖街道'), m('祥福里', '东湖街道'), m('東湖社區', '东湖街道'), m('祥福里社区', '东湖街道办事处')], ['a.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['祥福里社区', '东湖社区']);
    expect(Array.from(r.unitOf)).toEqual([0, 0, 1, 0]);
    expect(r.units[0]!.aliases).toEqual(['祥福里社区', '祥福里社区居委会', '祥福里']);
    expect(r.issues.map((i) => i.code)).toEqual(['unit-alias', 'unit-alias']);
  });

  it('a name with a state remark (（筹）, （已撤销）) is the unit without it, shown without it on a tie', () => {
    const r = resolveUnits([m('祥福里社区（筹）', '咸水沽镇'), m('丽水苑社区', '咸水沽镇'), m('祥福里社区', '咸水沽镇'), m('丽水苑社区（已撤销）', '咸水沽镇'), m('祥福里村（筹）', '咸水沽镇')], ['a.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['祥福里社区', '丽水苑社区', '祥福里村（筹）']);
    expect(Array.from(r.unitOf)).toEqual([0, 1, 0, 1, 2]);
    expect(r.units[0]!.aliases).toEqual(['祥福里社区', '祥福里社区（筹）']);
    expect(r.issues.map((i) => i.code)).toEqual(['unit-alias', 'unit-alias']);
  });

  it('a unit written only with its remark keeps it in its name', () => {
    const r = resolveUnits([m('祥福里社区（筹）', '咸水沽镇'), m('祥福里社区（筹）', '咸水沽镇', '', 1)], ['a.csv', 'b.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['祥福里社区（筹）']);
  });

  it('rows with codes and no names (a table of codes) are their codes\' units, with no word of one name on two codes', () => {
    const r = resolveUnits([m('', '中北镇', '120111100005'), m('', '中北镇', '120111100203')], ['a.csv']);
    expect(r.units.map((u) => u.code)).toEqual(['120111100005', '120111100203']);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a code written without a name in one file and with one in another: the unit is named, no word of two names (was: code-name-mismatch between “” and 花园路社区, the unit named “”)', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const ms = [m('', '', '120101001001', 0), m('花园路社区', '', '120101001001', 1)];
      const r = resolveUnits(order.map((k) => ms[k]!), ['codes.csv', 'named.csv']);
      expect(r.units.map((u) => [u.code, u.name, u.aliases])).toEqual([['120101001001', '花园路社区', ['花园路社区']]]);
      expect(r.issues).toEqual([]);
    }
  });

  it('a nameless coded unit named later is found by its name too: an uncoded mention of it joins it', () => {
    const r = resolveUnits([m('', '', '120101001001', 0), m('花园路社区', '', '120101001001', 1), m('花园路社区', '', '', 2)], ['a.csv', 'b.csv', 'c.csv']);
    expect(Array.from(r.unitOf)).toEqual([0, 0, 0]);
    expect(r.units.map((u) => u.name)).toEqual(['花园路社区']);
  });

  it('keeps the same name under two streets apart', () => {
    const r = resolveUnits([m('前进社区', '东湖街道'), m('前进社区', '西山街道')], ['a.csv']);
    expect(r.units).toHaveLength(2);
  });

  it('a code wins; a coded unit absorbs the same name and street without a code', () => {
    const r = resolveUnits([m('东湖社区', '东湖街道', '120112001001'), m('东湖社区', '东湖街道', '120112001002'), m('东湖社区', '西山街道')], ['a.csv']);
    expect(r.units).toHaveLength(3);
    const s = resolveUnits([m('东湖社区', '东湖街道', '120112001001'), m('东湖', '东湖街道', '', 1)], ['a.csv', 'b.csv']);
    expect(Array.from(s.unitOf)).toEqual([0, 0]);
  });

  it('a street-less name attaches to the single known unit, or is flagged ambiguous', () => {
    const one = resolveUnits([m('前进社区', '东湖街道'), m('前进', '', '', 1)], ['a.csv', 'b.csv']);
    expect(Array.from(one.unitOf)).toEqual([0, 0]);
    const two = resolveUnits([m('前进社区', '东湖街道'), m('前进社区', '西山街道'), m('前进社区', '', '', 1)], ['a.csv', 'b.csv']);
    expect(Array.from(two.unitOf)).toEqual([0, 1, 2]);
    expect(two.issues.find((i) => i.code === 'ambiguous-unit')!.file).toBe('b.csv');
  });

  it('keeps existing units first with their names', () => {
    const r = resolveUnits([m('祥福里', '东湖街道')], ['a.csv'], [{ code: '', name: '祥福里社区', parent: '东湖街道', district: '', aliases: ['祥福里社区'] }]);
    expect(Array.from(r.unitOf)).toEqual([0]);
    expect(r.units[0]!.name).toBe('祥福里社区');
  });
});


describe('resolveUnits: a 社区 and a 村 of one base name are two units', () => {
  it('东姜井社区 and 东姜井村 in 中北镇 stay apart, each with its committee spelling', () => {
    const r = resolveUnits([
      md('东姜井社区', '西青区', '中北镇'), md('东姜井村', '西青区', '中北镇'),
      md('东姜井社区居委会', '西青区', '中北镇'), md('东姜井村委会', '西青区', '中北镇'), md('东姜井村委', '西青区', '中北镇'), md('东姜井居委', '西青区', '中北镇'),
    ], ['a.csv']);
    expect(names(r)).toEqual(['西青区/中北镇/东姜井社区', '西青区/中北镇/东姜井村']);
    expect(Array.from(r.unitOf)).toEqual([0, 1, 0, 1, 1, 0]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('东姜井社区（中北镇） under a 中北镇 street column is the 社区, shown without the bracket; 东姜井村 stays apart', () => {
    const r = resolveUnits([md('东姜井社区（中北镇）', '西青区', '中北镇'), md('东姜井村', '西青区', '中北镇'), md('中北镇东姜井村', '西青区', '中北镇')], ['a.csv']);
    expect(names(r)).toEqual(['西青区/中北镇/东姜井社区', '西青区/中北镇/东姜井村']);
    expect(Array.from(r.unitOf)).toEqual([0, 1, 1]);
  });

  it('a 居委会 and a 村委会 of one base name are two units', () => {
    const r = resolveUnits([md('建新居委会', '津南区', '北闸口镇'), md('建新村委会', '津南区', '北闸口镇')], ['a.csv']);
    expect(names(r)).toEqual(['津南区/北闸口镇/建新社区', '津南区/北闸口镇/建新村']);
  });

  it.each([
    ['bare name after both', [md('东姜井社区', '西青区', '中北镇'), md('东姜井村', '西青区', '中北镇'), md('东姜井', '西青区', '中北镇', 1, '', 7)]],
    ['bare name first', [md('东姜井', '西青区', '中北镇', 1, '', 7), md('东姜井社区', '西青区', '中北镇'), md('东姜井村', '西青区', '中北镇')]],
  ])('a bare name with two units of that base in its street is flagged ambiguous and merged with neither (%s)', (_, mentions) => {
    const r = resolveUnits(mentions, ['a.csv', 'b.csv']);
    const bare = mentions.findIndex((x) => x.rawName === '东姜井');
    const others = mentions.map((_x, i) => r.unitOf[i]!).filter((_u, i) => i !== bare);
    expect(new Set(others).size).toBe(2);
    expect(others).not.toContain(r.unitOf[bare]);
    const w = warnings(r, 'ambiguous-unit');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^b\.csv:7 /);
    expect(w[0]).toContain('“东姜井社区”、“东姜井村”');
  });

  it('a bare name joins the one unit of that base in its street, whatever the order', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const ms = [md('祥福里社区居委会', '', '东湖街道'), md('祥福里', '', '东湖街道', 1)];
      const r = resolveUnits(order.map((i) => ms[i]!), ['a.csv', 'b.csv']);
      expect(r.units).toHaveLength(1);
      expect(r.units[0]!.name).toBe('祥福里社区');
      expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });

  it('a bare name in a file without a street column, with a 社区 and a 村 of that base known, is ambiguous', () => {
    const r = resolveUnits([md('柳滩社区', '北辰区', '天穆镇'), md('柳滩村', '北辰区', '天穆镇'), m('柳滩', '', '', 1)], ['a.csv', 'b.csv']);
    expect(r.units).toHaveLength(3);
    expect(warnings(r, 'ambiguous-unit')).toHaveLength(1);
  });

  it('a village named like a street (第一街) is a unit; its long form 第一街委员会 joins it', () => {
    const r = resolveUnits([md('第一街', '北辰区', '宜兴埠镇'), md('第一街委员会', '北辰区', '宜兴埠镇'), md('第二街委员会', '北辰区', '宜兴埠镇'), md('一街村', '武清区', '崔黄口镇')], ['a.csv']);
    expect(names(r)).toEqual(['北辰区/宜兴埠镇/第一街', '北辰区/宜兴埠镇/第二街', '武清区/崔黄口镇/一街村']);
  });

  it('a row named as its own town (新安镇 in 新安镇) is not merged into the village 新安镇村', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const ms = [md('新安镇村', '宝坻区', '新安镇'), md('新安镇', '宝坻区', '新安镇', 1, '', 9)];
      const r = resolveUnits(order.map((i) => ms[i]!), ['a.csv', 'b.csv']);
      expect(r.units.map((u) => u.name).sort()).toEqual(['新安镇', '新安镇村']);
      const w = warnings(r, 'ambiguous-unit');
      expect(w).toHaveLength(1);
      expect(w[0]).toMatch(/^b\.csv:9 /);
      expect(w[0]).toContain('与所在街道/镇同名');
    }
    // 新安镇村 written in full, or as its committee, is the village.
    const r = resolveUnits([md('新安镇村', '宝坻区', '新安镇'), md('新安镇村委会', '宝坻区', '新安镇', 1)], ['a.csv', 'b.csv']);
    expect(r.units).toHaveLength(1);
  });

  it('traditional and variant characters (裏, 裡, 區) resolve', () => {
    const r = resolveUnits([md('祥福里社区', '河西区', '友谊路街道'), md('祥福裏社區', '河西區', '友誼路街道'), md('祥福裡居委', '河西区', '友谊路街道')], ['a.csv']);
    expect(r.units).toHaveLength(1);
  });
});

describe('resolveUnits: one code on two names', () => {
  it('warns naming both names and both places (the data stay under the code, never silently)', () => {
    const r = resolveUnits([md('东湖社区', '', '', 0, '120112001001', 2), md('湖滨社区', '', '', 1, '120112001001', 9)], ['a.csv', 'b.csv']);
    expect(r.units).toHaveLength(1);
    const w = warnings(r, 'code-name-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^b\.csv:9 /);
    expect(w[0]).toContain('120112001001');
    expect(w[0]).toContain('“东湖社区”');
    expect(w[0]).toContain('“湖滨社区”');
    expect(w[0]).toContain('a.csv');
  });

  it('one name of one street on two codes stays two units by the codes, with a warning naming both codes', () => {
    const r = resolveUnits([md('花园路社区', '和平区', '劝业场街道', 0, '120101001001', 2), md('花园路社区', '和平区', '劝业场街道', 0, '120101001002', 3)], ['a.csv']);
    expect(r.units).toHaveLength(2);
    const w = warnings(r, 'code-two-for-name');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^a\.csv:3 /);
    expect(w[0]).toContain('120101001001');
    expect(w[0]).toContain('120101001002');
    // Under two streets the same name with two codes is two units, and nothing to say.
    const apart = resolveUnits([md('花园村', '静海区', '静海镇', 0, '120118100208'), md('花园村', '蓟州区', '马伸桥镇', 0, '120119103211', 3)], ['a.csv']);
    expect(warnings(apart, 'code-two-for-name')).toEqual([]);
  });

  it('a 社区 and a 村 of one base on one code are two names', () => {
    const r = resolveUnits([md('东姜井社区', '', '', 0, '120111100001'), md('东姜井村', '', '', 0, '120111100001', 3)], ['a.csv']);
    expect(warnings(r, 'code-name-mismatch')).toHaveLength(1);
  });

  it('one code under two streets or two districts warns naming both places', () => {
    const r = resolveUnits([md('东湖社区', '津南区', '双新街道', 0, '120112001001', 2), md('东湖社区', '津南区', '咸水沽镇', 1, '120112001001', 5)], ['a.csv', 'b.csv']);
    const w = warnings(r, 'code-place-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^b\.csv:5 /);
    expect(w[0]).toContain('“津南区双新街道”');
    expect(w[0]).toContain('“津南区咸水沽镇”');
    const d = resolveUnits([md('东湖社区', '津南区', '', 0, '120112001001'), md('东湖社区', '河西区', '', 1, '120112001001')], ['a.csv', 'b.csv']);
    expect(warnings(d, 'code-place-mismatch')).toHaveLength(1);
    const same = resolveUnits([md('东湖社区', '津南区', '双新街道', 0, '120112001001'), md('东湖社区', '天津市津南区', '津南区双新街', 1, '120112001001'), md('东湖社区', '', '', 1, '120112001001')], ['a.csv', 'b.csv']);
    expect(same.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('the spellings of one name on one code give no warning', () => {
    const r = resolveUnits(['东姜井村', '东姜井村委会', '东姜井村民委员会', '东姜井', '東姜井村委', ' 东姜井村 '].map((n, i) => md(n, '', '', 0, '120111100001', i + 2)), ['a.csv']);
    expect(r.units).toHaveLength(1);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('resolveUnits: district spellings and streets carrying their district', () => {
  it('河西区, 河西, 天津市河西区 and 河西区友谊路街道 / 友谊路 are one district and one street', () => {
    const r = resolveUnits([
      md('祥福里社区', '河西区', '友谊路街道'), md('祥福里社区', '河西', '友谊路街道', 1), md('祥福里社区', '天津市河西区', '友谊路街道', 2),
      md('祥福里社区', '', '河西区友谊路街道', 3), md('祥福里社区', '河西区', '河西区友谊路街道', 4), md('祥福里社区', '天津市河西区', '友谊路', 5),
      md('祥福里社区', '河西区', '友谊路街道办事处', 6), md('祥福里社区', '河西区', '友谊路\u3000街道', 7),
    ], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(names(r)).toEqual(['河西区/友谊路街道/祥福里社区']);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('the district written in front of the street tells the district when the file has no district column', () => {
    const r = resolveUnits([md('前进社区', '河西区', '友谊路街道'), md('前进社区', '河东区', '友谊路街道'), md('前进社区', '', '河东区友谊路街道', 1)], ['a.csv', 'b.csv']);
    expect(r.units).toHaveLength(2);
    expect(r.unitOf[2]).toBe(r.unitOf[1]);
  });

  it('a name written with its street (and district) in front, or its street after it in brackets, in a file without a street column, is that unit of that street', () => {
    // Some systems export the full path; the clerk types the short name on the next row.
    const r = resolveUnits([m('劝业场街道花园路社区'), m('花园路社区　'), m('和平区劝业场街道花园路社区', '', '', 1), m('花园路社区（劝业场街道）', '', '', 1)], ['a.csv', 'b.csv']);
    expect(names(r)).toEqual(['和平区/劝业场街道/花园路社区']);
    expect(Array.from(r.unitOf)).toEqual([0, 0, 0, 0]);
    expect(r.units[0]!.aliases).toContain('劝业场街道花园路社区');
    // Under a street column the name is shown as written (the column says where it is), and matched
    // without its own street in front: one unit, not two with half the months each.
    const s = resolveUnits([m('劝业场街道花园路社区', '劝业场街道'), m('花园路社区', '劝业场街道', '', 1), m('和平区劝业场街道花园路社区', '劝业场街道', '', 1)], ['a.csv', 'b.csv']);
    expect(s.units.map((u) => u.name)).toEqual(['花园路社区']);
    expect(Array.from(s.unitOf)).toEqual([0, 0, 0]);
    expect(s.units[0]!.aliases).toEqual(expect.arrayContaining(['劝业场街道花园路社区', '花园路社区', '和平区劝业场街道花园路社区']));
    // Not a street in front: 新街道口社区, 新镇村, 莱茵小镇社区居委会 stay whole.
    expect(resolveUnits([m('新街道口社区'), m('新镇村'), m('莱茵小镇社区居委会')], ['a.csv']).units.map((u) => `${u.parent}/${u.name}`))
      .toEqual(['/新街道口社区', '/新镇村', '/莱茵小镇社区']);
  });

  it('a name written after its street without 街道 (劝业场花园路社区) is the street\'s unit of the rest of the name, when there is exactly one', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const ms = [m('花园路社区', '劝业场街道'), m('劝业场花园路社区', '劝业场街道', '', 1)];
      const r = resolveUnits(order.map((k) => ms[k]!), ['a.csv', 'b.csv']);
      expect(r.units.map((u) => u.name)).toEqual(['花园路社区']);
      expect(Array.from(r.unitOf)).toEqual([0, 0]);
      expect(r.units[0]!.aliases).toEqual(expect.arrayContaining(['花园路社区', '劝业场花园路社区']));
    }
    // Alone, or with no unit of the rest's name in that street, the name is its own unit (葛沽第一社区 is a real name).
    expect(resolveUnits([m('葛沽第一社区', '葛沽镇'), m('第二社区', '葛沽镇')], ['a.csv']).units.map((u) => u.name)).toEqual(['葛沽第一社区', '第二社区']);
    // Another street's unit of that name is not it; nor is a 村 for a 社区.
    expect(resolveUnits([m('花园路社区', '小白楼街道'), m('劝业场花园路社区', '劝业场街道')], ['a.csv']).units).toHaveLength(2);
    expect(resolveUnits([m('花园路村', '劝业场街道'), m('劝业场花园路社区', '劝业场街道')], ['a.csv']).units).toHaveLength(2);
  });

  it('a street written in front with 街 for 街道, after its district or not, or the district alone (劝业场街滨西社区, 和平区劝业场街滨西社区, 和平区滨西社区), is that street\'s unit of the rest', () => {
    for (const written of ['劝业场街滨西社区', '和平区劝业场街滨西社区', '和平区劝业场滨西社区', '天津市和平区劝业场街道滨西社区', '和平区滨西社区', '天津市和平区滨西社区']) {
      const r = resolveUnits([m('滨西社区', '劝业场街道'), m(written, '劝业场街道', '', 1)], ['a.csv', 'b.csv']);
      expect(r.units.map((u) => u.name), written).toEqual(['滨西社区']);
    }
    // Written once each, the name without its street in front is shown, bare or not.
    const tie = resolveUnits([m('兆丰路', '劝业场街道'), m('劝业场街道兆丰路社区', '劝业场街道', '', 1)], ['a', 'b']);
    expect(tie.units.map((u) => u.name)).toEqual(['兆丰路']);
    expect(resolveUnits([m('双街新家园', '双街镇'), m('双街新家园社区', '双街镇', '', 1)], ['a', 'b']).units.map((u) => u.name)).toEqual(['双街新家园社区']);
    // Shown without the place in front, however often that was written.
    const often = resolveUnits([m('滨西社区', '劝业场街道'), m('和平区劝业场街滨西社区', '劝业场街道', '', 1), m('和平区劝业场街滨西社区', '劝业场街道', '', 2)], ['a', 'b', 'c']);
    expect(often.units.map((u) => [u.name, ...u.aliases.slice(1)])).toEqual([['滨西社区', '和平区劝业场街滨西社区']]);
    // Another street's unit is not it; alone, a name beginning with its street's name is as written.
    expect(resolveUnits([m('滨西社区', '小白楼街道'), m('劝业场街滨西社区', '劝业场街道')], ['a.csv']).units).toHaveLength(2);
    expect(resolveUnits([m('双街新家园社区', '双街镇')], ['a.csv']).units.map((u) => u.name)).toEqual(['双街新家园社区']);
    // A district's short name is no district in front: 和平里社区 is not 里社区, 南开花园社区 not 花园社区.
    expect(resolveUnits([m('花园社区', '劝业场街道'), m('南开花园社区', '劝业场街道')], ['a.csv']).units).toHaveLength(2);
  });

  it('a name with another street in front of it, under a street column, is not matched to that street\'s unit', () => {
    // 小站镇会馆村 written under 葛沽镇: which is right is the clerk's to say; never merged with 葛沽镇's 会馆村.
    const r = resolveUnits([m('会馆村', '葛沽镇'), m('小站镇会馆村', '葛沽镇', '', 1)], ['a.csv', 'b.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['会馆村', '小站镇会馆村']);
  });

  it('an official name that begins with its town (葛沽镇冶金工业园社区) and its short form are one unit, coded or not', () => {
    const r = resolveUnits([m('葛沽镇冶金工业园社区', '葛沽镇', '120112101400'), m('冶金工业园社区', '葛沽镇', '', 1), m('冶金工业园社区', '葛沽镇', '120112101400', 1)], ['a.csv', 'b.csv']);
    // Shown as it is written most often.
    expect(r.units.map((u) => u.name)).toEqual(['冶金工业园社区']);
    expect(Array.from(r.unitOf)).toEqual([0, 0, 0]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a name under a street of the same name in two districts, met in a file without a district column, is ambiguous', () => {
    // 海滨街道 is in both 宝坻区 and 滨海新区.
    for (const first of [true, false]) {
      const known = [md('海港社区', '宝坻区', '海滨街道'), md('海港社区', '滨海新区', '海滨街道')];
      const loose = md('海港社区', '', '海滨街道', 1, '', 5);
      const r = resolveUnits(first ? [loose, ...known] : [...known, loose], ['a.csv', 'b.csv']);
      expect(r.units).toHaveLength(3);
      const w = warnings(r, 'ambiguous-unit');
      expect(w).toHaveLength(1);
      expect(w[0]).toMatch(/^b\.csv:5 /);
      expect(w[0]).toContain('宝坻区');
      expect(w[0]).toContain('滨海新区');
      expect(w[0]).toContain('“区”列');
    }
  });

  it('a name in two districts, met in a file with neither district nor street column, is ambiguous', () => {
    const r = resolveUnits([md('前白庙村', '武清区', '大孟庄镇'), md('前白庙村', '宝坻区', '大口屯镇'), m('前白庙村委会', '', '', 1)], ['a.csv', 'b.csv']);
    expect(r.units).toHaveLength(3);
    expect(warnings(r, 'ambiguous-unit')).toHaveLength(1);
  });

  it('with a district known, a name of another district is not taken', () => {
    const r = resolveUnits([md('前白庙村', '武清区', '大孟庄镇'), md('前白庙村', '宝坻区', '', 1)], ['a.csv', 'b.csv']);
    expect(r.units).toHaveLength(2);
  });
});

describe('resolveUnits: one street written two ways is shown one way', () => {
  const streets = (r: ReturnType<typeof resolveUnits>): string[] => r.units.map((u) => u.parent);
  it('咸水沽镇 and 咸水沽 in two files: every unit of that street shows 咸水沽镇, with an info note naming both spellings', () => {
    const r = resolveUnits([
      md('祥福里社区', '', '咸水沽镇', 0, '', 2), md('春竹轩社区', '', '咸水沽镇', 0, '', 3),
      md('祥福里社区', '', '咸水沽', 1, '', 2), md('金石里社区', '', '咸水沽', 1, '', 3),
    ], ['u07a.csv', 'u07b.csv']);
    expect(names(r)).toEqual(['/咸水沽镇/祥福里社区', '/咸水沽镇/春竹轩社区', '/咸水沽镇/金石里社区']);
    const notes = r.issues.filter((i) => i.code === 'street-alias');
    expect(notes.map((i) => `${i.severity} ${i.file}:${i.line} ${i.message}`)).toEqual(['info u07b.csv:2 街道名称“咸水沽镇”、“咸水沽”视为同一街道：咸水沽镇；“咸水沽”首见于u07b.csv第2行']);
    expect(notes[0]!.messageEn).toContain('咸水沽镇');
  });

  it('an ethnic township shortened (孙各庄乡 for 孙各庄满族乡) is the same street: its villages are one unit each', () => {
    const r = resolveUnits([md('丈烟台村', '蓟州区', '孙各庄满族乡'), md('丈烟台村', '蓟州区', '孙各庄乡', 1), md('建新村村委会', '蓟州区', '孙各庄乡政府', 1)], ['6月.csv', '7月.csv']);
    expect(names(r)).toEqual(['蓟州区/孙各庄满族乡/丈烟台村', '蓟州区/孙各庄满族乡/建新村']);
  });

  it('each other spelling is named with the file and line it was first written on', () => {
    const r = resolveUnits([md('第一社区', '和平区', '劝业场街', 0, '', 4), md('第二社区', '和平区', '劝业场街道', 1, '', 2), md('第三社区', '和平区', '劝业场', 2, '', 7)],
      ['3月.csv', '4月.csv', '5月.csv']);
    expect(r.issues.filter((i) => i.code === 'street-alias').map((i) => i.message)).toEqual([
      '街道名称“劝业场街道”、“劝业场街”、“劝业场”视为同一街道：劝业场街道（和平区）；“劝业场街”首见于3月.csv第4行，“劝业场”首见于5月.csv第7行',
    ]);
  });

  it.each([
    [['劝业场街', '劝业场街道', '劝业场'], '劝业场街道'],
    [['劝业场', '劝业场街'], '劝业场街'],
    [['咸水沽', '咸水沽镇', '咸水沽', '咸水沽'], '咸水沽镇'],
    [['中北镇街道', '中北镇', '中北镇'], '中北镇'],
    [['孙各庄乡', '孙各庄满族乡', '孙各庄乡人民政府'], '孙各庄满族乡'],
  ])('%j: the fuller, official-looking spelling (then the most frequent) is shown for all: %s', (spellings, shown) => {
    const r = resolveUnits(spellings.map((s, i) => md(`第${i + 1}社区`, '和平区', s, i)), spellings.map((_s, i) => `f${i}.csv`));
    expect(new Set(streets(r))).toEqual(new Set([shown]));
    expect(r.units).toHaveLength(spellings.length);
  });

  it('a unit of the existing dataset keeps its street; new units of that street take its spelling', () => {
    const existing = [{ code: '', name: '祥福里社区', parent: '咸水沽', district: '', aliases: ['祥福里社区'] }];
    const r = resolveUnits([md('祥福里社区', '', '咸水沽镇'), md('春竹轩社区', '', '咸水沽镇')], ['b.csv'], existing);
    expect(streets(r)).toEqual(['咸水沽', '咸水沽']);
    expect(Array.from(r.unitOf)).toEqual([0, 1]);
  });

  it('streets of one key in two districts keep their own spellings', () => {
    const r = resolveUnits([md('前进社区', '河西区', '友谊路'), md('前进社区', '河东区', '友谊路街道', 1)], ['a.csv', 'b.csv']);
    expect(names(r)).toEqual(['河西区/友谊路/前进社区', '河东区/友谊路街道/前进社区']);
    expect(r.issues.filter((i) => i.code === 'street-alias')).toEqual([]);
  });
});

describe('resolveUnits: a table that says its units are villages (or communities)', () => {
  const village = { level: '村', from: '列名“村名”', fromEn: 'name column header "村名"' } as const;
  const community = { level: '社区', from: '列名“居委会”', fromEn: 'name column header "居委会"' } as const;
  const hinted = (name: string, file: number, hint: UnitMention['unitLevel'], line = 2): UnitMention => ({ ...md(name, '', '中北镇', file, '', line), unitLevel: hint });

  it('a bare 东姜井 under 村名 is the village, not 东姜井社区 of another file; a note names the rule and where the table says it', () => {
    const r = resolveUnits([md('东姜井社区', '', '中北镇'), hinted('东姜井', 1, village, 3), hinted('汪庄', 1, village, 5)], ['各社区.xlsx', '各村.xlsx']);
    expect(names(r)).toEqual(['/中北镇/东姜井社区', '/中北镇/东姜井村', '/中北镇/汪庄村']);
    expect(r.units[1]!.aliases).toEqual(['东姜井村', '东姜井']);
    const note = r.issues.filter((i) => i.code === 'unit-level-from-table');
    expect(note.map((i) => `${i.severity} ${i.file}:${i.line} ${i.message}`)).toEqual(['info 各村.xlsx:3 列名“村名”表明本表的单位是村：“东姜井”、“汪庄”按村匹配']);
    expect(note[0]!.messageEn).toContain('村名');
  });

  it('it joins 东姜井村 of another file, and a bare name under 居委会 joins 东姜井社区 beside both', () => {
    const r = resolveUnits([md('东姜井村', '', '中北镇'), hinted('东姜井', 1, village)], ['a.csv', 'b.csv']);
    expect(names(r)).toEqual(['/中北镇/东姜井村']);
    const s = resolveUnits([md('东姜井村', '', '中北镇'), md('东姜井社区', '', '中北镇'), hinted('东姜井', 1, community)], ['a.csv', 'b.csv']);
    expect(names(s)).toEqual(['/中北镇/东姜井村', '/中北镇/东姜井社区']);
    expect(Array.from(s.unitOf)).toEqual([0, 1, 1]);
    expect(s.issues.filter((i) => i.code === 'ambiguous-unit')).toEqual([]);
  });

  it('a table whose own rows say another level (祥福里社区 under 村名) states none: its bare names follow the usual rule', () => {
    // 汪庄: one unit of that name in 中北镇 (东姜井 has two in the real unit list, so a bare one joins neither).
    const r = resolveUnits([md('汪庄社区', '', '中北镇'), hinted('汪庄', 1, village), hinted('祥福里社区', 1, village, 3)], ['a.csv', 'b.csv']);
    expect(Array.from(r.unitOf)).toEqual([0, 0, 1]);
    expect(r.issues.filter((i) => i.code === 'unit-level-from-table')).toEqual([]);
  });
});
