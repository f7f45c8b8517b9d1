/**
 * A vertical form's item or a transposed table's row comparing with another period
 * (`上年同期再就业人数`, `再就业人数同比`) is skipped as a long table's 指标 cell is: no value of the
 * table's period, said in one comparison-metric-rows info per text (the 其中 rows under it go with it).
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';

const obs = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`);
const compared = (r: ImportResult): string[] => r.report.issues.filter((i) => i.code === 'comparison-metric-rows')
  .map((i) => `${i.severity}|${i.file}|${i.line}|${i.column}|${i.message}`);

describe('comparing items are no values of the period', () => {
  it('a vertical form: 上年同期再就业人数 and its 其中 row are skipped', () => {
    const r = importText('社区：东湖社区\n统计期间：2025年3月\n项目,本月,本年累计\n再就业人数,5,9\n上年同期再就业人数,4,8\n其中：女,2,3\n再就业人数同比,1,1\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-03|reemployed|5', '东湖社区|2025-C03|reemployed|9']);
    expect(compared(r)).toEqual([
      'info|a.csv|5|1|第5-6行的指标“上年同期再就业人数”是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）',
      'info|a.csv|7|1|第7行的指标“再就业人数同比”是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）',
    ]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a transposed table: 上年同期再就业人数 and its 其中 row are skipped', () => {
    const r = importText('2025年3月\n指标,东湖社区,西山社区\n再就业人数,5,9\n上年同期再就业人数,4,8\n其中：女,2,3\n', 'a.csv');
    expect(obs(r)).toEqual(['东湖社区|2025-03|reemployed|5', '西山社区|2025-03|reemployed|9']);
    expect(compared(r)).toEqual([
      'info|a.csv|4|1|第4-5行的指标“上年同期再就业人数”是与上年同期或上一期的比较，不是本期的数值，未导入；本工具按期间自行比较（要比较上年，请一并导入上年的报表）',
    ]);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});
