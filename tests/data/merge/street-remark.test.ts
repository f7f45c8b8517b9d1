import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../../src/data/merge/resolve-units';
import { md, names } from './mentions';
import { importText } from '../pipeline/import-helpers';

const aliasNotes = (r: ReturnType<typeof resolveUnits>): string[] =>
  r.issues.filter((i) => i.code === 'street-alias').map((i) => `${i.severity} ${i.file}:${i.line} ${i.message}`);

// A street's remark in brackets (`新城街道(筹)`) is no part of its name and was dropped without a word, where a unit's
// spellings (`新城社区（筹）` beside `新城社区`) are named in unit-alias. Said once, as the street's spellings are.
describe('a street written with a remark in brackets', () => {
  it('新城街道(筹) alone: shown as 新城街道, the spelling as written said once (was: nothing said)', () => {
    const r = resolveUnits([md('花园社区', '', '新城街道(筹)', 0, '', 2), md('东湖社区', '', '新城街道(筹)', 0, '', 3)], ['a.csv']);
    expect(names(r)).toEqual(['/新城街道/花园社区', '/新城街道/东湖社区']);
    expect(aliasNotes(r)).toEqual(['info a.csv:2 街道名称“新城街道”、“新城街道（筹）”视为同一街道：新城街道；“新城街道（筹）”首见于a.csv第2行']);
  });

  it('beside 新城街道 in another file, and with another remark: one note naming each spelling where first written', () => {
    const r = resolveUnits([
      md('花园社区', '', '新城街道', 0, '', 2), md('东湖社区', '', '新城街道（筹）', 1, '', 4), md('西山社区', '', '新城街道（筹建中）', 1, '', 5),
    ], ['a.csv', 'b.csv']);
    expect(aliasNotes(r)).toEqual(['info b.csv:4 街道名称“新城街道”、“新城街道（筹）”、“新城街道（筹建中）”视为同一街道：新城街道；“新城街道（筹）”首见于b.csv第4行，“新城街道（筹建中）”首见于b.csv第5行']);
  });

  it('a district written after a street in brackets is its district, no remark: nothing said', () => {
    const r = resolveUnits([md('东姜井村', '', '中北镇（西青区）')], ['a.csv']);
    expect(names(r)).toEqual(['西青区/中北镇/东姜井村']);
    expect(aliasNotes(r)).toEqual([]);
  });

  it('in an import: one info for the file\'s street column', () => {
    const r = importText('街道,社区,常住人口\n新城街道(筹),花园社区,1200\n新城街道(筹),东湖社区,300\n', '2024年3月.csv');
    expect(r.report.issues.filter((i) => i.code === 'street-alias').map((i) => `${i.severity}@${i.line}`)).toEqual(['info@2']);
  });
});

// A street row (its communities under it) written with a remark, `新城街道（筹）`, was read as a community of that name
// under the next street row, which then became a trailing subtotal: the rows' streets were all wrong.
describe('a street row written with a remark in brackets', () => {
  it('新城街道（筹） heading its communities is a street row as 新城街道 is; the remark said once', () => {
    const r = importText('社区,常住人口\n新城街道（筹）,1500\n花园社区,1200\n东湖社区,300\n双港镇,800\n鑫港园社区,800\n', '2024年3月.csv');
    expect(r.dataset!.units.map((u) => `${u.parent}/${u.name}`)).toEqual(['新城街道/花园社区', '新城街道/东湖社区', '双港镇/鑫港园社区']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.filter((i) => i.code === 'street-alias').map((i) => i.message)).toEqual([
      '街道名称“新城街道”、“新城街道（筹）”视为同一街道：新城街道；“新城街道（筹）”首见于2024年3月.csv第3行',
    ]);
  });

  it('中北镇（西青区）: a district after it, a street row too', () => {
    const r = importText('村,常住人口\n中北镇（西青区）,900\n东姜井村,500\n西姜井村,400\n', '2024年3月.csv');
    expect(r.dataset!.units.map((u) => `${u.district}/${u.parent}/${u.name}`)).toEqual(['西青区/中北镇/东姜井村', '西青区/中北镇/西姜井村']);
  });
});
