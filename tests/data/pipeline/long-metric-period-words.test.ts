/**
 * A long file's 指标 cell with a period word written into the metric's name, read as a wide
 * file's header is (table/metric-columns.ts splitHeader): 再就业人数（本月） is the row's period,
 * 再就业人数（累计） and 本年累计再就业人数 the year to date through it (as a 本年累计 column beside a
 * 期间 column), and a comparison (上年同期再就业人数, 再就业人数同比) is no value of this period:
 * not imported, said once per distinct text with its lines. Catalogue and custom names alike.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { linesInMessage, observations, utf8 } from './import-helpers';
import { book } from './workbook-helpers';

const run = (...files: InputFile[]) => importFiles(files, { workbookLib: XLSX });
const csv = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });
const values = (r: ReturnType<typeof run>) => observations(r.dataset).map((o) => `${o.period} ${o.metric} ${o.value}`).sort();

const LONG = [
  ['社区', '期间', '指标', '数值'],
  ['东湖社区', '2024年1月', '再就业人数', 5],
  ['东湖社区', '2024年1月', '再就业人数（累计）', 5],
  ['东湖社区', '2024年1月', '走访户数（本月）', 4],
  ['东湖社区', '2024年1月', '累计走访户数', 4],
  ['东湖社区', '2024年2月', '再就业人数（本月）', 3],
  ['东湖社区', '2024年2月', '本年累计再就业人数', 8],
  ['东湖社区', '2024年2月', '走访户数', 6],
  ['东湖社区', '2024年2月', '走访户数（累计）', 10],
  ['东湖社区', '2024年2月', '上年同期再就业人数', 7],
  ['东湖社区', '2024年2月', '再就业人数同比', '10%'],
  ['东湖社区', '2024年2月', '再就业人数比上月增减', -2],
  ['东湖社区', '2024年2月', '上年同期走访户数', 2],
  ['西山社区', '2024年2月', '上年同期再就业人数', 1],
] as const;

const EXPECTED = [
  '2024-01 custom:走访户数 4', '2024-01 reemployed 5', '2024-02 custom:走访户数 6', '2024-02 reemployed 3',
  '2024-C01 custom:走访户数 4', '2024-C01 reemployed 5', '2024-C02 custom:走访户数 10', '2024-C02 reemployed 8',
];

describe('period words in a long file\'s 指标 cell', () => {
  it.each([
    ['a CSV', () => csv('各社区.csv', LONG.map((r) => r.join(',')).join('\n'))],
    ['a workbook sheet in long form', () => ({ name: '各社区.xlsx', bytes: book([['数据', LONG.map((r) => [...r])]]) })],
  ])('%s: 本月 is the row\'s period, 累计 the year to date through it, a comparison is not imported', (_, file) => {
    const r = run(file());
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.metrics.map((m) => m.zh).sort()).toEqual(['再就业人数', '走访户数']);
    expect(values(r)).toEqual(EXPECTED);
    expect(countsBalance(r.report.counts)).toBe(true);
    // One note per distinct comparison text, naming its lines (上年同期再就业人数 on two lines).
    const compared = r.report.issues.filter((i) => i.code === 'comparison-metric-rows');
    expect(compared.map((i) => i.message.match(/“([^”]+)”/)![1])).toEqual(['上年同期再就业人数', '再就业人数同比', '再就业人数比上月增减', '上年同期走访户数']);
    expect([...linesInMessage(compared[0]!.message)]).toEqual([10, 14]);
  });

  it('without a period column (the file name gives 2024年3月): 再就业人数（累计） is January to March', () => {
    const r = run(csv('2024年3月.csv', '社区,指标,数值\n东湖社区,再就业人数,3\n东湖社区,再就业人数（累计）,9\n'));
    expect(values(r)).toEqual(['2024-03 reemployed 3', '2024-C03 reemployed 9']);
  });

  it('a 其中 row under a year to date is the year to date\'s part; under a comparison it is not imported either', () => {
    const r = run(csv('2024年2月.csv', '社区,指标,数值\n东湖社区,再就业人数（累计）,8\n东湖社区,其中：女,3\n东湖社区,上年同期再就业人数,7\n东湖社区,其中：女,2\n'));
    expect(values(r)).toEqual(['2024-C02 custom:再就业人数（其中：女） 3', '2024-C02 reemployed 8']);
    expect(r.report.issues.filter((i) => i.code === 'comparison-metric-rows').map((i) => i.line)).toEqual([4]);
  });

  it('a name that only begins with such a word stays whole (本月份走访, 当月累计走访, 实际完成户数)', () => {
    const r = run(csv('2024年3月.csv', '社区,指标,数值\n东湖社区,本月份走访,1\n东湖社区,当月累计走访,2\n东湖社区,实际完成户数,3\n'));
    expect(r.dataset!.metrics.map((m) => m.zh)).toEqual(['本月份走访', '当月累计走访', '实际完成户数']);
  });
});
