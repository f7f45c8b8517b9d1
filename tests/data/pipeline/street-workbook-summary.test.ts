// @vitest-environment node
/**
 * A street's workbook: a sheet per community, each months-down (`月份 | 再就业人数 | …`), and a
 * 汇总 (合计, 总表) sheet summing them, by month for the whole street or by community. The summary
 * is never read as another community nor as the year's value: it is left out, with a warning naming it.
 */
import * as XLSX from '@e965/xlsx';
import { book } from './workbook-helpers';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { observations } from './import-helpers';

const run = (files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
type Cell = string | number | null;


const months = (base: number): Cell[][] => [
  ['月份', '再就业人数', '注册志愿者'],
  ['1月', 12 + base, 30 + base], ['2月', 9 + base, 31 + base], ['3月', 14 + base, 33 + base],
];
const COMMUNITY_VALUES = [
  '滨西社区|2024-01|reemployed|112', '滨西社区|2024-01|volunteers|130', '滨西社区|2024-02|reemployed|109', '滨西社区|2024-02|volunteers|131',
  '滨西社区|2024-03|reemployed|114', '滨西社区|2024-03|volunteers|133',
  '花园路社区|2024-01|reemployed|12', '花园路社区|2024-01|volunteers|30', '花园路社区|2024-02|reemployed|9', '花园路社区|2024-02|volunteers|31',
  '花园路社区|2024-03|reemployed|14', '花园路社区|2024-03|volunteers|33',
];
const values = (r: ReturnType<typeof run>): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`);

describe('a street\'s workbook of community sheets with months down, and a summary sheet', () => {
  it('a summary sheet of one row per month for the whole street (汇总, 合计, 总表) is left out with a warning naming it; the communities import', () => {
    const total: Cell[][] = [['月份', '再就业人数', '注册志愿者'], ['1月', 124, 160], ['2月', 118, 162], ['3月', 128, 166]];
    for (const name of ['汇总', '合计', '总表']) {
      const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', months(0)], ['滨西社区', months(100)], [name, total]]) }]);
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.report.status).toBe('ok');
      expect(values(r)).toEqual(COMMUNITY_VALUES);
      const w = r.report.issues.filter((i) => i.code === 'summary-sheet-skipped');
      expect(w.map((i) => [i.severity, i.file, i.sheet])).toEqual([['warning', '劝业场街道2024年.xlsx', name]]);
      expect(w[0]!.message).toContain('各社区工作表的汇总');
      expect(countsBalance(r.report.counts)).toBe(true);
    }
  });

  it('a summary sheet of one row per community is not read as each community\'s whole year (2024 from the file name)', () => {
    const total: Cell[][] = [['社区', '再就业人数', '注册志愿者'], ['花园路社区', 35, 33], ['滨西社区', 335, 133], ['合计', 370, 166]];
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['汇总', total], ['花园路社区', months(0)], ['滨西社区', months(100)]]) }]);
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(values(r)).toEqual(COMMUNITY_VALUES);
    expect(r.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['汇总']);
    expect(countsBalance(r.report.counts)).toBe(true);
  });

  it('community sheets named by short names (祥福里, 红星里): each that community, with a warning to check; the 汇总 beside them left out', () => {
    const total: Cell[][] = [['月份', '再就业人数', '注册志愿者'], ['1月', 124, 160], ['2月', 118, 162], ['3月', 128, 166]];
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路', months(0)], ['滨西', months(100)], ['汇总', total]]) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(values(r)).toEqual(COMMUNITY_VALUES.map((v) => v.replace('社区|', '|')));
    const w = r.report.issues.filter((i) => i.code === 'months-down-unit-from-sheet');
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', '花园路'], ['warning', '滨西']]);
    expect(w[0]!.message).toContain('工作表名“花园路”当作社区名称');
    expect(r.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['汇总']);
    // A sheet named for a metric is no community.
    const metric = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['再就业人数', months(0)]]) }]);
    expect(metric.report.issues.map((i) => i.code)).toContain('no-unit-column');
  });

  it('community sheets with a clerk\'s numbering (1.花园路社区, 02滨西社区): the 汇总 beside them is left out too', () => {
    const total: Cell[][] = [['月份', '再就业人数', '注册志愿者'], ['1月', 124, 160], ['2月', 118, 162], ['3月', 128, 166]];
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['1.花园路社区', months(0)], ['02滨西社区', months(100)], ['汇总', total]]) }]);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(values(r)).toEqual(COMMUNITY_VALUES);
    expect(r.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['汇总']);
  });

  it('a sheet named for a community beside no summary, and a summary-named sheet in a workbook of no community sheets, read as before', () => {
    const r = run([{ name: '劝业场街道2024年.xlsx', bytes: book([['花园路社区', months(0)], ['滨西社区', months(100)]]) }]);
    expect(values(r)).toEqual(COMMUNITY_VALUES);
    const alone = run([{ name: '劝业场街道2024年3月.xlsx', bytes: book([['汇总', [['社区', '再就业人数'], ['花园路社区', 5]]]]) }]);
    expect(values(alone)).toEqual(['花园路社区|2024-03|reemployed|5']);
  });

  it('a sheet named for the street (劝业场街道) beside the community sheets is their summary: left out, checked, never a community', () => {
    const form = (n: number, v: number): Cell[][] => [['项目', '本月'], ['再就业人数', n], ['注册志愿者', v]];
    const communities: [string, Cell[][]][] = [['花园路社区', form(14, 33)], ['滨西社区', form(114, 133)]];
    const vertical = run([{ name: '劝业场街道2024年3月.xlsx', bytes: book([...communities, ['劝业场街道', form(128, 166)]]) }]);
    expect(values(vertical)).toEqual(['滨西社区|2024-03|reemployed|114', '滨西社区|2024-03|volunteers|133', '花园路社区|2024-03|reemployed|14', '花园路社区|2024-03|volunteers|33']);
    const note = vertical.report.issues.filter((i) => i.code === 'summary-sheet');
    expect(note.map((i) => i.sheet)).toEqual(['劝业场街道']);
    expect(note[0]!.message).toContain('已与各工作表核对一致');
    const wide = run([{ name: '劝业场街道2024年3月.xlsx', bytes: book([['劝业场街道', [['社区', '再就业人数', '注册志愿者'], ['花园路社区', 14, 33], ['滨西社区', 115, 133]]], ...communities]) }]);
    expect(values(wide)).toEqual(['滨西社区|2024-03|reemployed|114', '滨西社区|2024-03|volunteers|133', '花园路社区|2024-03|reemployed|14', '花园路社区|2024-03|volunteers|33']);
    expect(wide.report.issues.filter((i) => i.code === 'summary-sheet-skipped').map((i) => i.sheet)).toEqual(['劝业场街道']);
    expect(wide.report.issues.filter((i) => i.code === 'summary-sheet-mismatch').map((i) => [i.sheet, i.line, i.column])).toEqual([['劝业场街道', 3, 2]]);
  });
});
