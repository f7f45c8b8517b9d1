/**
 * 街道排名 and 单位画像 against a partial comparison value, as 排行 marks it (prevPartial): 金龙里社区
 * (甲街道) sent only January and February of the first quarter, every month of the second
 * (tests/analysis/prev-partial-fixture.ts). 甲街道's first quarter sums that partial 9, so it is
 * partial too; 乙街道's (花园路社区 alone) is complete.
 */
import { describe, expect, it } from 'vitest';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildUnitProfile } from '../../src/analysis/unit-profile';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from './model-of';
import { prevPartialCsv } from './prev-partial-fixture';

const load = (csv: string): Dataset => importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
const ds = load(prevPartialCsv);
const streets = (d: Dataset, period: string) =>
  Object.fromEntries(buildStreetLeague(modelOf(d), { metric: 'reemployed', period }).rows.map((r) => [r.parent, r]));
const reemployed = (d: Dataset, name: string, period: string) =>
  buildUnitProfile(modelOf(d), d.units.findIndex((u) => u.name === name), period).metrics.find((m) => m.metric.id === 'reemployed')!;

describe('the street league against a partial previous quarter', () => {
  it('marks the street whose previous sum holds a partial community value, not the other', () => {
    const s = streets(ds, '2024-Q2');
    // 甲: 36 + 18 = 54 now, 33 + 9 = 42 before (金龙里 lacks March); 乙: 21 now, 18 before.
    expect([s['甲街道']!.value, s['甲街道']!.prevValue, s['甲街道']!.partial, s['甲街道']!.prevPartial]).toEqual([54, 42, false, true]);
    expect([s['乙街道']!.value, s['乙街道']!.prevValue, s['乙街道']!.prevPartial]).toEqual([21, 18, false]);
  });
  it('marks nothing in months, where no value is partial', () => {
    const s = streets(ds, '2024-05');
    expect([s['甲街道']!.prevValue, s['甲街道']!.prevPartial, s['乙街道']!.prevPartial]).toEqual([18, false, false]);
  });
  it('marks nothing when the previous period has no data at all', () => {
    const s = streets(ds, '2024-Q1');
    // 甲's first quarter is itself partial; there is no 2023-Q4 to compare with.
    expect([s['甲街道']!.partial, Number.isNaN(s['甲街道']!.prevValue!), s['甲街道']!.prevPartial, s['乙街道']!.prevPartial]).toEqual([true, true, false, false]);
  });
});

describe('the unit profile against a partial previous quarter', () => {
  it('says the 环比 of 金龙里社区 is against a partial value, not that of 中山路社区', () => {
    const m = reemployed(ds, '金龙里社区', '2024-Q2');
    expect([m.value, m.partial, m.previous.value, m.previous.change, m.previous.partial]).toEqual([18, false, 9, 9, true]);
    const other = reemployed(ds, '中山路社区', '2024-Q2');
    expect([other.previous.change, other.previous.partial]).toEqual([3, false]);
  });
  it('marks nothing in months', () => {
    const m = reemployed(ds, '金龙里社区', '2024-05');
    expect([m.previous.change, m.previous.partial]).toEqual([0, false]);
  });
  it('marks nothing when the previous period has no data at all', () => {
    const m = reemployed(ds, '中山路社区', '2024-Q1');
    expect([Number.isNaN(m.previous.change), m.previous.partial, m.lastYear.partial]).toEqual([true, false, false]);
  });
  it('says the 同比 is against a partial value when the same quarter last year is partial', () => {
    // 2023-Q2: 金龙里 sent April and May only (10), the others every month.
    const lastYear = [
      '甲街道,中山路社区,2023年4月,10', '甲街道,中山路社区,2023年5月,10', '甲街道,中山路社区,2023年6月,10',
      '甲街道,金龙里社区,2023年4月,5', '甲街道,金龙里社区,2023年5月,5',
      '乙街道,花园路社区,2023年4月,6', '乙街道,花园路社区,2023年5月,6', '乙街道,花园路社区,2023年6月,6',
    ];
    const d = load([prevPartialCsv, ...lastYear].join('\n'));
    const m = reemployed(d, '金龙里社区', '2024-Q2');
    expect([m.lastYear.value, m.lastYear.change, m.lastYear.partial, m.previous.partial]).toEqual([10, 8, true, true]);
    expect([reemployed(d, '花园路社区', '2024-Q2').lastYear.partial, reemployed(d, '花园路社区', '2024-Q2').lastYear.change]).toEqual([false, 3]);
  });
});
