/**
 * A TXT export whose columns are lined up with spaces (社区  常住人口  户数) reads as one column of
 * text: refused, saying the columns are separated by spaces and how to save it, not that the file
 * holds "no number" (it was told it was a note with no header and no number).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

describe('columns lined up with spaces', () => {
  it.each([
    '社区  常住人口  户数\n东湖社区  1200  400\n西山社区  900  300\n',
    '社区 常住人口 户数\n东湖社区 1200 400\n西山社区 900 300\n',
    '2024年3月社区统计\n社区      常住人口    户数\n东湖社区  1200        400\n西山社区  900         300\n',
  ])('%j is refused with how to separate the columns', (text) => {
    const r = importText(text, '2024年3月.txt');
    const errors = r.report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual(['space-separated-columns']);
    expect(errors[0]!.message).toContain('用空格');
    expect(errors[0]!.message).toContain('逗号或制表符');
    expect(errors[0]!.message).not.toContain('没有一个数字');
  });

  it('a note of sentences with numbers in them is no table of spaced columns (a guard)', () => {
    const r = importText('填报说明\n请于每月5日前 报送本月数据\n联系电话 12345678\n', '说明.txt');
    expect(r.report.issues.some((i) => i.code === 'space-separated-columns')).toBe(false);
  });
});
