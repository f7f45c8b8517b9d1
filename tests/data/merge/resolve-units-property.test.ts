/**
 * resolveUnits as a property: mentions of a few real units (社区 and 村 of one base name, a name in
 * two districts, a street name in two districts), each written the way some file might (district
 * spelled or missing, street with or without its level or district, official, short or bare name,
 * with or without code), resolve the same whatever the order of files and rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../../src/data/merge/resolve-units';
import type { UnitMention } from '../../../src/data/records/observation-records';

interface Truth { names: string[]; districts: string[]; streets: string[]; code: string }
const TRUTH: Truth[] = [
  { names: ['东姜井社区', '东姜井社区居委会', '东姜井居委', '东姜井'], districts: ['西青区', '西青', '天津市西青区'], streets: ['中北镇', '中北', '西青区中北镇'], code: '120111100001' },
  { names: ['东姜井村', '东姜井村委会', '東姜井村委', '东姜井'], districts: ['西青区', '西青'], streets: ['中北镇', '中北镇人民政府'], code: '120111100201' },
  { names: ['祥福里社区', '祥福里', '祥福裏社区居委会'], districts: ['河西区', '天津市河西区'], streets: ['友谊路街道', '友谊路', '河西区友谊路街道'], code: '120103001001' },
  { names: ['前白庙村', '前白庙村委会', '前白庙村村民委员会'], districts: ['武清区', '武清'], streets: ['大孟庄镇', '大孟庄'], code: '120114101001' },
  { names: ['前白庙村', '前白庙村委'], districts: ['宝坻区'], streets: ['大口屯镇'], code: '120115102001' },
  { names: ['海港社区', '海港居委会'], districts: ['宝坻区'], streets: ['海滨街道'], code: '120115001001' },
  { names: ['海港社区', '海港社区居委会'], districts: ['滨海新区', '滨海'], streets: ['海滨街道', '海滨'], code: '120116001001' },
];

const mention = fc.record({
  unit: fc.integer({ min: 0, max: TRUTH.length - 1 }),
  name: fc.nat(), district: fc.nat(), street: fc.nat(),
  showDistrict: fc.boolean(), showStreet: fc.boolean(), showCode: fc.boolean(), file: fc.integer({ min: 0, max: 3 }),
}).map((g): UnitMention & { unit: number } => {
  const t = TRUTH[g.unit]!;
  const parent = g.showStreet ? t.streets[g.street % t.streets.length]! : '';
  return {
    unit: g.unit, rawName: t.names[g.name % t.names.length]!, district: g.showDistrict ? t.districts[g.district % t.districts.length]! : '',
    parent, hasParentColumn: parent !== '', code: g.showCode ? t.code : '', file: g.file, line: 2,
  };
});

/** Which mentions share a unit, as sorted groups of mention texts (independent of unit numbering). */
function partition(ms: readonly UnitMention[]): string[] {
  const { unitOf } = resolveUnits(ms, ['a', 'b', 'c', 'd']);
  const groups = new Map<number, string[]>();
  ms.forEach((m, i) => groups.set(unitOf[i]!, [...(groups.get(unitOf[i]!) ?? []), `${m.code}|${m.district}|${m.parent}|${m.rawName}|${m.file}`]));
  return [...groups.values()].map((g) => g.sort().join(' + ')).sort();
}

describe('resolveUnits (property)', () => {
  it('the order of mentions does not change which of them are one unit', () => {
    const shuffled = fc.array(mention, { maxLength: 12 }).chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length })));
    fc.assert(fc.property(shuffled, ([a, b]) => {
      expect(partition(b)).toEqual(partition(a));
    }), { numRuns: 2000, seed: 14 });
  });

  it('mentions that state district, street and a full name never join another unit, and those of one unit with a code are one', () => {
    fc.assert(fc.property(fc.array(mention, { maxLength: 12 }), (ms) => {
      const { unitOf } = resolveUnits(ms, ['a', 'b', 'c', 'd']);
      const full = ms.map((m, i) => ({ m, u: unitOf[i]! })).filter(({ m }) => m.district !== '' && m.parent !== '' && m.rawName !== '东姜井');
      for (const a of full) for (const b of full) if (a.u === b.u) expect(a.m.unit).toBe(b.m.unit);
      const coded = ms.map((m, i) => ({ m, u: unitOf[i]! })).filter(({ m }) => m.code !== '');
      for (const a of coded) for (const b of coded) if (a.m.unit === b.m.unit) expect(a.u).toBe(b.u);
    }), { numRuns: 2000, seed: 15 });
  });
});
