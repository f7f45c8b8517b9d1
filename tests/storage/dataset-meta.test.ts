import { describe, expect, it } from 'vitest';
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { buildDatasetMeta } from '../../src/storage/dataset-meta';

describe('buildDatasetMeta: the period span the data manager shows', () => {
  it('spans the months, not the years to date (2024年3月 至 2024年1-3月累计 is no span)', () => {
    const b = new DatasetBuilder();
    b.addFile({ name: 'a.xlsx', encoding: '', bytes: 10 });
    const m = b.addMetric(canonicalMetric('reemployed')!);
    const u = b.addUnit({ code: '', name: '东湖社区', parent: '', district: '' });
    for (const period of ['2024-02', '2024-03', '2024-C02', '2024-C03']) b.add({ unit: u, period, metric: m, value: 1 });
    const meta = buildDatasetMeta(b.build({ id: 'x', name: 'x', createdAt: '2024-04-01T00:00:00.000Z' }), new Map(), '2024-04-01T00:00:00.000Z');
    expect([meta.firstPeriod, meta.lastPeriod, meta.periodCount]).toEqual(['2024-02', '2024-03', 4]);
  });
});
