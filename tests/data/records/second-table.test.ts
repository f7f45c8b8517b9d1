import { describe, expect, it } from 'vitest';
import { startsSecondTable } from '../../../src/data/records/second-table';
import { importText } from '../pipeline/import-helpers';

const rows = (text: string): string[][] => text.split('\n').map((l) => l.split(','));

describe('startsSecondTable (catalogue #21)', () => {
  it.each([
    ['a header after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n社区,期间,户数', 3, true],
    ['a transposed header after a blank line', '社区,期间,人口\n东湖,2024-03,1\n,,\n指标,东湖社区,西山社区', 3, true],
    ['a data row after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n西山,2024-03,2', 3, false],
    ['a header without a blank line before it', '社区,期间,人口\n东湖,2024-03,1\n社区,期间,户数', 2, false],
    ['a subtotal row after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n合计,2024-03,1', 3, false],
    ['a note row after a blank line', '社区,期间,人口\n东湖,2024-03,1\n\n备注,说明', 3, false],
  ])('%s → %s', (_n, text, r, expected) => {
    expect(startsSecondTable(rows(text), r, 1)).toBe(expected);
  });

  it('a header repeated without a blank line is skipped as before', () => {
    const r = importText('社区,期间,人口\n东湖社区,2024-03,1\n社区,期间,人口\n西山社区,2024-03,2\n');
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.line}`)).toEqual(['repeated-header@3']);
    expect(r.report.counts).toMatchObject({ rowsIn: 3, imported: 2, rejected: 1 });
  });
});
