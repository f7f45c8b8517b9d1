// @vitest-environment node
/**
 * The import worker's big-file path (files sent as Blobs, read in slices): an Excel 95 workbook's
 * GBK text needs SheetJS's codepage tables, which the worker loads only for such a file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportRequest, ImportResponse } from '../../src/ui/import/import-protocol';
import { unpackDataset } from '../../src/data/dataset/pack-dataset';
import { oldExcel } from '../fixtures/workbooks/old-excel';

afterEach(() => { vi.unstubAllGlobals(); vi.resetModules(); });

describe('the import worker and old Excel files', () => {
  it('an Excel 95 (BIFF5) workbook sent as a Blob is imported with its Chinese names read right', async () => {
    const posts: ImportResponse[] = [];
    const self = { onmessage: null as ((e: MessageEvent<ImportRequest>) => Promise<void>) | null, postMessage: (m: ImportResponse) => { posts.push(m); }, close: () => undefined };
    vi.stubGlobal('self', self);
    await import('../../src/ui/import/import.worker');
    const bytes = oldExcel(5, [['3月', [['社区', '常住人口'], ['东湖社区', 5200], ['西山社区', 4100]]]]);
    // Not awaited: after `done` the worker waits for the page's ask for the roll-ups.
    void self.onmessage!({ data: { files: [], blobs: [{ name: '中北镇-2024年3月.xls', blob: new Blob([bytes.slice()]) }], opts: {} } } as unknown as MessageEvent<ImportRequest>);
    const done = await vi.waitFor(() => posts.find((p) => p.kind === 'done') ?? Promise.reject(new Error('not done')), { timeout: 10_000 });
    if (done.kind !== 'done' || !done.packed) throw new Error('no dataset');
    expect(done.report.status).toBe('ok');
    expect(unpackDataset(done.packed.meta, done.packed.buffers).units.map((u) => u.name)).toEqual(['东湖社区', '西山社区']);
    expect(done.report.issues.map((i) => i.sheet)).toContain('3月');
  });
});
