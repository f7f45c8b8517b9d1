// @vitest-environment node
/**
 * A one-community form of targets and what was done (`项目 | 目标值 | 完成值`, `指标 | 计划数 | 实际数`,
 * `项目 | 全年任务 | 本月完成 | 完成率`): the done column is the period's figure; the target and the
 * completion rate are no statistic of the period, set aside and said. Never a transposed table of
 * communities named 目标值 and 完成值.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { observations } from './import-helpers';
import { book, type BookCell } from './workbook-helpers';

const items: BookCell[][] = [['新增就业人数', 120, 35, 0.29], ['低保人数', 30, 28, 0.93]];
const run = (header: string[]) => importFiles([{
  name: '东湖社区2024年3月.xlsx',
  bytes: book([['3月', [header, ...items.map((r) => r.slice(0, header.length))]]]),
}], { workbookLib: XLSX });
const values = (r: ReturnType<typeof run>): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.metric}@${o.period}=${o.value}`).sort();

describe('a one-community form of targets and what was done', () => {
  it.each([
    [['项目', '目标值', '完成值'], '“目标值”'],
    [['指标', '计划数', '实际数'], '“计划数”'],
    [['项目', '全年任务', '本月完成', '完成率'], '“全年任务”、“完成率”'],
    [['指标', '年度目标', '完成数', '完成比例(%)'], '“年度目标”、“完成比例(%)”'],
  ])('%j: the done column is 东湖社区\'s March figure, the others set aside (%s)', (header, list) => {
    const r = run(header);
    expect(r.report.status).toBe('ok');
    expect(values(r)).toEqual(['东湖社区|custom:低保人数@2024-03=28', '东湖社区|custom:新增就业人数@2024-03=35']);
    const note = r.report.issues.filter((i) => i.code === 'target-column');
    expect(note.map((i) => [i.severity, i.column])).toEqual([['info', 2]]);
    expect(note[0]!.message).toBe(`${list}列是目标任务或完成进度，不是本期的统计数，未导入`);
  });
});
