// @vitest-environment jsdom
/**
 * 仍然导入: a file over the 300 MB size limit (a 335 MB fake File: a whole city) is blocked before
 * any work with the size message and an 仍然导入 button; the button runs the import again in the
 * worker with CONFIRMED_LIMITS in the request. The worker is a stand-in that records the request
 * and answers with a real import of the file's actual (small) bytes, then saves it as the real
 * worker does (saveInWorker).
 */
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIRMED_LIMITS } from '../../src/data/decode/file-limits';
import { closeStore, listDatasets, loadRawFiles, rawFileBytes } from '../../src/storage/dataset-store';
import { sha256Hex } from '../../src/storage/sha256';
import { setLang } from '../../src/ui/i18n/lang-store';
import type { ImportRequest } from '../../src/ui/import/import-protocol';
import { fakeImportWorker, mountDataView } from './fake-import-worker';

const SLOW = { timeout: 15_000 };
const CITY_BYTES = 335 * 1024 * 1024;
const CSV = ['街道,社区,期间,指标,数值', '新街道,东社区,2024-03,再就业人数,12', '新街道,西社区,2024-03,再就业人数,30'].join('\r\n');

/** A File whose `size` says 335 MB while its bytes are the small CSV (slices read the real bytes). */
function cityFile(): File {
  const file = new NodeFile([new TextEncoder().encode(CSV)], '天津市.csv', { type: 'text/csv' }) as unknown as File;
  Object.defineProperty(file, 'size', { value: CITY_BYTES });
  return file;
}

/** Every request the stand-in worker received. */
let requests: ImportRequest[] = [];

beforeEach(() => {
  requests = [];
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('navigator', { ...navigator, storage: { persist: async () => true, persisted: async () => false } });
  vi.stubGlobal('Worker', fakeImportWorker(requests, (b) => b.slice(0, CSV.length * 3).arrayBuffer()));
});
afterEach(async () => {
  cleanup();
  setLang('zh');
  vi.unstubAllGlobals();
  await closeStore();
});


describe('a file over the size limit', () => {
  it('shows the size message and 仍然导入, which imports in the worker with CONFIRMED_LIMITS', async () => {
    mountDataView();
    fireEvent.change(await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW), { target: { files: [cityFile()] } });
    const button = await screen.findByRole('button', { name: '仍然导入' }, SLOW);
    const alert = button.closest('[role="alert"]')!;
    expect(alert.textContent).toContain('文件很大（335 MB');
    expect(alert.textContent).toContain('超过单次导入建议上限 300 MB');
    // Nothing reached the worker: the size check runs before any work.
    expect(requests).toEqual([]);

    fireEvent.click(button);
    expect(await screen.findByText(/导入成功：天津市\.csv/, {}, SLOW)).toBeTruthy();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.opts.limits).toEqual(CONFIRMED_LIMITS);
    expect(requests[0]!.blobs?.map((b) => [b.name, b.blob.size])).toEqual([['天津市.csv', CITY_BYTES]]);
    expect(screen.queryByRole('button', { name: '仍然导入' })).toBeNull();
    expect(await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW)).toBeTruthy();
    // The worker saved it (asked to in the request), with the file's bytes and hash.
    expect(requests[0]!.save).toEqual({ replaceId: undefined });
    const [meta] = await listDatasets();
    const [raw] = await loadRawFiles(meta!.id);
    expect(new TextDecoder().decode(await rawFileBytes(raw!))).toBe(CSV);
    expect(raw!.sha256).toBe(await sha256Hex(new TextEncoder().encode(CSV)));
  });

  it('says it in English in English mode', async () => {
    setLang('en');
    mountDataView();
    fireEvent.change(await screen.findByLabelText('Choose files (CSV or Excel)', {}, SLOW), { target: { files: [cityFile()] } });
    const button = await screen.findByRole('button', { name: 'Import anyway' }, SLOW);
    expect(button.closest('[role="alert"]')!.textContent).toMatch(/The file is very large \(335 MB.*Import anyway/);
  });
});
