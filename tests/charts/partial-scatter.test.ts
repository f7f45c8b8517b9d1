/**
 * The scatter of two metrics when one unit's value is partial (金龙里社区 sent only March of the
 * quarter's 再就业人数): it is drawn with a `*`, but does not set the quadrant medians, the trend
 * line or the outlier test the complete units are judged by, and the notes say so.
 */
import { describe, expect, it } from 'vitest';
import { buildScatterSpec } from '../../src/charts/scatter-spec';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';

const pt = (name: string, x: number, y: number, partial = false) => ({ name, parent: '甲街道', x, y, partial });
/** X 开发就业岗位, Y 再就业人数; 金龙里's Y is one month of three. */
const POINTS = [pt('中山路社区', 10, 100), pt('花园路社区', 20, 200), pt('祥福里社区', 30, 300), pt('金龙里社区', 40, 1, true)];
const ctx = {
  x: canonicalMetric('jobs_developed')!, y: canonicalMetric('reemployed')!, per: 'none' as const, xPer: 'none' as const, yPer: 'none' as const,
  periodLabel: '2024年第一季度', parent: '', source: '测试', missingCount: 0,
};

describe('scatter with one partial point', () => {
  const spec = buildScatterSpec(POINTS, ctx);
  it('marks the partial unit with *', () => {
    expect(spec.categories).toEqual(['中山路社区', '花园路社区', '祥福里社区', '金龙里社区*']);
  });
  it('takes the quadrant medians of the complete units only, and says so', () => {
    // Complete: X 10, 20, 30 → 20; Y 100, 200, 300 → 200 (with 金龙里: 25 and 150).
    expect([spec.scatter!.medianX, spec.scatter!.medianY]).toEqual([20, 200]);
    expect(spec.notes!.join('')).toContain('虚线为中位数：开发就业岗位 20个，再就业人数 200人');
    expect(spec.notes).toContain('中位数、象限计数、趋势线和离群判断只计数据完整的单位，不含带“*”的单位。');
    expect(spec.notes).toContain('带“*”的单位在该期间缺少部分月份的数据，数值偏低。');
  });
});

describe('the 散点 view’s points', () => {
  it('are partial when either value is', async () => {
    const { importFiles } = await import('../../src/data/pipeline/import-files');
    const { scatterData } = await import('../../src/ui/views/scatter/scatter-data');
    const { modelOf } = await import('../analysis/model-of');
    const csv = ['街道,社区,期间,开发就业岗位,再就业人数',
      '甲街道,中山路社区,2024年1月,3,10', '甲街道,中山路社区,2024年2月,3,10', '甲街道,中山路社区,2024年3月,4,10',
      '甲街道,金龙里社区,2024年1月,5,', '甲街道,金龙里社区,2024年2月,5,', '甲街道,金龙里社区,2024年3月,5,12'].join('\n');
    const ds = importFiles([{ name: 'q1.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
    const d = scatterData(modelOf(ds), { x: ctx.x, y: ctx.y, period: '2024-Q1', parent: '', per: 'none' });
    expect(d.points.map((p) => [p.name, p.partial])).toEqual([['中山路社区', false], ['金龙里社区', true]]);
  });
});
