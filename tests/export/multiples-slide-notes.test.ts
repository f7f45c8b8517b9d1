/**
 * A slide of small multiples names the overall median once, in its notes, not under every panel:
 * a district officer reads the dashed line's meaning once for the slide.
 */
import { describe, expect, it } from 'vitest';
import { buildSmallMultiples } from '../../src/charts/small-multiples-spec';
import type { CompareBarItem } from '../../src/charts/compare-bars-spec';
import { buildDeck } from '../../src/export/pptx-export';
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { readDeck } from './pptx-read';

const it_ = (unit: number, name: string, parent: string, value: number): CompareBarItem => ({ unit, name, parent, value, qualifier: 'exact', partial: false });
const items = [it_(0, '甲社区', '一街道', 90), it_(2, '丙社区', '二街道', 70), it_(1, '乙社区', '一街道', 20), it_(3, '丁社区', '二街道', 10), it_(4, '戊社区', '二街道', 5)];

describe('the small-multiples slide', () => {
  it('names 全部中位数 once, not on each of its panels', async () => {
    const sm = buildSmallMultiples({ items, missing: [], median: 20, mean: 39 }, {
      periodLabel: '2024年上半年', parent: '', per: 'none', source: 's', metric: canonicalMetric('reemployed')!, direction: 'higher',
    });
    const slides = await readDeck(await buildDeck([{ kind: 'chart', spec: sm.combined }], { title: '汇报', date: '2024年7月5日', source: 's' }));
    const grid = slides.find((s) => s.charts.length === 2)!;
    const said = grid.texts.filter((t) => t.includes('全部中位数'));
    expect(said).toEqual(['注：参考线：全部中位数 20人（虚线）']);
    expect(grid.shapes.filter((s) => s.kind === 'line' && s.dash === 'dash')).toHaveLength(2);
  });

  it('says the street medians in the panel headings leave out the * units, as the page does', async () => {
    const partial = items.map((x) => (x.unit === 1 ? { ...x, partial: true } : x));
    const sm = buildSmallMultiples({ items: partial, missing: [], median: 20, mean: 39, referencePartialLeftOut: 1 }, {
      periodLabel: '2024年上半年', parent: '', per: 'none', source: 's', metric: canonicalMetric('reemployed')!, direction: 'higher',
    });
    const slides = await readDeck(await buildDeck([{ kind: 'chart', spec: sm.combined }], { title: '汇报', date: '2024年7月5日', source: 's' }));
    const grid = slides.find((s) => s.charts.length === 2)!;
    expect(grid.texts.filter((t) => t.includes('只计数据完整的单位'))).toEqual([expect.stringContaining('全部中位数、各街道中位数只计数据完整的单位，不含带“*”的单位。')]);
  });
});
