/**
 * The late part of the cube as the page receives it: the import worker posts `done` (dataset and
 * stored-period cube); the client hands the roll-ups over as a promise and asks the worker for them
 * once the page has settled (SETTLE_MS, then idle); the worker posts `rollUps`, and the shown model pins them when they arrive
 * (no new query value).
 * The Worker is a fake that posts what import.worker.ts posts, built from a real small dataset.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packCube } from '../../src/analysis/model/cube';
import { rollUpCube } from '../../src/analysis/model/roll-up-cube';
import { rollUpsTransfer, type PackedRollUps } from '../../src/analysis/model/roll-ups';
import { periodValues } from '../../src/analysis/period-values';
import { packDataset } from '../../src/data/dataset/pack-dataset';
import { withAnalysis } from '../../src/ui/api/dataset-query';
import { importActivity, runImport, SETTLE_MS } from '../../src/ui/import/import-client';
import type { ImportResponse } from '../../src/ui/import/import-protocol';
import { makeDataset, months } from '../analysis/analysis-fixtures';

afterEach(() => { importActivity.reset(); vi.unstubAllGlobals(); });

const ds = () => makeDataset(['甲', '乙'], [...months(0, 'reemployed', 2024, [1, 2, 3, 4]), ...months(1, 'reemployed', 2024, [5, NaN, 7])]);

/** Posts `done` at once; `rollUps` (or a crash) only when the test calls `next()`. */
class LateWorker {
  static last: LateWorker | null = null;
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  rollUps: PackedRollUps | null = null;
  /** What the page sent after the import request (its ask for the roll-ups). */
  readonly later: unknown[] = [];
  private started = false;
  constructor() { LateWorker.last = this; }
  postMessage(message: unknown): void {
    if (this.started) {
      this.later.push(message);
      return;
    }
    this.started = true;
    const dataset = ds();
    const cube = packCube(dataset);
    this.rollUps = rollUpCube(dataset, cube);
    const { meta, transfer } = packDataset(dataset);
    const report = { status: 'ok', files: ['a.csv'], counts: {}, issues: [], rows: [], observations: meta.observations };
    queueMicrotask(() => this.onmessage?.({ data: { kind: 'done', report, packed: { meta, buffers: transfer }, cube } } as unknown as MessageEvent<ImportResponse>));
  }
  next(kind: 'rollUps' | 'crash'): void {
    const data = kind === 'rollUps' ? { kind, rollUps: this.rollUps! } : { kind, message: 'boom' };
    this.onmessage?.({ data } as MessageEvent<ImportResponse>);
  }
  terminate(): void { this.terminated = true; }
}

describe('the roll-ups after the import worker\'s hand-over', () => {
  it('come as a promise, asked for once the page is idle; the model pins them then', async () => {
    vi.stubGlobal('Worker', LateWorker);
    const out = await runImport([{ name: 'a.csv', bytes: new ArrayBuffer(1) }]);
    const worker = LateWorker.last!;
    expect(out.dataset?.units.length).toBe(2);
    expect(out.cube).toBeDefined();
    expect(out.rollUps).toBeInstanceOf(Promise);
    expect(worker.terminated).toBe(false);
    expect(worker.later).toEqual([]);
    // Not at once: the page first shows the dataset and settles.
    await new Promise((r) => setTimeout(r, SETTLE_MS / 2));
    expect(worker.later).toEqual([]);
    await new Promise((r) => setTimeout(r, SETTLE_MS / 2 + 50));
    expect(worker.later).toEqual([{ kind: 'resume' }]);
    const shown = withAnalysis({ dataset: out.dataset!, report: out.report, cube: out.cube!, rollUps: out.rollUps! });
    const before = shown.analysis.usage().pinnedBytes;
    // Asked before the roll-ups came: rolled up on the page.
    const early = periodValues(shown.analysis, 'reemployed', '2024-Q1');
    expect(Array.from(early.values)).toEqual([6, 12]);
    expect(Array.from(early.partial)).toEqual([0, 1]);
    worker.next('rollUps');
    expect(await out.rollUps).toBeDefined();
    // The worker ends itself (it may still store the cube); the page does not end it.
    expect(worker.terminated).toBe(false);
    expect(shown.analysis.usage().pinnedBytes).toBeGreaterThan(before);
    const computed = shown.analysis.usage().computed;
    const late = periodValues(shown.analysis, 'reemployed', '2024-Q1');
    expect(late).not.toBe(early);
    expect(Array.from(late.values)).toEqual([6, 12]);
    expect(Array.from(late.partial)).toEqual([0, 1]);
    expect(periodValues(shown.analysis, 'reemployed', '2024').values[0]).toBe(10);
    expect(shown.analysis.usage().computed).toBe(computed);
  });

  it('resolve undefined when the worker fails after the hand-over; the dataset stays', async () => {
    vi.stubGlobal('Worker', LateWorker);
    const out = await runImport([{ name: 'a.csv', bytes: new ArrayBuffer(1) }]);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    LateWorker.last!.next('crash');
    expect(await out.rollUps).toBeUndefined();
    expect(LateWorker.last!.terminated).toBe(true);
    expect(out.dataset?.obs.value.length).toBe(6);
    error.mockRestore();
  });

  it('are transferable buffers', () => {
    const d = ds();
    const r = rollUpCube(d, packCube(d));
    expect(rollUpsTransfer(r).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
