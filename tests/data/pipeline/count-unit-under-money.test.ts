// @vitest-environment node
/**
 * A count of the office's own under a money note (`单位：万元`, `单位：万元（金额）`) is not money: it
 * carries the unit its name counts in (走访户数 → 户, 帮扶对象人数 → 人, 培训人次 → 人次), or none when
 * the name gives none, never the note's 万元, so 52 households are never shown as 52 万元. A note's
 * remark in brackets (`（金额）`) is no part of its unit: `单位：万元（金额）` is 万元, scaling amounts as
 * `单位：万元` does.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';
import { NOTE_SHAPES } from './note-shapes';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });

/** Counts under a money note and the unit their names count in ('' when the name gives none). */
const COUNTS: readonly (readonly [string, string])[] = [
  ['走访户数（含电话）', '户'], ['走访户数(含电话)', '户'], ['走访户数 （含电话）', '户'], ['走访户数【含电话】', '户'],
  ['1.走访户数（含电话）', '户'], ['（三）走访户数（含电话）', '户'], ['帮扶对象人数（含低保）', '人'], ['2、帮扶对象人数（含低保）', '人'],
  ['培训人次（其中线上）', '人次'], ['入户走访户次', '户次'], ['走访户数', '户'], ['发放资料份数', '份'],
  ['新增就业岗位数（含公益性）', ''], ['帮扶项目数', ''],
];
/** Counts named with a trailing total word (a form reads such rows as its 合计 rows): tables only. */
const TOTAL_COUNTS: readonly (readonly [string, string])[] = [['走访户数合计', '户'], ['走访户数（含电话）合计', '户'], ['走访户数 合计', '户']];
/** Ways a clerk writes a money note with a remark. */
const NOTES = ['单位：万元（金额）', '单位:万元(金额)', '单位：万元 （金额）', '单位：万元【金额】', '单位：万元'] as const;


const SHAPES = NOTE_SHAPES;

/** The dataset's unit of each metric but 项目经费, and 项目经费's values for 东湖社区 in March. */
function read(r: ReturnType<typeof run>): { units: string[]; amount: (number | null)[] } {
  const ds = r.dataset!;
  return {
    units: ds.metrics.filter((m) => m.id !== 'custom:项目经费').map((m) => m.unit),
    amount: observations(ds).filter((o) => o.unit === '东湖社区' && o.metric === 'custom:项目经费' && o.period === '2024-03').map((o) => o.value),
  };
}

describe.each(SHAPES)('a money note over %s', (shape, make) => {
  const counts = shape.includes('form') ? COUNTS : [...COUNTS, ...TOTAL_COUNTS];

  it.each(counts)('the count %s carries the unit %j, not 万元', (name, unit) => {
    const r = run([make('单位：万元（金额）', [name, '项目经费'])]);
    const { units, amount } = read(r);
    expect(units).toEqual([unit]);
    expect(amount).toEqual([120000]);
    const values = observations(r.dataset).filter((o) => o.unit === '东湖社区' && o.metric !== 'custom:项目经费' && o.period === '2024-03');
    expect(values.map((o) => o.value)).toEqual([12]);
  });

  it.each(NOTES)('%s is 万元: an amount is scaled to 元, and the note is said as 万元', (note) => {
    const r = run([make(note, ['项目经费', '走访户数（含电话）'])]);
    expect(r.dataset!.metrics.map((m) => [m.id, m.unit])).toEqual([['custom:项目经费', '元'], ['custom:走访户数(含电话)', '户']]);
    expect(read(r).amount).toEqual([120000]);
    const said = r.report.issues.find((i) => i.code === 'unit-row');
    expect(said?.message).toContain('按万元读取，换算为元');
    const kept = r.report.issues.filter((i) => i.code === 'count-not-scaled');
    expect(kept.map((i) => i.message)).toEqual([expect.stringContaining('未按“单位：万元”换算')]);
  });
});

describe('the one-community form of the July workbook (block B of h1-gen.mjs)', () => {
  it('reads each count in its own unit and 项目经费 in 元', () => {
    const rows: BookCell[][] = [['东姜井社区2025年7月工作报表'], ['单位：万元（金额）'], ['项目', '本月', '本年累计'],
      ['1.再就业人数', 6, 41], ['2.走访户数（含电话）', 52, 300], ['3、项目经费', 1.5, 8.2], ['（四）志愿服务时长（小时）', 120, 800], ['5. 慰问困难群众（人次）', 14, 90]];
    const r = run([{ name: '东姜井社区7月报表.xlsx', bytes: book([['7月', rows]]) }]);
    expect(r.dataset!.metrics.map((m) => [m.id, m.unit])).toEqual([
      ['reemployed', '人'], ['custom:走访户数(含电话)', '户'], ['custom:项目经费', '元'], ['volunteer_hours', '小时'], ['people_visited', '人次'],
    ]);
    const obs = observations(r.dataset).filter((o) => o.metric !== 'reemployed' && o.metric !== 'volunteer_hours' && o.metric !== 'people_visited');
    expect(obs.map((o) => [o.metric, o.period, o.value]).sort()).toEqual([
      ['custom:走访户数(含电话)', '2025-07', 52], ['custom:走访户数(含电话)', '2025-C07', 300],
      ['custom:项目经费', '2025-07', 15000], ['custom:项目经费', '2025-C07', 82000],
    ]);
  });
});
