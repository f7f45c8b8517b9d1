/**
 * A stand-in for the import worker in jsdom: it records every request and answers with a real
 * import of the files' bytes (`readBytes` may cut them: a fake File's `size` can lie), then saves an
 * accepted import as the real worker does (saveInWorker). `mountDataView` mounts the app on the
 * 数据 view with the sample loaded.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { importFiles } from '../../src/data/pipeline/import-files';
import { packDataset } from '../../src/data/dataset/pack-dataset';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import type { ImportRequest, ImportResponse } from '../../src/ui/import/import-protocol';
import { saveInWorker } from '../../src/ui/import/worker-save';
import { smallDataset } from './small-dataset';

export function fakeImportWorker(requests: ImportRequest[], readBytes: (blob: Blob) => Promise<ArrayBuffer> = (b) => b.arrayBuffer()) {
  return class FakeWorker {
    onmessage: ((e: MessageEvent<ImportResponse>) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    postMessage(request: ImportRequest): void {
      requests.push(request);
      void (async () => {
        const inputs = await Promise.all((request.blobs ?? []).map(async (b) => ({ name: b.name, bytes: new Uint8Array(await readBytes(b.blob)) })));
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
  };
}

export function mountDataView(): void {
  window.history.replaceState(null, '', '/?view=data');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: true }), report: null }));
  render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
}
