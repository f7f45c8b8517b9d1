/**
 * The composite index and the scores under it when a unit's value is partial in one metric
 * (金龙里社区 sent only March of the quarter's 再就业人数): its partial value does not set the
 * percentiles or the mean the complete units are scored against, it is not scored as the worst on
 * that metric, and the method note says so.
 */
import { describe, expect, it } from 'vitest';
import { compositeIndex } from '../../src/analysis/composite-index';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from './model-of';

/** 再就业人数 by month; 注册志愿者 (a stock) at March. 金龙里 has 再就业人数 for March only. */
const CSV = [
  '街道,社区,期间,再就业人数,注册志愿者',
  '甲街道,中山路社区,2024年1月,10,', '甲街道,中山路社区,2024年2月,10,', '甲街道,中山路社区,2024年3月,10,100',
  '甲街道,金龙里社区,2024年3月,12,400',
  '乙街道,花园路社区,2024年1月,20,', '乙街道,花园路社区,2024年2月,20,', '乙街道,花园路社区,2024年3月,20,200',
  '乙街道,祥福里社区,2024年1月,30,', '乙街道,祥福里社区,2024年2月,30,', '乙街道,祥福里社区,2024年3月,30,300',
].join('\n');
const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(CSV) }]).dataset!;
const metrics = [{ id: 'reemployed', weight: 1 }, { id: 'volunteers', weight: 1 }];
const row = (r: ReturnType<typeof compositeIndex>, name: string) => r.rows.find((x) => x.name === name)!;

describe('composite index with one unit partial in one metric', () => {
  const r = compositeIndex(modelOf(ds), { metrics, period: '2024-Q1', method: 'percentile' });
  it('scores the complete units of 再就业人数 among themselves: 30, 60, 90 → 0, 50, 100', () => {
    const part = (name: string) => row(r, name).parts.find((p) => p.metric === 'reemployed')!.score;
    expect([part('中山路社区'), part('花园路社区'), part('祥福里社区')]).toEqual([0, 50, 100]);
  });
  it('does not score 金龙里社区 as the worst on a quarter of one month, and says why', () => {
    const j = row(r, '金龙里社区');
    expect(j.parts.find((p) => p.metric === 'reemployed')!.score).toBeNaN();
    expect(j.partial).toEqual(['reemployed']);
    expect(j.score).toBe(100); // its 注册志愿者 alone, the highest
    expect(r.methodNote).toContain('1个单位有指标本期数据不完整，该指标不与完整数据一起计分，按其余指标的权重重新归一计算，表中已标注。');
    expect(r.methodNoteEn).toContain('1 unit has incomplete data this period on some metric: that metric is not scored against complete data, and its score uses the other weights, renormalised, flagged in the table.');
  });
  it('the z-score method takes the mean and spread of the complete values only', () => {
    const z = compositeIndex(modelOf(ds), { metrics: [{ id: 'reemployed', weight: 1 }], period: '2024-Q1', method: 'zscore' });
    // 30, 60, 90: mean 60, sd √600; 金龙里 has no score on its only metric and is left out, said so.
    expect(row(z, '花园路社区').score).toBeCloseTo(0, 12);
    expect(row(z, '祥福里社区').score).toBeCloseTo(30 / Math.sqrt(600), 12);
    expect(z.rows.map((x) => x.name)).not.toContain('金龙里社区');
    expect(z.methodNote).toContain('另有1个单位所选指标本期数据均不完整，未计算综合得分。');
  });
});
