import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../../src/data/merge/resolve-units';
import type { UnitMention } from '../../../src/data/records/observation-records';

describe('resolveUnits: the unit-alias note says where each spelling was met', () => {
  const at = (rawName: string, file: number, line: number, parent = '塘沽街道'): UnitMention =>
    ({ code: '', district: '', parent, rawName, file, line, hasParentColumn: true });

  it('two files: placed at the file and line of the other spelling, each spelling with its file and line', () => {
    const r = resolveUnits([at('紫云园社区', 0, 2), at('新城家园社区', 0, 3), at('紫云园社区居委会', 1, 2), at('新城家园居委会', 1, 3)], ['n1a.csv', 'n1b.csv']);
    expect(r.issues.map((i) => [i.code, i.file, i.line])).toEqual([['unit-alias', 'n1b.csv', 2], ['unit-alias', 'n1b.csv', 3]]);
    expect(r.issues[0]!.message).toBe('“紫云园社区”（n1a.csv第2行）、“紫云园社区居委会”（n1b.csv第2行）视为同一单位：紫云园社区（塘沽街道）');
  });

  it('the other spelling first, in the second file: still placed at it, not at the first mention', () => {
    const r = resolveUnits([at('紫云园社区居委会', 0, 5), at('紫云园社区', 1, 2), at('紫云园社区', 1, 3), at('紫云园社区', 2, 2)], ['a.csv', 'b.csv', 'c.csv']);
    expect(r.units[0]!.name).toBe('紫云园社区');
    expect(r.issues).toMatchObject([{ code: 'unit-alias', file: 'a.csv', line: 5 }]);
    expect(r.issues[0]!.message).toContain('“紫云园社区”（b.csv第2行）、“紫云园社区居委会”（a.csv第5行）');
  });

  it('one file: lines only; three spellings each named', () => {
    const r = resolveUnits([at('东湖社区', 0, 2), at('東湖社區', 0, 5), at('东湖', 0, 7), at('东湖社区', 0, 8)], ['a.csv']);
    expect(r.issues).toMatchObject([{ code: 'unit-alias', file: 'a.csv', line: 5 }]);
    expect(r.issues[0]!.message).toBe('“东湖社区”（第2行）、“東湖社區”（第5行）、“东湖”（第7行）视为同一单位：东湖社区（塘沽街道）');
  });

  it('a name no mention wrote (read from 紫云园社区居委会 alone) is given no line of its own', () => {
    const r = resolveUnits([at('紫云园社区居委会', 0, 2)], ['n1b.csv']);
    expect(r.issues).toMatchObject([{ code: 'unit-alias', file: 'n1b.csv', line: 2 }]);
    expect(r.issues[0]!.message).toBe('“紫云园社区”、“紫云园社区居委会”（第2行）视为同一单位：紫云园社区（塘沽街道）');
  });

  it('a spelling new against an existing dataset: placed at it, the dataset\'s spelling said to be from it', () => {
    const existing = [{ code: '', name: '紫云园社区', parent: '塘沽街道', district: '', aliases: ['紫云园社区'] }];
    const r = resolveUnits([at('紫云园社区居委会', 0, 4)], ['n1b.csv'], existing);
    expect(r.issues).toMatchObject([{ code: 'unit-alias', file: 'n1b.csv', line: 4 }]);
    expect(r.issues[0]!.message).toContain('“紫云园社区”（已有数据）、“紫云园社区居委会”（n1b.csv第4行）');
  });
});
