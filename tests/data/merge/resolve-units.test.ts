import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../../src/data/merge/resolve-units';
import type { UnitMention } from '../../../src/data/records/observation-records';

const m = (rawName: string, parent = '', code = '', file = 0, hasParentColumn = parent !== ''): UnitMention =>
  ({ code, district: '', parent, rawName, file, line: 2, hasParentColumn });

describe('resolveUnits', () => {
  it('merges name variants under one street and lists aliases', () => {
    const r = resolveUnits([m('祥福里社区居委会', '东湖街道'), m('祥福里', '东湖街道'), m('東湖社區', '东湖街道'), m('祥福里社区', '东湖街道办事处')], ['a.csv']);
    expect(r.units.map((u) => u.name)).toEqual(['祥福里社区', '东湖社区']);
    expect(Array.from(r.unitOf)).toEqual([0, 0, 1, 0]);
    expect(r.units[0]!.aliases).toEqual(['祥福里社区', '祥福里社区居委会', '祥福里']);
    expect(r.issues.map((i) => i.code)).toEqual(['unit-alias', 'unit-alias']);
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
