/**
 * `单位：万元` (金额单位：万元, 注：金额单位为万元) written under the table, not above it: the amounts
 * were read in 元 with no word (1.5 stored as 1.5元), and the line itself became a community named
 * 单位:万元. It is a note now, and when it names another unit than a column was read in, a warning
 * at its line names the column and says where to write the unit.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const table = '社区,常住人口,慰问救助金额\n东湖社区,1200,1.5\n西山社区,900,2\n';

describe('a unit note under the table', () => {
  it.each(['单位：万元,,', '金额单位：万元,,', '注：金额单位为万元,,', '（单位：万元）', '单位：人、万元,,'])('%s: never a community, and a warning at its line names the column read in 元', (note) => {
    const r = importText(`${table}${note}\n`, '2024年3月.csv');
    expect(observations(r.dataset).map((o) => o.unit)).not.toContain('单位:万元');
    expect([...new Set(observations(r.dataset).map((o) => o.unit))].sort()).toEqual(['东湖社区', '西山社区']);
    const w = r.report.issues.find((i) => i.code === 'unit-note-below-table')!;
    expect(w).toMatchObject({ severity: 'warning', line: 4 });
    expect(w.message).toContain('“慰问救助金额”列按元读取');
    expect(w.message).toContain('（万元）');
  });

  it('says nothing more when the header already names the unit the note does', () => {
    const r = importText('社区,常住人口,慰问救助金额（万元）\n东湖社区,1200,1.5\n单位：万元,,\n', '2024年3月.csv');
    expect(r.report.issues.some((i) => i.code === 'unit-note-below-table')).toBe(false);
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`).sort()).toEqual(['东湖社区|aid_amount|15000', '东湖社区|residents|1200']);
  });
});
