/**
 * A dataset's name from several files of one period: the start of the name they share when it holds
 * that period, so a street's table and its resent `（更正）` stay `劝业场街道2024年3月统计`, not the bare
 * `2024年3月` (the street dropped: a leader with several streets' data could not tell them apart).
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { defaultDatasetName } from '../../../src/data/pipeline/dataset-name';
import { utf8 } from './import-helpers';

describe('the name of a dataset made from several files of one period', () => {
  it('keeps the start the files share when it names that period', () => {
    expect(defaultDatasetName(['劝业场街道2024年3月统计.csv', '劝业场街道2024年3月统计（更正）.csv'])).toBe('劝业场街道2024年3月统计（2个文件）');
    expect(defaultDatasetName(['劝业场街道2024年3月统计（初稿）.xlsx', '劝业场街道2024年3月统计（更正）.xlsx'])).toBe('劝业场街道2024年3月统计（2个文件）');
    expect(defaultDatasetName(['统计2024-03-东湖.csv', '统计2024-03-西湖.csv'])).toBe('统计2024-03（2个文件）');
    expect(defaultDatasetName(['社区统计2024年3月(第一批).csv', '社区统计2024年3月(第二批).csv'])).toBe('社区统计2024年3月（2个文件）');
  });

  it('does not end inside a number the names go on with', () => {
    expect(defaultDatasetName(['报表2024年3月1日.csv', '报表2024年3月15日.csv'])).toBe('报表2024年3月（2个文件）');
  });

  it('says the period when the shared start does not name it (one month from several offices)', () => {
    expect(defaultDatasetName(['东湖社区-2024年3月.csv', '西湖社区-2024年3月.csv', '南湖社区-2024年3月.csv'])).toBe('2024年3月（3个文件）');
    expect(defaultDatasetName(['东湖社区2024年3月.csv', '东山社区2024年3月.csv'])).toBe('2024年3月（2个文件）');
  });

  it('is the first name and how many when the periods differ, as before', () => {
    expect(defaultDatasetName(['东湖社区-2024年3月.csv', '东湖社区-2024年4月.csv'])).toBe('东湖社区-2024年3月 等2个文件');
  });

  it('names a street table appended with its correction so through an import', () => {
    const csv = (v: number) => utf8(`社区,期间,再就业人数\n花园路社区,2024-03,${v}\n滨西社区,2024-03,8\n`);
    const first = importFiles([{ name: '劝业场街道2024年3月统计.csv', bytes: csv(12) }]).dataset!;
    expect(first.name).toBe('劝业场街道2024年3月统计');
    const next = importFiles([{ name: '劝业场街道2024年3月统计（更正）.csv', bytes: csv(13) }], { existing: first, correctExisting: true }).dataset!;
    expect(next.name).toBe('劝业场街道2024年3月统计（2个文件）');
  });
});
