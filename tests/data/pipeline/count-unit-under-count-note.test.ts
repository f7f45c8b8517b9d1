// @vitest-environment node
/**
 * A unit note naming one count unit over a table of counts in others (`单位：人` over 走访户数,
 * 培训人次, 发放资料份数): an item whose name gives its own count unit (户, 人次, 份) keeps it; the
 * note's unit goes to the items that name none (帮扶项目数) and to no catalogue metric's (再就业人数
 * stays 人). When a name overrides the note, one info per table names the note and the items kept.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { NOTE_SHAPES, toCsv } from './note-shapes';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });


const SHAPES = NOTE_SHAPES;

/** Counts naming their own unit under `单位：人`, and the unit kept. */
const OWN: readonly (readonly [string, string])[] = [
  ['走访户数', '户'], ['培训人次', '人次'], ['发放资料份数', '份'], ['走访户数（含电话）', '户'], ['走访户数(含电话)', '户'],
  ['走访户数 （含电话）', '户'], ['走访户数【含电话】', '户'], ['1.走访户数', '户'], ['（三）培训人次', '人次'], ['2、发放资料份数', '份'],
  ['入户走访户次', '户次'], ['巡逻趟数', '趟'],
];
const NOTES = ['单位：人', '单位:人', '单位： 人'] as const;

const unitsOf = (r: ReturnType<typeof run>): string[][] => r.dataset!.metrics.map((m) => [m.id.replace(/^custom:/, ''), m.unit]);
const kept = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'count-unit-kept');

describe.each(SHAPES)('a count note over %s', (_, make) => {
  it.each(OWN)('%s keeps its own unit %s, said once', (item, unit) => {
    const r = run([make('单位：人', [item, '帮扶项目数'])]);
    expect(unitsOf(r).map(([, u]) => u)).toEqual([unit, '人']);
    expect(observations(r.dataset).filter((o) => o.unit === '东湖社区' && o.period === '2024-03').map((o) => o.value)).toEqual([12, 12]);
    const said = kept(r);
    expect(said.map((i) => i.severity)).toEqual(['info']);
    expect(said[0]!.message).toContain('单位：人');
    expect(said[0]!.message).toContain(`“${item}”（${unit}）`);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each(NOTES)('under %s: one info for the table naming every item kept; the note for the rest', (note) => {
    const r = run([make(note, ['走访户数', '培训人次', '再就业人数', '发放资料份数', '帮扶项目数'])]);
    expect(unitsOf(r)).toEqual([['走访户数', '户'], ['培训人次', '人次'], ['reemployed', '人'], ['发放资料份数', '份'], ['帮扶项目数', '人']]);
    const said = kept(r);
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(/^单位行写“单位：人”/);
    for (const text of ['“走访户数”（户）', '“培训人次”（人次）', '“发放资料份数”（份）']) expect(said[0]!.message).toContain(text);
    expect(said[0]!.message).not.toContain('帮扶项目数');
    expect(said[0]!.message).not.toContain('再就业人数');
  });

  it('a note of the items\' own unit: nothing to say', () => {
    const r = run([make('单位：户', ['走访户数', '低保户数'])]);
    expect(unitsOf(r).map(([, u]) => u)).toEqual(['户', '户']);
    expect(kept(r)).toEqual([]);
  });

  it('the other way round: 帮扶对象人数 under 单位：人次 is in 人', () => {
    const r = run([make('单位：人次', ['帮扶对象人数', '培训人次'])]);
    expect(unitsOf(r)).toEqual([['帮扶对象人数', '人'], ['培训人次', '人次']]);
    expect(kept(r)).toHaveLength(1);
  });
});

describe('a long table\'s 单位 cell', () => {
  it('is the row\'s own word, not a note: 走访户数 with 人 in its 单位 cell stays as before (人)', () => {
    const r = run([csv('2024年3月.csv', toCsv([['社区', '期间', '指标', '单位', '数值'], ['东湖社区', '2024年3月', '走访户数', '人', 12]]))]);
    expect(unitsOf(r)).toEqual([['走访户数', '人']]);
    expect(kept(r)).toEqual([]);
  });
});
