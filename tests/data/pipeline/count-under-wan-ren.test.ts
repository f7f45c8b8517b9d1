// @vitest-environment node
/**
 * `单位：万人` (a magnitude of a count unit) over a table, a form or a long table: the items counting
 * people are in 万人, scaled to 人 (再就业人数, 帮扶对象人数, and an item naming no unit: 就业困难人员);
 * an item whose name counts in another unit (走访户数: 户, 培训人次: 人次; countUnitOf) is no number
 * of 万人: kept as written in its own unit, said once (count-not-scaled), as a count under 单位：万元 is.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { observations, utf8 } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const toCsv = (rows: BookCell[][]): string => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';
/** 东湖社区's values in June by metric, with the metric's unit. */
const june = (r: ReturnType<typeof run>): string[] => {
  const units = new Map(r.dataset!.metrics.map((m) => [m.id, m.unit]));
  return observations(r.dataset).filter((o) => o.unit === '东湖社区' && o.period === '2025-06').map((o) => `${o.metric}|${units.get(o.metric)}|${o.value}`).sort();
};
const kept = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.code === 'count-not-scaled');
const problems = (r: ReturnType<typeof run>) => r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code);

/** Counts naming a unit other than 人: their own, unscaled. */
const OTHER: readonly (readonly [string, string, string])[] = [
  ['走访户数', 'custom:走访户数', '户'], ['培训人次', 'custom:培训人次', '人次'], ['走访户数（含电话）', 'custom:走访户数(含电话)', '户'],
  ['走访户数(含电话)', 'custom:走访户数(含电话)', '户'], ['1.走访户数', 'custom:走访户数', '户'],
  ['（二）培训人次', 'custom:培训人次', '人次'],
];
/** Items of people, or naming no unit: in 万人, scaled. */
const PEOPLE: readonly (readonly [string, string])[] = [['再就业人数', 'reemployed'], ['帮扶对象人数', 'custom:帮扶对象人数'], ['就业困难人员', 'custom:就业困难人员']];

const wide = (items: readonly string[], note = '单位：万人'): BookCell[][] =>
  [['2025年6月各社区情况'], [note], ['社区', ...items], ['东湖社区', ...items.map(() => 3)], ['西山社区', ...items.map(() => 4)]];
const form = (items: readonly string[], note = '单位：万人'): BookCell[][] =>
  [['东湖社区2025年6月工作统计表'], [note], ['项目', '本月'], ...items.map((n) => [n, 3])];
const long = (items: readonly string[], note = '单位：万人'): BookCell[][] =>
  [[note], ['社区', '期间', '指标', '数值'], ...items.map((n) => ['东湖社区', '2025年6月', n, 3])];
const SHAPES: readonly (readonly [string, (items: readonly string[], note?: string) => BookCell[][]])[] = [['wide', wide], ['form', form], ['long', long]];
const FORMATS: readonly (readonly [string, (rows: BookCell[][]) => InputFile])[] = [
  ['CSV', (rows) => ({ name: '东湖社区2025年6月.csv', bytes: utf8(toCsv(rows)) })],
  ['.xlsx', (rows) => ({ name: '东湖社区2025年6月.xlsx', bytes: book([['Sheet1', rows]]) })],
];

describe.each(FORMATS)('%s', (_, file) => {
  describe.each(SHAPES)('a %s table under 单位：万人', (__, shape) => {
    it.each(OTHER)('%s counts in its own unit: kept, not ×10000, said once', (item, id, unit) => {
      const r = run([file(shape([item]))]);
      expect(june(r)).toEqual([`${id}|${unit}|3`]);
      expect(problems(r)).toEqual([]);
      const info = kept(r);
      expect(info).toHaveLength(1);
      expect(info[0]!.message).toContain(`“${item}”`);
      expect(info[0]!.message).toContain('未按“单位：万人”换算');
      expect(info[0]!.message).not.toContain('金额');
    });

    it.each(PEOPLE)('%s is people: in 万人, scaled to 人, no count-not-scaled', (item, id) => {
      const r = run([file(shape([item]))]);
      expect(june(r)).toEqual([`${id}|人|30000`]);
      expect(kept(r)).toEqual([]);
    });

    it('an item writing its own unit (入户走访（户次）, 再就业人数（人）) is in it, unscaled, as before', () => {
      const r = run([file(shape(['入户走访（户次）', '再就业人数（人）']))]);
      expect(june(r)).toEqual(['custom:入户走访|户次|3', 'reemployed|人|3']);
    });

    it('beside each other: people scaled, households kept', () => {
      const r = run([file(shape(['再就业人数', '走访户数', '培训人次']))]);
      expect(june(r)).toEqual(['custom:培训人次|人次|3', 'custom:走访户数|户|3', 'reemployed|人|30000']);
      expect(kept(r).map((i) => i.message.slice(0, 12))).toHaveLength(2);
    });

    it('under 单位：万户 the households are scaled and 培训人次 kept', () => {
      const r = run([file(shape(['走访户数', '培训人次'], '单位：万户'))]);
      expect(june(r)).toEqual(['custom:培训人次|人次|3', 'custom:走访户数|户|30000']);
      expect(kept(r)).toHaveLength(1);
    });
  });
});
