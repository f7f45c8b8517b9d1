/** Small datasets and reports for the storage tests, plus a fake quota error for fake-indexeddb. */
import { vi } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import type { Dataset } from '../../src/data/dataset/dataset';
import { emptyCounts, type ImportReport } from '../../src/data/report/import-report';
import { CANONICAL_METRICS } from '../../src/data/vocabulary/metric-catalog';
import { closeStore, listDatasets, getCurrentDatasetId, loadRawFiles, listImportLog, rawFileBytes } from '../../src/storage/dataset-store';
import type { StoreTarget } from '../../src/storage/connection';

let counter = 0;
/** A fresh database name per test, so tests never share state. */
export function freshTarget(): StoreTarget & { name: string } {
  counter += 1;
  return { name: `shequ-test-${counter}-${Math.random().toString(36).slice(2)}` };
}

/** Fresh databases for a test file: `target()` in a test, `closeAll()` after each test (afterEach). */
export function storeTargets(): { target(): StoreTarget & { name: string }; closeAll(): Promise<void> } {
  const opened: string[] = [];
  return {
    target() {
      const t = freshTarget();
      opened.push(t.name);
      return t;
    },
    async closeAll() {
      for (const name of opened.splice(0)) await closeStore(name);
    },
  };
}

const reemployed = CANONICAL_METRICS.find((m) => m.id === 'reemployed')!;
const volunteers = CANONICAL_METRICS.find((m) => m.id === 'volunteers')!;

/**
 * 2 units (in one street) × 2 periods × 2 metrics = 8 observations; one missing (NaN, `—`),
 * one `3500余` (gt). Files are named by `files`; observation i comes from file i % files.length.
 */
export function makeDataset(id: string, name = `数据集${id}`, files = ['a.csv'], scale = 1): Dataset {
  const b = new DatasetBuilder();
  const u1 = b.addUnit({ code: '', name: '祥福里社区', parent: '咸水沽镇', district: '津南区', aliases: ['祥福里'] });
  const u2 = b.addUnit({ code: '120112100001', name: '前白庙村', parent: '小站镇', district: '津南区' });
  const m1 = b.addMetric(reemployed);
  const m2 = b.addMetric(volunteers);
  for (const f of files) b.addFile({ name: f, encoding: 'gb18030', bytes: 100 });
  let i = 0;
  for (const period of ['2024-02', '2024-01']) {
    for (const unit of [u1, u2]) {
      for (const metric of [m1, m2]) {
        const value = i === 5 ? NaN : (i + 1) * 10 * scale;
        b.add({
          unit, period, metric, value,
          qualifier: i === 5 ? 'missing' : i === 2 ? 'gt' : 'exact',
          raw: i === 5 ? '—' : i === 2 ? `${value}余` : undefined,
          file: i % files.length, line: i + 2,
        });
        i++;
      }
    }
  }
  return b.build({ id, name, createdAt: '2024-03-01T08:00:00.000Z' });
}

/** An ok report for `files`, with one warning. */
export function makeReport(files: readonly string[], observations = 8): ImportReport {
  return {
    status: 'ok',
    files,
    counts: { ...emptyCounts(), rowsIn: 8, imported: 8, structural: 1 },
    issues: [{
      severity: 'warning', code: 'value-qualifier', file: files[0] ?? '', line: 4, column: 5,
      message: '数值“30余”按 30 导入，并标记为“以上”。', messageEn: '"30余" imported as 30 (more than).',
    }],
    rows: [],
    observations,
  };
}

/** Bytes of a small file. */
export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Makes every put into `storeName` fail the way a full disk does: the request errors with
 * QuotaExceededError and the transaction aborts. Returns the spy (restore with vi.restoreAllMocks).
 */
export function failPutsWithQuota(storeName: string): void {
  const proto = globalThis.IDBObjectStore.prototype;
  const original = proto.put;
  vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name !== storeName) return original.call(this, value, key);
    const tx = this.transaction as unknown as { _execRequestAsync(o: object): IDBRequest };
    return tx._execRequestAsync({
      source: this,
      operation: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); },
    });
  });
}

/** Everything a user could lose, to compare before and after a failed write. */
export async function snapshot(target: StoreTarget): Promise<unknown> {
  const metas = await listDatasets(target);
  const perDataset = await Promise.all(metas.map(async (m) => ({
    meta: m,
    raw: await Promise.all((await loadRawFiles(m.id, target)).map(async (r) => [r.name, r.sha256, (await rawFileBytes(r)).byteLength])),
    log: (await listImportLog(m.id, target)).length,
  })));
  return { perDataset, current: await getCurrentDatasetId(target) };
}
