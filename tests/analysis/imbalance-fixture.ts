/**
 * A small hand-built district for the imbalance tests: two streets of four communities, four
 * quarters. 乙3社区 is the planted laggard in 再就业人数 (bottom in Q2–Q4, 12余 in Q4 = 30% of the
 * median 40); 甲1社区 dips in Q3 and recovers (the biggest rank improver in Q4).
 */
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import type { Dataset, Qualifier } from '../../src/data/dataset/dataset';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

export const UNITS = ['甲1社区', '甲2社区', '甲3社区', '甲4社区', '乙1社区', '乙2社区', '乙3社区', '乙4社区'] as const;

/** metric → quarter → value per unit (UNITS order); NaN = missing. */
export const REEMPLOYED: Record<string, number[]> = {
  '2024-Q1': [40, 42, 38, 44, 40, 41, 40, 39],
  '2024-Q2': [40, 42, 38, 44, 40, 41, 18, 39],
  '2024-Q3': [20, 42, 38, 44, 40, 41, 14, 39],
  '2024-Q4': [40, 42, 38, 44, 40, 41, 12, 39],
};
const VOLUNTEERS = [100, 110, 105, 95, 100, 102, 98, 101];
/** 零就业家庭 (lower is better): nearly even. */
const ZERO_EMPLOYMENT = [10, 12, 11, 9, 10, 10, 11, 10];

export function buildFixture(): Dataset {
  const b = new DatasetBuilder();
  const units = UNITS.map((name) => b.addUnit({ code: '', name, parent: name.startsWith('甲') ? '甲街道' : '乙街道', district: '测试区' }));
  const m = (id: string) => b.addMetric(canonicalMetric(id)!);
  const [re, vol, zero] = [m('reemployed'), m('volunteers'), m('zero_employment_households')];
  for (const [period, values] of Object.entries(REEMPLOYED)) {
    values.forEach((value, u) => {
      const planted = period === '2024-Q4' && u === 6;
      const qualifier: Qualifier = planted ? 'gt' : 'exact';
      b.add({ unit: units[u]!, period, metric: re, value, qualifier, raw: planted ? '12余' : undefined });
      b.add({ unit: units[u]!, period, metric: vol, value: VOLUNTEERS[u]! });
      b.add({ unit: units[u]!, period, metric: zero, value: ZERO_EMPLOYMENT[u]! });
    });
  }
  return b.build({ id: 'fixture', name: '测试数据', createdAt: '2024-12-31T00:00:00Z' });
}

/** A dataset from explicit rows: [unit name, parent, period, metric id, value, qualifier?]. */
export function datasetOf(rows: readonly (readonly [string, string, string, string, number, Qualifier?])[]): Dataset {
  const b = new DatasetBuilder();
  for (const [name, parent, period, metric, value, qualifier] of rows) {
    const u = b.addUnit({ code: '', name, parent, district: '测试区' });
    const mi = b.addMetric(canonicalMetric(metric)!);
    b.add({ unit: u, period, metric: mi, value, qualifier });
  }
  return b.build({ id: 'rows', name: 'rows', createdAt: '2024-12-31T00:00:00Z' });
}
