/**
 * The exported 综合指数 table: built in the charts layer with the words the screen's table uses, so
 * its 标注 column (缺N项, N项不完整) and headers say what the page says, in the language of the spec.
 */
import { describe, expect, it } from 'vitest';
import { compositeIndex } from '../../src/analysis/composite-index';
import { buildCompositeTableSpec, compositeMarkText } from '../../src/charts/composite-table-spec';
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
