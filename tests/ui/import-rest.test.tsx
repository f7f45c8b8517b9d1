// @vitest-environment jsdom
/**
 * 导入其余文件: a batch with one file that cannot be read (a PDF named .xlsx, as offices send
 * them) is blocked whole, and a button imports the other files without it. The worker is a
 * stand-in that answers with a real import of the files it is sent.
 */
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../src/data/pipeline/import-files';
import { packDataset } from '../../src/data/dataset/pack-dataset';
import { closeStore, listDatasets } from '../../src/storage/dataset-store';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { setLang } from '../../src/ui/i18n/lang-store';
import type { ImportRequest, ImportResponse } from '../../src/ui/import/import-protocol';
import { saveInWorker } from '../../src/ui/import/worker-save';
import { smallDataset } from './small-dataset';

const SLOW = { timeout: 15_000 };
const CSV = ['街道,社区,期间,指标,数值', '新街道,东社区,2024-03,再就业人数,12', '新街道,西社区,2024-03,再就业人数,30'].join('\r\n');
const csvFile = (name: string): File => new NodeFile([new TextEncoder().encode(CSV.replace(/东社区/, name.slice(0, 2) + '社区'))], name, { type: 'text/csv' }) as unknown as File;
const pdfFile = (name: string): File => new NodeFile([new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')], name) as unknown as File;

/** Every request the stand-in worker received. */
let requests: ImportRequest[] = [];

class FakeWorker {
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(request: ImportRequest): void {
    requests.push(request);
    void (async () => {
      const inputs = await Promise.all((request.blobs ?? []).map(async (b) => ({ name: b.name, bytes: new Uint8Array(await b.blob.arrayBuffer()) })));
      const { dataset, report } = importFiles(inputs, { ...request.opts });
      const packed = dataset ? packDataset(dataset) : null;
      this.onmessage?.({ data: { kind: 'done', report, packed: packed ? { meta: packed.meta, buffers: packed.transfer } : null } } as MessageEvent<ImportResponse>);
      // As the real worker does: save an accepted import from here when asked to.
      if (request.save && dataset && report.status === 'ok') {
        const result = await saveInWorker({ dataset, report, files: [], blobs: request.blobs, replaceId: request.save.replaceId });
        this.onmessage?.({ data: { kind: 'saved', result } } as MessageEvent<ImportResponse>);
      }
    })();
  }
  terminate(): void {}
}

beforeEach(() => {
  requests = [];
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('navigator', { ...navigator, storage: { persist: async () => true, persisted: async () => false } });
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(async () => {
  cleanup();
  setLang('zh');
  vi.unstubAllGlobals();
  await closeStore();
});

function mount() {
  window.history.replaceState(null, '', '/?view=data');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: true }), report: null }));
  render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
}

describe('a batch with a file that cannot be read', () => {
  it('is blocked whole, and 导入其余文件 imports the others without it', async () => {
    mount();
    const files = [csvFile('东湖3月.csv'), pdfFile('建设里社区-2024年3月.xlsx'), csvFile('西山3月.csv')];
    fireEvent.change(await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW), { target: { files } });
    const button = await screen.findByRole('button', { name: '不导入这些文件，导入其余2个文件' }, SLOW);
    expect(button.closest('[role="alert"]')!.textContent).toContain('有1个文件无法读取：建设里社区-2024年3月.xlsx。');
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
    mount();
    const broken = new NodeFile([new TextEncoder().encode('社区,期间,户数\n东湖社区,2024-03,10\n东湖社区,2024-03,12\n')], '东湖.csv') as unknown as File;
    fireEvent.change(await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW), { target: { files: [broken, pdfFile('a.xlsx')] } });
    expect(await screen.findByText(/导入未完成/, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /导入其余/ })).toBeNull();
  });
});
