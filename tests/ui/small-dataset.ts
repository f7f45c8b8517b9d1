/**
 * A hand-built dataset for view tests: 5 units in 2 streets, months 2024-01..06.
 * 再就业人数 (flow) per quarter, worked out by hand:
 *   Q1: 乙60 甲30 丁24 丙15 戊3 → ranks 乙1 甲2 丁3 丙4 戊5
 *   Q2: 甲90 乙60 丙60 丁≈30 戊— → ranks 甲1 乙2 丙2 丁4 (丙 before 乙: pinyin bing < yi)
 *   rank change Q1→Q2: 甲↑1 丙↑2 乙↓1 丁↓1; change 甲+60 丙+45 乙0 丁+6.
 */
import { DatasetBuilder } from '../../src/data/dataset/dataset-builder';
import type { Dataset } from '../../src/data/dataset/dataset';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];

/** `withoutResidents`: no 人口 at all (a file of counts only, as most community reports are). */
export function smallDataset(opts: { isSample?: boolean; withoutResidents?: boolean } = {}): Dataset {
  const b = new DatasetBuilder();
  b.addFile({ name: '测试.csv', encoding: 'utf-8', bytes: 2048 });
  const re = b.addMetric(canonicalMetric('reemployed')!);
  const res = opts.withoutResidents ? undefined : b.addMetric(canonicalMetric('residents')!);
  const units = [
    { name: '甲社区', parent: '一街道', q1: 10, q2: 30, pop: 1000 },
    { name: '乙社区', parent: '一街道', q1: 20, q2: 20, pop: 2000 },
    { name: '丙社区', parent: '二街道', q1: 5, q2: 20, pop: 3000 },
    { name: '丁社区', parent: '二街道', q1: 8, q2: 10, pop: 1500 },
    { name: '戊社区', parent: '二街道', q1: 1, q2: NaN, pop: 500 },
  ];
  units.forEach((u, k) => {
    const unit = b.addUnit({ code: '', name: u.name, parent: u.parent, district: '测试区' });
    MONTHS.forEach((period, m) => {
      const v = m < 3 ? u.q1 : u.q2;
      if (!Number.isNaN(v)) {
        const approx = k === 3 && period === '2024-06';
        b.add({ unit, period, metric: re, value: v, qualifier: approx ? 'approx' : 'exact', raw: approx ? `约${v}` : undefined, line: 2 + k * 6 + m });
      }
      if (res !== undefined) b.add({ unit, period, metric: res, value: u.pop });
    });
  });
  return b.build({ id: 'small', name: '测试数据', createdAt: '2024-07-01T00:00:00.000Z', isSample: opts.isSample ?? false });
}
