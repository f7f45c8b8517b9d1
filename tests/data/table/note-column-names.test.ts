/**
 * A column of remarks is a note whatever it is called (情况说明, 备注说明, 其他备注, 附注): a number
 * typed there (`5` for 新增5户) is no statistic, never a custom metric named after the column.
 */
import { describe, expect, it } from 'vitest';
import { importText, okValues } from '../pipeline/import-helpers';

describe('a remarks column named otherwise than 备注', () => {
  it.each(['情况说明', '备注说明', '其他备注', '附注', '备注栏', '备注（说明）', '有关说明'])('%s is a note column', (name) => {
    const text = `社区,常住人口,${name}\n东湖社区,1200,较上月增加3人\n西山社区,900,5\n`;
    expect(okValues(text, '2024年3月.csv')).toEqual(['东湖社区|residents|1200', '西山社区|residents|900']);
    expect(importText(text, '2024年3月.csv').report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a metric whose name merely contains 说明 stays a metric (a guard)', () => {
    expect(okValues('社区,说明会场次\n东湖社区,3\n', '2024年3月.csv')).toEqual(['东湖社区|custom:说明会场次|3']);
  });
});
