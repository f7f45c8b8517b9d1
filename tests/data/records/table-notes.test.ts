/**
 * The per-table notes that list lines (table-notes.ts) keep at most 200 lines each: a sheet with
 * more such rows (a template's 1,000 unfilled rows) is said with how many there are, never as if
 * the first 200 were all.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const head = '序号,社区,常住人口,户数\n1,东湖社区,3200,1100\n2,西山社区,2800,950\n';

describe('notes listing more lines than they keep', () => {
  it('1,000 unfilled template rows (a 序号 only, lines 4-1003) are said as 1,000 rows, not as lines 4-203', () => {
    const rows = Array.from({ length: 1000 }, (_, k) => `${k + 3},,,\n`).join('');
    const r = importText(head + rows, '2024年3月.csv');
    expect(r.report.counts).toMatchObject({ imported: 2, blank: 1000, rejected: 0 });
    const note = r.report.issues.find((i) => i.code === 'template-rows')!;
    expect(note).toMatchObject({ severity: 'info', line: 4 });
    expect(note.message).toBe('第4-203行等共1000行没有社区名称和数据（只有序号、空白或公式算出的错误值），是表格模板中未填的行，已跳过');
  });

  it('1,000 rows of a template\'s zeros: the warning says 1,000 rows', () => {
    const rows = Array.from({ length: 1000 }, () => ',,0,0\n').join('');
    const r = importText(head + rows, '2024年3月.csv');
    const w = r.report.issues.find((i) => i.code === 'template-zero-rows')!;
    expect(w.message.startsWith('第4-203行等共1000行没有社区名称，数值都是0')).toBe(true);
  });

  it('200 rows or fewer are listed as before', () => {
    const rows = Array.from({ length: 200 }, (_, k) => `${k + 3},,,\n`).join('');
    const note = importText(head + rows, '2024年3月.csv').report.issues.find((i) => i.code === 'template-rows')!;
    expect(note.message.startsWith('第4-203行没有社区名称')).toBe(true);
  });
});
