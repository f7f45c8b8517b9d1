/**
 * A transposed table under 单位：万元 whose custom count (走访户数) is written in two rows (two
 * sections of the sheet): said once (count-not-scaled) at its first row, as the vertical reader
 * says it, not once per row.
 */
import { expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

it('走访户数 in two rows: one count-not-scaled info, at its first row', () => {
  const r = importText('2025年1月\n单位：万元\n指标,东湖社区,西山社区\n走访户数,3,4\n慰问金额,1,2\n走访户数,3,4\n', 'a.csv');
  expect(r.report.issues.filter((i) => i.code === 'count-not-scaled').map((i) => `${i.line}|${i.column}`)).toEqual(['4|1']);
});
