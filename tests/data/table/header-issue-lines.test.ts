/**
 * Issues the header stage finds name the line they are about: a header cell's, the header row's
 * line in the file (not line 0, which the report shows as the whole file); a title's problem, the
 * title's own line (not line 1 when blank lines or a 附件 line come first); the file name's or the
 * table's shape, no line.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const at = (text: string, name: string, code: string): number[] =>
  importText(text, name).report.issues.filter((i) => i.code === code).map((i) => i.line);

describe('header-stage issue lines', () => {
  const wide = '2024年3月社区统计\n\n街道,社区,常住人口,#REF!,2024,上月\n东湖街道,花园社区,100,3,4,5\n东湖街道,柳树社区,200,3,4,6\n';

  it('a header cell’s issue names the header row’s line', () => {
    expect(at(wide, 'x.csv', 'header-error')).toEqual([3]);
    expect(at(wide, 'x.csv', 'period-column-not-metric')).toEqual([3]);
  });

  it('a note on the period columns names the header row’s line', () => {
    const text = '社区统计\n街道,社区,本月,上月\n东湖街道,花园社区,100,3\n东湖街道,柳树社区,200,3\n';
    expect(at(text, '2024年3月常住人口.csv', 'period-relative-columns')).toEqual([2]);
    expect(at(text, '2024年3月常住人口.csv', 'comparison-column')).toEqual([2]);
    const noYear = '社区统计\n街道,社区,1月,2月,3月\n东湖街道,花园社区,100,3,4\n东湖街道,柳树社区,200,3,4\n';
    expect(at(noYear, '人口.csv', 'period-columns-no-year')).toEqual([2]);
  });

  it('the table’s shape and a period from the file name name no line (the whole file)', () => {
    expect(at(wide, 'x.csv', 'shape')).toEqual([0]);
    expect(at('街道,社区,常住人口\n东湖街道,花园社区,100\n', '2024年3月.csv', 'period-from-file-name')).toEqual([0]);
  });

  it('a title’s period problem names the title’s own line', () => {
    const text = '\n\n2024年3-4月社区统计\n街道,社区,常住人口\n东湖街道,花园社区,100\n东湖街道,柳树社区,200\n';
    expect(at(text, 'x.csv', 'period-range')).toEqual([3]);
  });
});
