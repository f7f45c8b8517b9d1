import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../../src/export/download';
import { downloadNormalizedCsv } from '../../src/ui/data-manager/download-normalized-csv';
import { closeStore, commitImport } from '../../src/storage/dataset-store';
import { freshTarget, makeDataset, makeReport } from '../storage/store-fixtures';

vi.mock('../../src/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/export/download')>()),
  downloadBlob: vi.fn(),
}));

const opened: string[] = [];
afterEach(async () => {
  vi.clearAllMocks();
  for (const name of opened.splice(0)) await closeStore(name);
});

describe('downloadNormalizedCsv', () => {
  it('downloads the stored dataset as UTF-8 CSV with a BOM under a safe file name', async () => {
    const store = freshTarget();
    opened.push(store.name);
    const r = await commitImport({ dataset: makeDataset('A', '2024/上半年'), rawFiles: [], report: makeReport([]) }, store);
    expect(r.ok).toBe(true);

    expect(await downloadNormalizedCsv('A', '2024/上半年', store)).toBeNull();

    expect(downloadBlob).toHaveBeenCalledTimes(1);
    const [text, fileName, mime] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(fileName).toBe('2024_上半年_规范化.csv');
    expect(mime).toBe('text/csv;charset=utf-8');
    expect(typeof text).toBe('string');
    const csv = text as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith('\uFEFF\uFEFF')).toBe(false);
    expect(csv.trimEnd().split('\r\n').length).toBe(1 + 8); // header + 8 observations
    expect(csv).toContain('祥福里社区');
  });

  it('says the dataset is gone instead of downloading nothing', async () => {
    const store = freshTarget();
    opened.push(store.name);
    expect(await downloadNormalizedCsv('missing', '旧数据', store)).toMatch(/找不到数据集“旧数据”/);
    expect(downloadBlob).not.toHaveBeenCalled();
  });
});
