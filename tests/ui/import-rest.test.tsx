// @vitest-environment jsdom
/**
 * 导入其余文件: a batch with one file that cannot be read (a PDF named .xlsx, as offices send
 * them) is blocked whole, and a button imports the other files without it. The worker is a
 * stand-in that answers with a real import of the files it is sent.
 */
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStore, listDatasets } from '../../src/storage/dataset-store';
import { setLang } from '../../src/ui/i18n/lang-store';
import type { ImportRequest } from '../../src/ui/import/import-protocol';
import { fakeImportWorker, mountDataView } from './fake-import-worker';

const SLOW = { timeout: 15_000 };
const CSV = ['街道,社区,期间,指标,数值', '新街道,东社区,2024-03,再就业人数,12', '新街道,西社区,2024-03,再就业人数,30'].join('\r\n');
const csvFile = (name: string): File => new NodeFile([new TextEncoder().encode(CSV.replace(/东社区/, name.slice(0, 2) + '社区'))], name, { type: 'text/csv' }) as unknown as File;
const pdfFile = (name: string): File => new NodeFile([new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')], name) as unknown as File;

/** Every request the stand-in worker received. */
let requests: ImportRequest[] = [];

beforeEach(() => {
  requests = [];
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('navigator', { ...navigator, storage: { persist: async () => true, persisted: async () => false } });
  vi.stubGlobal('Worker', fakeImportWorker(requests));
});
afterEach(async () => {
  cleanup();
  setLang('zh');
  vi.unstubAllGlobals();
  await closeStore();
});


describe('a batch with a file that cannot be read', () => {
  it('is blocked whole, and 导入其余文件 imports the others without it', async () => {
    mountDataView();
    const files = [csvFile('东湖3月.csv'), pdfFile('建设里社区-2024年3月.xlsx'), csvFile('西山3月.csv')];
    fireEvent.change(await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW), { target: { files } });
    const button = await screen.findByRole('button', { name: '不导入这些文件，导入其余2个文件' }, SLOW);
    expect(button.closest('[role="alert"]')!.textContent).toContain('有1个文件不能导入：建设里社区-2024年3月.xlsx。');
    expect(screen.getByText(/导入未完成/)).toBeTruthy();
    expect(requests).toHaveLength(1);

    fireEvent.click(button);
    expect(await screen.findByText(/导入成功：东湖3月\.csv、西山3月\.csv/, {}, SLOW)).toBeTruthy();
    expect(requests[1]!.blobs?.map((b) => b.name)).toEqual(['东湖3月.csv', '西山3月.csv']);
    expect(screen.queryByRole('button', { name: /导入其余/ })).toBeNull();
    expect(await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW)).toBeTruthy();
    expect(await listDatasets()).toHaveLength(1);
  });

  it('offers nothing when a readable file has errors of its own to fix', async () => {
    mountDataView();
    const broken = new NodeFile([new TextEncoder().encode('社区,期间,户数\n东湖社区,2024-03,10\n东湖社区,2024-03,12\n')], '东湖.csv') as unknown as File;
    fireEvent.change(await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW), { target: { files: [broken, pdfFile('a.xlsx')] } });
    expect(await screen.findByText(/导入未完成/, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /导入其余/ })).toBeNull();
  });
});
