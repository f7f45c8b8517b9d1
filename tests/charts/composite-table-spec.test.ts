/**
 * The exported 综合指数 table: built in the charts layer with the words the screen's table uses, so
 * its 标注 column (缺N项, N项不完整) and headers say what the page says, in the language of the spec.
 */
import { describe, expect, it } from 'vitest';
import { compositeIndex } from '../../src/analysis/composite-index';
import { buildCompositeTableSpec, compositeMarkText, compositeScoreText } from '../../src/charts/composite-table-spec';
import { cellText } from '../../src/export/table-cell-text';
import { tableWords } from '../../src/charts/table-words';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { importFiles } from '../../src/data/pipeline/import-files';
import { modelOf } from '../analysis/model-of';

/** 金龙里 has 再就业人数 for March only; 花园路 has no 注册志愿者. */
const CSV = [
  '街道,社区,期间,再就业人数,注册志愿者',
  '甲街道,中山路社区,2024年1月,10,', '甲街道,中山路社区,2024年2月,10,', '甲街道,中山路社区,2024年3月,10,100',
  '甲街道,金龙里社区,2024年3月,12,400',
  '乙街道,花园路社区,2024年1月,20,', '乙街道,花园路社区,2024年2月,20,', '乙街道,花园路社区,2024年3月,20,',
  '乙街道,祥福里社区,2024年1月,30,', '乙街道,祥福里社区,2024年2月,30,', '乙街道,祥福里社区,2024年3月,30,300',
].join('\n');
const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(CSV) }]).dataset!;
const result = compositeIndex(modelOf(ds), { metrics: [{ id: 'reemployed', weight: 1 }, { id: 'volunteers', weight: 1 }], period: '2024-Q1', method: 'percentile' });
const chosen = [canonicalMetric('reemployed')!, canonicalMetric('volunteers')!];
const ctx = { periodLabel: '2024年第一季度', parent: '', per: 'none' as const, method: 'percentile' as const, source: '测试', chosen };

describe('buildCompositeTableSpec', () => {
  it('marks the unit without a metric and the unit with a partial one, as the page does', () => {
    const spec = buildCompositeTableSpec(result, ctx);
    expect(spec.title).toBe('各社区综合指数排行');
    expect(spec.columns.map((c) => c.label)).toEqual(['排名', '社区', '街道/镇', '综合得分', '再就业人数得分', '注册志愿者得分', '标注']);
    const mark = (name: string) => spec.rows.find((r) => r[1] === name)!.at(-1);
    expect([mark('花园路社区'), mark('金龙里社区'), mark('中山路社区')]).toEqual(['（缺1项）', '（1项不完整）', '']);
  });
  it('in English, with the same words as the page’s tags', () => {
    const spec = buildCompositeTableSpec(result, { ...ctx, lang: 'en' });
    expect(spec.rows.find((r) => r[1] === '花园路社区')!.at(-1)).toBe('(1 missing)');
    expect(compositeMarkText({ missing: ['a'], partial: ['b', 'c'] }, 'en')).toBe('(1 missing) (2 incomplete)');
    expect(tableWords('en').compositePartial(2)).toBe('(2 incomplete)');
  });
});

describe('a score on the page and on its slide', () => {
  // The page (CompositePanel) writes each score with compositeScoreText; the slide wrote 58.33 and
  // 0.53 (no sign) where the page says 58.3 and +0.53.
  const slideScores = (method: 'percentile' | 'zscore') => {
    const r = compositeIndex(modelOf(ds), { metrics: [{ id: 'reemployed', weight: 1 }, { id: 'volunteers', weight: 2 }], period: '2024-Q1', method });
    const spec = buildCompositeTableSpec(r, { ...ctx, method });
    const k = spec.columns.findIndex((c) => c.key === 'score');
    return { page: r.rows.map((row) => compositeScoreText(row.score, method)), slide: spec.rows.map((row) => cellText(row[k] ?? null, spec.columns[k]!)) };
  };
  it('percentiles: one digit on both', () => {
    const { page, slide } = slideScores('percentile');
    expect(slide).toEqual(page);
    expect(page.some((t) => /\.\d$/.test(t))).toBe(true);
  });
  it('z-scores: signed, two digits at most, on both', () => {
    const { page, slide } = slideScores('zscore');
    expect(slide).toEqual(page);
    expect(page.some((t) => t.startsWith('+'))).toBe(true);
    expect(page.some((t) => t.startsWith('−'))).toBe(true);
  });
  it.each<[number, 'percentile' | 'zscore', string]>([[58.3333, 'percentile', '58.3'], [75, 'percentile', '75'], [0.5347, 'zscore', '+0.53'], [-1.2, 'zscore', '−1.2'], [0, 'zscore', '0'], [NaN, 'zscore', '—']])(
    '%d (%s) reads %s', (x, method, text) => {
      expect(compositeScoreText(x, method)).toBe(text);
    },
  );
});
