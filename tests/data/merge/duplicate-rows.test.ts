import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

describe('repeated rows of one file', () => {
  it('a row that repeats another with the same values is named once; one that also holds a different value is a conflict only', () => {
    const r = importText('社区,再就业人数,慰问困难群众\n东湖社区,12,35\n东湖社区,12,90\n西山社区,8,20\n西山社区,8,20\n', '2024年3月.csv');
    expect(r.report.status).toBe('blocked');
    expect(r.report.issues.filter((i) => i.code === 'conflicting-values').map((i) => i.line)).toEqual([3]);
    // Lines 2-3 share 再就业人数 but differ in 慰问困难群众: not "the same values, kept once".
    expect(r.report.issues.filter((i) => i.code === 'duplicate-row').map((i) => i.message)).toEqual([
      '第4-5行是同一单位（西山社区）同一期间（2024年3月）的重复行，数值相同，只保留一份。请核对是否把其他社区的行误复制成了这一行（写法不同的名称已视为同一单位）',
    ]);
  });
});
