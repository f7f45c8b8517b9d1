// @vitest-environment node
/**
 * `单位：万元` over a table (or a one-community form) scales its amounts to 元; an item of the office's
 * own that counts people or households is no amount, however the clerk wrote its name: a remark in a
 * bracket (`走访户数（含电话）`), a trailing 合计, a list number in front. Each such item is said once,
 * with its line. An amount stays scaled whatever remark it carries, and a unit written with the item
 * (`（元）`, `（万元）`) is the item's own.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

/** Counts of people or households, as tired clerks write them: never ×10000. */
const COUNTS = [
  '走访户数（含电话）', '走访户数(含电话)', '走访户数 （含电话）', '走访户数【含电话】', '再就业人数（累计）', '帮扶对象人数（含低保）',
  '培训人次（其中线上）', '新增就业岗位数（含公益性）', '1.走访户数（含电话）', '（三）走访户数（含电话）', '2、帮扶对象人数（含低保）',
  '走访户数（含电话）（户）', '志愿者人数（名）', '1.走访户数（户）', '新增就业岗位（个）', '入户走访（户次）', '走访户数（单位：户）', '帮扶对象（人）',
] as const;
/** Counts named with a trailing total word: a one-community form reads them as its 合计 rows, so in tables only. */
const TOTAL_COUNTS = ['走访户数合计', '走访户数 合计', '走访户数（户）合计', '帮扶对象人数（含低保）合计'] as const;
/** Amounts under 万元, whatever remark they carry: scaled to 元. */
const AMOUNTS = ['项目经费', '项目经费（含上级拨款）', '救助金额（含临时救助）', '活动经费（含走访户数）', '慰问金额（100户）', '走访户数（含经费，万元）', '慰问户数（金额）'] as const;
/** Items naming their own unit: read in it, whatever the table says (慰问金额（元） is 元; 走访户数（万元） is money). */
const OWN_UNIT: readonly (readonly [string, number])[] = [['慰问金额（元）', 12], ['走访户数（万元）', 120000]];

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });

/** The values read for community 东湖社区 (any period), by metric id. */
function valuesOf(r: ReturnType<typeof run>): [string, number | null][] {
  return observations(r.dataset).filter((o) => o.unit === '东湖社区').map((o) => [o.metric, o.value]);
}
/** The values of the items other than 项目经费. */
const itemValues = (r: ReturnType<typeof run>) => valuesOf(r).filter(([m]) => m !== 'custom:项目经费').map(([, v]) => v);

const countInfos = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'count-not-scaled');

/** A wide table under `单位：万元`: 社区 and one column per item, two communities. */
function wideRows(items: readonly string[]): BookCell[][] {
  return [['单位：万元'], ['社区', ...items], ['东湖社区', ...items.map(() => 12)], ['西湖社区', ...items.map(() => 12)]];
}
/** A one-community form (项目 | 本月) with `单位：万元` in a row above. */
function formRows(items: readonly string[]): BookCell[][] {
  return [['东湖社区2024年3月工作统计表'], ['单位：万元'], ['项目', '本月'], ...items.map((n) => [n, 12])];
}
/** A long table (社区 | 期间 | 指标 | 数值) under `单位：万元`, two communities per item. */
function longRows(items: readonly string[]): BookCell[][] {
  return [['单位：万元'], ['社区', '期间', '指标', '数值'], ...items.flatMap((n) => [['东湖社区', '2024年3月', n, 12], ['西湖社区', '2024年3月', n, 12]])];
}
/** Communities across, items down (项目 | 东湖社区 | 西湖社区) under `单位：万元`. */
function acrossRows(items: readonly string[]): BookCell[][] {
  return [['单位：万元'], ['项目', '东湖社区', '西湖社区'], ...items.map((n) => [n, 12, 12])];
}
const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c).includes(',') ? `"${String(c)}"` : String(c))).join(',')).join('\n') + '\n';

const SHAPES = [
  ['a wide CSV', (items: readonly string[]) => csv('2024年3月.csv', toCsv(wideRows(items)))],
  ['a wide .xlsx', (items: readonly string[]) => ({ name: '2024年3月.xlsx', bytes: book([['Sheet1', wideRows(items)]]) })],
  ['a one-community CSV form', (items: readonly string[]) => csv('东湖社区-2024年3月.csv', toCsv(formRows(items)))],
  ['a one-community .xlsx form', (items: readonly string[]) => ({ name: '东湖社区-2024年3月.xlsx', bytes: book([['Sheet1', formRows(items)]]) })],
  ['a long CSV', (items: readonly string[]) => csv('2024年3月.csv', toCsv(longRows(items)))],
  ['a long .xlsx', (items: readonly string[]) => ({ name: '2024年3月.xlsx', bytes: book([['Sheet1', longRows(items)]]) })],
  ['a CSV with the communities across', (items: readonly string[]) => csv('2024年3月.csv', toCsv(acrossRows(items)))],
] as const;

describe.each(SHAPES)('单位：万元 over %s', (shape, make) => {
  const forms = shape.includes('form');
  const counts = forms ? COUNTS : [...COUNTS, ...TOTAL_COUNTS];

  it.each(counts)('the count %s is kept as written', (name) => {
    const r = run([make([name, '项目经费'])]);
    expect(itemValues(r)).toEqual([12]);
    expect(valuesOf(r).filter(([m]) => m === 'custom:项目经费')).toEqual([['custom:项目经费', 120000]]);
  });

  it.each(AMOUNTS)('the amount %s is scaled to 元', (name) => {
    const r = run([make([name])]);
    expect(valuesOf(r).map(([, v]) => v)).toEqual([120000]);
    expect(countInfos(r)).toEqual([]);
  });

  it.each(OWN_UNIT)('%s is read in the unit it names', (name, value) => {
    expect(valuesOf(run([make([name])])).map(([, v]) => v)).toEqual([value]);
  });

  it('each count of the office\'s own left unscaled is said once, with its file, line and name', () => {
    const r = run([make(['项目经费', '走访户数（含电话）', '走访户数', '志愿者人数'])]);
    const infos = countInfos(r);
    expect(infos.map((i) => i.severity)).toEqual(['info', 'info']);
    const file = shape.includes('xlsx') ? /\.xlsx$/ : /\.csv$/;
    for (const i of infos) {
      expect(i.file).toMatch(file);
      if (shape.includes('xlsx')) expect(i.sheet).toBe('Sheet1');
      expect(i.line).toBeGreaterThan(0);
      expect(i.message).toContain(`第${i.line}行`);
      expect(i.message).toContain('万元');
    }
    expect(infos[0]!.message).toContain('“走访户数（含电话）”');
    expect(infos[1]!.message).toContain('“走访户数”');
    // The form's items are rows (and the table's with the communities across), the wide table's columns on the header line, the long table's first row of each.
    const lines = infos.map((i) => i.line);
    expect(lines).toEqual(shape.includes('wide') ? [2, 2] : forms ? [5, 6] : shape.includes('across') ? [4, 5] : [5, 7]);
  });
});

describe('单位：千元 over a table', () => {
  it('scales the amounts by 1,000 and keeps the counts, saying so with 千元', () => {
    const r = run([csv('2024年3月.csv', '金额单位：千元,,\n社区,项目经费,走访户数（含电话）\n东湖社区,1.5,12\n')]);
    expect(valuesOf(r)).toEqual(expect.arrayContaining([['custom:项目经费', 1500], ['custom:走访户数(含电话)', 12]]));
    expect(countInfos(r).map((i) => [i.line, i.column, i.message])).toEqual([[2, 3, expect.stringContaining('未按“单位：千元”换算')]]);
  });
});
