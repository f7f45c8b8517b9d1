/**
 * 对比 with two periods where the comparison value is the partial one: 金龙里社区's second quarter
 * (18) against a first quarter of January and February only (9). As a partial value of the period
 * shown is marked “*” and explained, the unit is marked “†” and the note says what its change is.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/data/pipeline/import-files';
import { compareViewModel } from '../../src/ui/views/compare/compare-view-model';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { modelOf } from '../analysis/model-of';
import { prevPartialCsv } from '../analysis/prev-partial-fixture';

const ds = importFiles([{ name: '2024年上半年.csv', bytes: new TextEncoder().encode(prevPartialCsv) }]).dataset!;

describe('the 对比 two-period bars against a partial comparison value', () => {
  const vm = compareViewModel(modelOf(ds), { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2', compare: '2024-Q1' }, 'zh')!;
  it('mark the unit whose comparison value is partial and say what that means for its change', () => {
    expect(vm.bars!.categories).toEqual(['中山路社区', '花园路社区', '金龙里社区†']);
    expect(vm.bars!.notes).toContain('带“†”的单位在2024年第一季度缺少部分月份的数据，该期数值偏低，与之相比的变化偏大。');
  });
  it('so do the small multiples, once for the chart', () => {
    const sm = compareViewModel(modelOf(ds), { ...DEFAULT_VIEW_QUERY, metric: 'reemployed', period: '2024-Q2', compare: '2024-Q1' }, 'zh', true)!.smallMultiples!;
    expect(sm.combined.categories).toContain('甲街道｜金龙里社区†');
    expect((sm.combined.notes ?? []).filter((n) => n.includes('†'))).toHaveLength(1);
  });
});
