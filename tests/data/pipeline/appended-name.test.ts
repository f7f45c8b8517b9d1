/**
 * A dataset's name after an append: the name an import gave it counts the files it now has; a name
 * the person chose stays. Five monthly workbooks made `东湖社区-2024年1-3月 等5个文件`, which still
 * said 等5个 after three April files were added.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { appendedDatasetName } from '../../../src/data/pipeline/dataset-name';
import { utf8 } from './import-helpers';

const file = (name: string, unit: string, period: string) => ({ name, bytes: utf8(`社区,期间,再就业人数\n${unit},${period},3\n`) });

describe('the name of a dataset files are appended to', () => {
  const first = importFiles([file('东湖社区-2024年1月.csv', '东湖社区', '2024-01'), file('西湖社区-2024年1月.csv', '西湖社区', '2024-01')]).dataset!;

  it('counts the added files while it is the name the import gave', () => {
    expect(first.name).toBe('2024年1月（2个文件）');
    const next = importFiles([file('东湖社区-2024年2月.csv', '东湖社区', '2024-02'), file('西湖社区-2024年2月.csv', '西湖社区', '2024-02'), file('南湖社区-2024年2月.csv', '南湖社区', '2024-02')], { existing: first }).dataset!;
    expect(next.name).toBe('东湖社区-2024年1月 等5个文件');
  });

  it('keeps a name the person chose', () => {
    const renamed = { ...first, name: '一季度月报' };
    expect(importFiles([file('东湖社区-2024年2月.csv', '东湖社区', '2024-02')], { existing: renamed }).dataset!.name).toBe('一季度月报');
  });

  it('counts a workbook once however many sheets it has, and a file sent again once', () => {
    const existing = { name: '月报 等2个文件', files: [{ name: '月报.xlsx › 1月' }, { name: '月报.xlsx › 2月' }, { name: '东湖.csv' }] };
    expect(appendedDatasetName(existing as never, ['南湖.csv', '东湖.csv'])).toBe('月报 等3个文件');
  });
});
