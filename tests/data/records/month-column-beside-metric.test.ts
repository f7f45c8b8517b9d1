/**
 * A wide table beside a 期间 column with both `再就业人数` and `本月再就业人数`: the 本月 column is
 * 再就业人数 in the row span's last month (June in a quarter's row), not a second column of one
 * metric and period split off as a metric of its own (same-metric-columns).
 */
import { expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

it('再就业人数 | 本月再就业人数 in a quarter\'s row: the quarter and its last month, no same-metric-columns', () => {
  const r = importText('社区,期间,再就业人数,本月再就业人数\n东湖社区,2025年二季度,15,5\n', 'a.csv');
  expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`))
    .toEqual(['东湖社区|2025-06|reemployed|5', '东湖社区|2025-Q2|reemployed|15']);
  expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
});
