import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../../src/data/merge/resolve-units';
import type { UnitMention } from '../../../src/data/records/observation-records';
import { md, names, warnings } from './mentions';

describe('resolveUnits on the Tianjin unit list (5,617 units)', () => {
  const rows = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  const both = (withCode: boolean): UnitMention[] => rows.flatMap((r, i) => [1, 2].map((c) => md(r[c]!, r[7]!, r[5]!, 0, withCode ? r[0]! : '', i + 2)));

  it.each([false, true])('official and short names resolve pairwise to 5,617 distinct units (codes: %s)', (withCode) => {
    const r = resolveUnits(both(withCode), ['tianjin.csv']);
    expect(r.units).toHaveLength(5617);
    expect(rows.filter((_r, i) => r.unitOf[2 * i] !== r.unitOf[2 * i + 1])).toEqual([]);
    expect(new Set(rows.map((_r, i) => r.unitOf[2 * i])).size).toBe(5617);
    expect(new Set(r.units.map((u) => `${u.district}|${u.parent}|${u.name}`)).size).toBe(5617);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('does not depend on the order of the mentions', () => {
    const ms = both(false);
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const order = ms.map((_x, i) => i).sort(() => rnd() - 0.5);
    const r = resolveUnits(order.map((i) => ms[i]!), ['tianjin.csv']);
    const unitOfOriginal = new Int32Array(ms.length);
    order.forEach((orig, k) => { unitOfOriginal[orig] = r.unitOf[k]!; });
    expect(r.units).toHaveLength(5617);
    expect(rows.filter((_r, i) => unitOfOriginal[2 * i] !== unitOfOriginal[2 * i + 1])).toEqual([]);
  });

  it('short names only, without the district: each short name that is unique in its street resolves, and no two units merge', () => {
    const r = resolveUnits(rows.map((x, i) => md(x[2]!, '', x[5]!, 0, '', i + 2)), ['tianjin.csv']);
    // 海滨街道 (宝坻区, 滨海新区) holds no name twice, so without a district column the streets still tell all apart.
    expect(r.units).toHaveLength(5617);
  });
});

describe('resolveUnits: each unit of 天津市 written with its place in front, beside its short name', () => {
  const rows = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  it.each([
    // [what is in front, how it is written, the short names that stay apart: named after their own town, written after it again]
    ['its district', (r: string[]) => r[7]! + r[2]!, []],
    ['its street', (r: string[]) => r[5]! + r[2]!, ['葛沽镇冶金工业园社区', '双桥河镇工业园社区']],
    ['a path', (r: string[]) => `${r[7]!}/${r[5]!}/${r[2]!}`, []],
    // After it in brackets, whatever the street is called; but for a street whose name holds a bracket itself.
    ['its street in brackets after', (r: string[]) => `${r[2]!}（${r[5]!}）`, rows.filter((r) => r[5]!.includes('（')).map((r) => r[2]!)],
  ] as const)('%s: each row is its unit', (_front, written, apart) => {
    const r = resolveUnits(rows.flatMap((x, i) => [md(x[2]!, x[7]!, x[5]!, 0, '', i + 2), md(written(x), x[7]!, x[5]!, 1, '', i + 2)]), ['short.csv', 'written.csv']);
    expect(rows.filter((_x, i) => r.unitOf[2 * i] !== r.unitOf[2 * i + 1]).map((x) => x[2])).toEqual(apart);
    expect(r.units).toHaveLength(5617 + apart.length);
  });
});

describe('resolveUnits: how a tired clerk writes 东姜井村 (西青区 中北镇, beside 东姜井社区)', () => {
  const reference = [md('东姜井社区居委会', '西青区', '中北镇'), md('东姜井村委会', '西青区', '中北镇')];
  it.each([
    ['东姜井村', '西青区', '中北镇'], ['东姜井村委会', '西青', '中北'], ['东姜井村村民委员会', '天津市西青区', '中北镇人民政府'],
    ['東姜井村委', '西青區', '中北鎮'], ['东姜井\u3000村', ' 西青区 ', '中北 镇'], ['“东姜井村”', '西青区', '西青区中北镇'],
    ['东姜井村', '', '天津市西青区中北镇'], ['东姜井村', '', '中北镇'], ['东\u200B姜井村 ', '西青区', '中北镇街道'],
  ])('%j in %j / %j is 东姜井村', (name, district, street) => {
    const r = resolveUnits([...reference, md(name, district, street, 1)], ['ref.csv', 'b.csv']);
    expect(r.units).toHaveLength(2);
    expect(r.unitOf[2]).toBe(r.unitOf[1]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each([['东姜井居委'], ['东姜井社区居委'], ['東姜井社區']])('%j is 东姜井社区', (name) => {
    const r = resolveUnits([...reference, md(name, '西青区', '中北镇', 1)], ['ref.csv', 'b.csv']);
    expect(r.unitOf[2]).toBe(r.unitOf[0]);
  });

  it.each([['东姜井'], ['東姜井'], ['东姜井委员会']])('%j (no level) is ambiguous, its own unit', (name) => {
    const r = resolveUnits([...reference, md(name, '西青区', '中北镇', 1)], ['ref.csv', 'b.csv']);
    expect(r.units).toHaveLength(3);
    expect(warnings(r, 'ambiguous-unit')).toHaveLength(1);
  });

  it('a coded bare 东姜井 does not take the level of either when both arrive uncoded', () => {
    const r = resolveUnits([md('东姜井', '西青区', '中北镇', 0, '120111100099'), ...reference.map((x) => ({ ...x, file: 1 }))], ['a.csv', 'ref.csv']);
    expect(r.units).toHaveLength(3);
    const w = warnings(r, 'ambiguous-unit');
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('“东姜井社区”和“东姜井村”');
  });
});

describe('resolveUnits: a name without its level that the real unit list has as a 社区 and a 村 of one street', () => {
  it('is joined to neither when the import holds only one of them, with its street, its district or no place written', () => {
    for (const [district, street] of [['西青区', '中北镇'], ['', '中北镇'], ['西青区', ''], ['', '']] as const) {
      for (const order of [0, 1]) {
        const full = md('东姜井社区', '西青区', '中北镇');
        const bare = md('东姜井', district, street, 1, '', 4);
        const r = resolveUnits(order === 0 ? [full, bare] : [bare, full], ['各社区.csv', '简称.csv']);
        expect(r.units, `${district}/${street}`).toHaveLength(2);
        expect(warnings(r, 'ambiguous-unit'), `${district}/${street}`).toEqual([
          '简称.csv:4 “东姜井”没有写明是社区还是村，而西青区中北镇有“东姜井社区”和“东姜井村”两个单位，无法判断是哪一个，已单独列出，没有与其他数据合在一起。请写全名称（如“东姜井社区”）或增加区划代码列',
        ]);
      }
    }
  });

  it('is flagged alone too, and each of the four twins of 天津市 is known (建新 of 北闸口镇, 柳滩 of 天穆镇, 西姜井 of 中北镇)', () => {
    for (const [name, street] of [['东姜井', '中北镇'], ['西姜井', '中北镇'], ['建新', '北闸口镇'], ['柳滩', '天穆镇']] as const) {
      const r = resolveUnits([md(name, '', street), md(`${name}居委会`, '', street, 0, '', 3)], ['a.csv']);
      expect(names(r), name).toEqual([`/${street}/${name}`, `/${street}/${name}社区`]);
      expect(warnings(r, 'ambiguous-unit'), name).toHaveLength(1);
    }
  });

  it('elsewhere a bare name is matched as before: 东姜井 of another street, 汪庄 of 中北镇, a level stated by its table, a code', () => {
    expect(resolveUnits([md('东姜井社区', '', '大寺镇'), md('东姜井', '', '大寺镇', 1)], ['a.csv', 'b.csv']).units).toHaveLength(1);
    expect(resolveUnits([md('汪庄村', '', '中北镇'), md('汪庄', '', '中北镇', 1)], ['a.csv', 'b.csv']).units).toHaveLength(1);
    const village = { level: '村', from: '列名“村名”', fromEn: 'name column header "村名"' } as const;
    const r = resolveUnits([md('东姜井村', '', '中北镇'), { ...md('东姜井', '', '中北镇', 1), unitLevel: village }], ['a.csv', 'b.csv']);
    expect([r.units.length, warnings(r, 'ambiguous-unit')]).toEqual([1, []]);
    const coded = resolveUnits([md('东姜井', '', '中北镇', 0, '120111100201'), md('东姜井', '', '中北镇', 1, '120111100201')], ['a.csv', 'b.csv']);
    expect([coded.units.length, warnings(coded, 'ambiguous-unit')]).toEqual([1, []]);
  });
});

describe('resolveUnits: files with a district column but no street column', () => {
  it('a name in two districts (no streets anywhere), then met without a district: ambiguous, not a silent third unit', () => {
    for (const first of [true, false]) {
      const known = [md('前白庙村', '武清区', ''), md('前白庙村', '宝坻区', '')];
      const loose = md('前白庙村委会', '', '', 1, '', 4);
      const r = resolveUnits(first ? [loose, ...known] : [...known, loose], ['a.csv', 'b.csv']);
      expect(r.units).toHaveLength(3);
      const w = warnings(r, 'ambiguous-unit');
      expect(w).toHaveLength(1);
      expect(w[0]).toMatch(/^b\.csv:4 /);
      expect(w[0]).toContain('“武清区”、“宝坻区”');
    }
  });

  it('a name the real unit list has in two streets of its district (丁家庄村 of 宝坻区), met without a street, is joined to neither street\'s', () => {
    for (const [name, district] of [['丁家庄村', '宝坻区'], ['丁家庄村委会', ''], ['丁家庄', '宝坻区']] as const) {
      for (const order of [0, 1]) {
        const known = md('丁家庄村', '宝坻区', '朝霞街道');
        const loose = md(name, district, '', 1, '', 4);
        const r = resolveUnits(order === 0 ? [known, loose] : [loose, known], ['朝霞街道.csv', '各村.csv']);
        expect(names(r), name).toEqual(order === 0 ? ['宝坻区/朝霞街道/丁家庄村', `${district}//${name === '丁家庄村委会' ? '丁家庄村' : name}`]
          : [`${district}//${name === '丁家庄村委会' ? '丁家庄村' : name}`, '宝坻区/朝霞街道/丁家庄村']);
        expect(warnings(r, 'ambiguous-unit'), name).toEqual([
          `各村.csv:4 “${name}”没有写街道，而宝坻区的“朝霞街道”、“新开口镇”都有“丁家庄村”，无法判断它是不是本次导入中朝霞街道的那个，已单独列出，数据没有合在一起。请在文件中增加“街道”列或区划代码列`,
        ]);
      }
    }
    // Another district's, or a name the district has once: joined as before.
    expect(resolveUnits([md('丁家庄村', '宝坻区', '朝霞街道'), md('丁家庄村', '武清区', '', 1)], ['a', 'b']).units).toHaveLength(2);
    expect(resolveUnits([md('汪庄村', '西青区', '中北镇'), md('汪庄村', '西青区', '', 1)], ['a', 'b']).units).toHaveLength(1);
  });

  it('a name in one district, met without a district and without a street, joins it', () => {
    const r = resolveUnits([md('前白庙村', '武清区', ''), md('前白庙', '', '', 1), md('前白庙村', '天津市武清区', '', 2)], ['a', 'b', 'c']);
    expect(names(r)).toEqual(['武清区//前白庙村']);
  });
});

describe('resolveUnits: a remark after a full name (红星里社区（新）) beside the name without it', () => {
  it('keeps two units, warning once at the remarked one; 祥福里社区（一） and （二） alone, and 红星里社区（筹）, get no such warning', () => {
    const r = resolveUnits([md('红星里社区', '', '咸水沽镇'), md('红星里社区（新）', '', '咸水沽镇', 0, '', 3), md('红星里社区（新）', '', '咸水沽镇', 1, '', 2),
      md('祥福里社区（一）', '', '咸水沽镇', 0, '', 4), md('祥福里社区（二）', '', '咸水沽镇', 0, '', 5), md('红旗楼社区（筹）', '', '咸水沽镇', 0, '', 6), md('红旗楼社区', '', '咸水沽镇', 1, '', 3)], ['三月.csv', '四月.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['红星里社区', '红星里社区（新）', '祥福里社区（一）', '祥福里社区（二）', '红旗楼社区']);
    expect(warnings(r, 'unit-remark-twin')).toEqual([
      '三月.csv:3 “红星里社区（新）”与“红星里社区”（同在咸水沽镇）按两个单位导入，数据没有合在一起。如是同一社区，请统一名称（去掉“（新）”）后重新导入；如确是两个单位（如拆分或新设），可不处理',
    ]);
  });

  it('a remark with brackets of its own (东姜井社区（含（筹）社区）) is one too: warned as （新） is (was: two units, no word)', () => {
    const r = resolveUnits([md('东姜井社区', '', '中北镇'), md('东姜井社区（含（筹）社区）', '', '中北镇', 0, '', 3)], ['a.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['东姜井社区', '东姜井社区（含（筹）社区）']);
    expect(warnings(r, 'unit-remark-twin')).toEqual([
      'a.csv:3 “东姜井社区（含（筹）社区）”与“东姜井社区”（同在中北镇）按两个单位导入，数据没有合在一起。如是同一社区，请统一名称（去掉“（含（筹）社区）”）后重新导入；如确是两个单位（如拆分或新设），可不处理',
    ]);
  });

  it('under another street the name without the remark is no twin of it', () => {
    const r = resolveUnits([md('红星里社区', '', '双港镇'), md('红星里社区(新)', '', '咸水沽镇', 0, '', 3)], ['a.csv']);
    expect(warnings(r, 'unit-remark-twin')).toEqual([]);
  });
});
