/**
 * Reopening a saved dataset through the reopen worker's messages (a fake Worker posting what
 * reopen.worker.ts posts): the dataset and cube at once, the roll-ups as a promise when the worker
 * had to build them; a worker that fails before handing anything over falls back to reading here.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { packDataset } from '../../src/data/dataset/pack-dataset';
import { closeStore, commitImport } from '../../src/storage/dataset-store';
import { reopenSaved } from '../../src/ui/data-manager/reopen-client';
import type { ReopenResponse } from '../../src/ui/data-manager/reopen-protocol';
import { freshTarget, makeDataset, makeReport } from '../storage/store-fixtures';

const targets: { name: string }[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const t of targets.splice(0)) await closeStore(t.name);
});

/** Posts `done` with the dataset and a freshly built cube (no stored roll-ups), then `rollUps` on `next()`. */
class BuildingWorker {
  static last: BuildingWorker | null = null;
  onmessage: ((e: MessageEvent<ReopenResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  request: unknown;
  constructor() { BuildingWorker.last = this; }
  postMessage(request: unknown): void {
    this.request = request;
    const ds = makeDataset('A');
    const { meta, transfer } = packDataset(ds);
    queueMicrotask(() => this.onmessage?.({ data: { kind: 'done', packed: { meta, buffers: transfer }, cube: packCube(ds) } } as MessageEvent<ReopenResponse>));
  }
  next(): void {
    const ds = makeDataset('A');
    this.onmessage?.({ data: { kind: 'rollUps', rollUps: rollUpCube(ds, packCube(ds)) } } as MessageEvent<ReopenResponse>);
  }
  terminate(): void { /* ends itself */ }
}

class FailingWorker {
  onmessage: ((e: MessageEvent<ReopenResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(): void { queueMicrotask(() => this.onerror?.({ message: 'cannot start' } as ErrorEvent)); }
  terminate(): void { /* nothing */ }
}

describe('reopenSaved', () => {
  it('gives the dataset and cube the worker read, and the roll-ups it built as a promise', async () => {
    vi.stubGlobal('Worker', BuildingWorker);
    const reopened = await reopenSaved('A', { name: 'some-db' });
    expect(BuildingWorker.last!.request).toEqual({ id: 'A', dbName: 'some-db' });
    expect(reopened?.dataset.id).toBe('A');
    expect(reopened?.cube?.columns.units).toBe(2);
    expect(reopened?.rollUps).toBeInstanceOf(Promise);
    BuildingWorker.last!.next();
    expect((await reopened!.rollUps)?.units).toBe(2);
  });

  it('reads on this thread when the worker cannot run', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = freshTarget();
    targets.push(t);
    const ds = makeDataset('B');
    const cube = packCube(ds);
    expect((await commitImport({ dataset: ds, rawFiles: [], report: makeReport(['a.csv']), cube: { cube, rollUps: rollUpCube(ds, cube) } }, t)).ok).toBe(true);
    const reopened = await reopenSaved(null, t);
    expect(reopened?.dataset.id).toBe('B');
    expect(reopened?.rollUps).toBeDefined();
    expect(reopened?.rollUps).not.toBeInstanceOf(Promise);
  });
});
