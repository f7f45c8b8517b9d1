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
