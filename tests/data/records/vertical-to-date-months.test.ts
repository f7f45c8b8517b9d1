/**
 * A one-community form with months across and a total column (`项目 | 1月 | 2月 | 3月 | 1-3月累计`):
 * a year-to-date item's 累计 cell says the year to date through March, so it is compared with the
 * 3月 cell (the month it runs through), not the first month column.
 */
import { expect, it } from 'vitest';
import type { ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';

const obs = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.period}|${o.metric}|${o.value}`);
const problems = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}|${i.line}|${i.column}|${i.message}`);
const HEAD = '东湖社区2024年工作统计\n项目,1月,2月,3月,1-3月累计\n';

it('the 累计 cell agreeing with March\'s: read once, nothing said', () => {
  const r = importText(`${HEAD}再就业人数（累计）,2,5,9,9\n`, 'a.csv');
  expect(obs(r)).toEqual(['2024-C01|reemployed|2', '2024-C02|reemployed|5', '2024-C03|reemployed|9']);
  expect(problems(r)).toEqual([]);
});

it('March\'s cell blank: the 累计 cell is March\'s year to date', () => {
  const r = importText(`${HEAD}再就业人数（累计）,2,5,,9\n`, 'a.csv');
  expect(obs(r)).toEqual(['2024-C01|reemployed|2', '2024-C02|reemployed|5', '2024-C03|reemployed|9']);
  expect(problems(r)).toEqual([]);
});

it('the 累计 cell disagreeing with March\'s: warned naming the 3月 column, not imported', () => {
  const r = importText(`${HEAD}再就业人数（累计）,2,5,9,8\n`, 'a.csv');
  expect(obs(r)).toEqual(['2024-C01|reemployed|2', '2024-C02|reemployed|5', '2024-C03|reemployed|9']);
  expect(problems(r)).toEqual([
    'vertical-to-date-differs|3|5|第3行“再就业人数（累计）”是累计数，已按“3月”列的9记为年初至本月的累计；“1-3月累计”列却填8，无法判断哪个是累计数，该格未导入，请核对',
  ]);
});
