import { describe, expect, it } from 'vitest';
import { DatasetBuilder } from '../../../src/data/dataset/dataset-builder';
import { CANONICAL_METRICS, customMetric } from '../../../src/data/vocabulary/metric-catalog';
import { packDataset, unpackDataset } from '../../../src/data/dataset/pack-dataset';
import type { Dataset } from '../../../src/data/dataset/dataset';

function sample(): Dataset {
  const b = new DatasetBuilder();
  b.addFile({ name: '2024年3月.csv', encoding: 'gb18030', bytes: 1234, caption: '2024年上半年社区统计表' });
  b.addFile({ name: 'b.csv', encoding: 'utf-8', bytes: 9, sha256: 'ab'.repeat(32) });
  const u0 = b.addUnit({ code: '120112001001', name: '祥福里社区', parent: '咸水沽镇', district: '津南区', aliases: ['祥福里社区居委会', '祥福里'] });
  const u1 = b.addUnit({ code: '', name: '<img src=x onerror=alert(1)>', parent: '', district: '', aliases: [] });
  const m0 = b.addMetric(CANONICAL_METRICS.find((m) => m.id === 'reemployment_rate')!);
  const m1 = b.addMetric(customMetric('=HYPERLINK("x")', '个'));
  b.add({ unit: u0, period: '2024-03', metric: m0, value: 12.5, file: 0, line: 3, raw: '12.5%' });
  b.add({ unit: u1, period: '2024-C09', metric: m1, value: 3500, qualifier: 'gt', file: 1, line: 70000, raw: '3500余' });
  b.add({ unit: u1, period: '2024', metric: m0, value: NaN, file: 1, line: 8, raw: '—' });
  b.add({ unit: u0, period: '2024-H1', metric: m1, value: 0, file: 0, line: 4 });
  return b.build({ id: 'ds-1', name: '津南区 😀 数据', createdAt: '2024-07-01T00:00:00.000Z', isSample: true });
}

describe('packDataset / unpackDataset', () => {
  it('round-trips every field', () => {
    const ds = sample();
    const expected = JSON.parse(JSON.stringify({ ...ds, obs: Object.fromEntries(Object.entries(ds.obs).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)])), rawIndex: Array.from(ds.rawIndex) }));
    const { meta, transfer } = packDataset(sample());
    // Only numbers in meta, only ArrayBuffers to transfer.
    expect(Object.values(meta).every((v) => typeof v === 'number')).toBe(true);
    expect(transfer.every((b) => b instanceof ArrayBuffer)).toBe(true);
    const back = unpackDataset(meta, structuredClone(transfer));
    const got = JSON.parse(JSON.stringify({ ...back, obs: Object.fromEntries(Object.entries(back.obs).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)])), rawIndex: Array.from(back.rawIndex) }));
    expect(got).toEqual(expected);
    expect(Number.isNaN(back.obs.value[2]!)).toBe(true);
    expect(back.metrics[0]!.numerator).toBe('reemployed');
    expect(back.metrics[1]!.numerator).toBeUndefined();
    expect(back.files[1]!.caption).toBeUndefined();
  });

  it('hands over a column that starts its buffer without copying it, and reads only the meta\'s length of it', () => {
    const ds = sample();
    // As the merge leaves them in place: views on the start of longer buffers (spare capacity).
    const spare = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length + 3);
      b.set(a);
      b.fill(7 as never, a.length);
      return b.subarray(0, a.length) as T;
    };
    const o = ds.obs;
    const roomy: Dataset = { ...ds, obs: { unit: spare(o.unit), period: spare(o.period), metric: spare(o.metric), value: spare(o.value), qualifier: spare(o.qualifier), file: spare(o.file), line: spare(o.line) } };
    const { meta, transfer } = packDataset(roomy);
    expect(transfer[7]).toBe(roomy.obs.value.buffer);
    const back = unpackDataset(meta, transfer);
    expect(Array.from(back.obs.line)).toEqual(Array.from(o.line));
    expect(Array.from(back.obs.value)).toEqual(Array.from(o.value));
    expect(back.obs.unit.length).toBe(4);
    // A view further into its buffer is copied.
    const inner = new Float64Array(10).subarray(2, 6);
    inner.set(o.value);
    expect(packDataset({ ...ds, obs: { ...o, value: inner } }).transfer[7]!.byteLength).toBe(32);
  });

  it('rejects buffers that do not match the meta', () => {
    const { meta, transfer } = packDataset(sample());
    expect(() => unpackDataset({ ...meta, observations: 5 }, transfer)).toThrow(/observations/);
    expect(() => unpackDataset(meta, transfer.slice(1))).toThrow(/12 buffers/);
  });
});
