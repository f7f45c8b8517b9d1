/**
 * What a sum or an average shown to a user says when some of its parts are approximate
 * (`3500余`, `近100`, `约600`): the sum carries its parts' qualifier (combineQualifiers), and every
 * place it is shown says 约/以上/不足 or marks it ≈/＞/＜, as a single community's value does.
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/analysis/compare-units';
import { buildOverview } from '../../src/analysis/overview';
import { buildCompareChartSpec } from '../../src/charts/compare-chart-spec';
import { chartTableSpec } from '../../src/charts/chart-table-spec';
import { buildSmallMultiples } from '../../src/charts/small-multiples-spec';
import { referenceText } from '../../src/charts/spec-text';
import { referenceNote } from '../../src/export/chart-notes';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { buildStreetLeagueTableSpec } from '../../src/charts/street-league-spec';
import { importFiles } from '../../src/data/pipeline/import-files';
import { QUALIFIER_CODE } from '../../src/data/dataset/dataset';
import { modelOf } from './model-of';

/** A long CSV as a clerk sends it: 金龙里's 再就业人数 is 3500余, every 乙街道 value is approximate. */
const CSV = [
  '街道,社区,期间,指标,数值',
  '甲街道,中山路社区,2024年3月,再就业人数,1200',
  '甲街道,金龙里社区,2024年3月,再就业人数,3500余',
  '乙街道,花园路社区,2024年3月,再就业人数,近100',
  '乙街道,祥福里社区,2024年3月,再就业人数,约600',
  '丙街道,滨西社区,2024年3月,再就业人数,800',
  '丙街道,红星里社区,2024年3月,再就业人数,900',
].join('\n');

function approximateDataset() {
  const r = importFiles([{ name: '2024年3月.csv', bytes: new TextEncoder().encode(CSV) }]);
  return r.dataset!;
}

describe('街道排名 over approximate community values', () => {
  const ds = approximateDataset();
  const { rows } = buildStreetLeague(modelOf(ds), { metric: 'reemployed', period: '2024-03' });
  const row = (p: string) => rows.find((r) => r.parent === p)!;
  it('a street summing 3500余 is more than its sum; one of 近100 and 约600 is about it; an exact one stays exact', () => {
    expect([row('甲街道').value, row('甲街道').qualifier]).toEqual([4700, QUALIFIER_CODE.gt]);
    expect([row('乙街道').value, row('乙街道').qualifier]).toEqual([700, QUALIFIER_CODE.approx]);
    expect([row('丙街道').value, row('丙街道').qualifier]).toEqual([1700, QUALIFIER_CODE.exact]);
  });
  it('the exported table marks them in the 标注 column and explains the marks', () => {
    const spec = buildStreetLeagueTableSpec(rows, { metric: ds.metrics[0]!, periodLabel: '2024年3月', previousLabel: '', per: 'none', source: '测试' });
    const mark = (p: string) => spec.rows.find((r) => r[1] === p)![6];
    expect([mark('甲街道'), mark('乙街道'), mark('丙街道')]).toEqual(['＞', '≈', '']);
    expect(spec.notes).toContain('数值的标注：≈ 约数，＞ 下限（实际多于此数），＜ 上限（实际少于此数），见“标注”列。');
    expect(spec.notes!.join('')).not.toContain('页面');
  });
});

describe('总览 rate over an approximate base', () => {
  // 志愿者占常住人口比例 = Σ注册志愿者 ÷ Σ常住人口: 100 + 200 volunteers over 2000余 + 4000 residents.
  const csv = [
    '街道,社区,期间,常住人口,注册志愿者',
    '甲街道,中山路社区,2024年3月,2000余,100',
    '甲街道,金龙里社区,2024年3月,4000,200',
  ].join('\n');
  const ds = importFiles([{ name: '2024年3月.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
  const rate = buildOverview(modelOf(ds), '2024-03').families.flatMap((f) => f.metrics).find((m) => m.id === 'volunteer_rate')!;
  it('is less than 300 ÷ 6,000, since the residents are more than 6,000: 不足5%, not 5%以上', () => {
    expect(rate.total).toBeCloseTo(5, 12);
    expect(rate.qualifier).toBe(QUALIFIER_CODE.lt);
  });
});

describe('对比 chart: mean and median lines over approximate values', () => {
  const ds = approximateDataset();
  const result = compareUnits(modelOf(ds), { metric: 'reemployed', period: '2024-03' });
  const spec = buildCompareChartSpec(result, { metric: ds.metrics[0]!, periodLabel: '2024年3月', parent: '', per: 'none', source: '测试' });
  it('the mean of six values, three of them approximate, is approximate: 约1,183人', () => {
    // (1200 + 3500余 + 近100 + 约600 + 800 + 900) / 6 = 7100 / 6.
    expect(result.mean).toBeCloseTo(7100 / 6, 10);
    expect(referenceText(spec.references![1]!, 'zh', '人')).toBe('平均值 约1,183人');
  });
  it('the median between 800 and 900 is exact; in 乙街道, between 近100 and 约600, it is about', () => {
    expect(referenceText(spec.references![0]!, 'zh', '人')).toBe('中位数 850人');
    const bottom = compareUnits(modelOf(ds), { metric: 'reemployed', period: '2024-03', parent: '乙街道' });
    const s2 = buildCompareChartSpec(bottom, { metric: ds.metrics[0]!, periodLabel: '2024年3月', parent: '乙街道', per: 'none', source: '测试' });
    expect(referenceText(s2.references![0]!, 'zh', '人')).toBe('中位数 约350人');
  });
  it('the exported note says so', () => {
    expect(referenceNote(spec)).toBe('参考线：中位数 850人（虚线），平均值 约1,183人（点线）');
  });
  it('the chart’s CSV/XLSX table notes the lines with their qualifier too', () => {
    expect(chartTableSpec(spec).notes).toContain('平均值：约1,183人');
  });
  it('the small multiples draw the overall median with its qualifier', () => {
    // The median of 乙街道 alone (between 近100 and 约600) as the overall one.
    const south = compareUnits(modelOf(ds), { metric: 'reemployed', period: '2024-03', parent: '乙街道' });
    const sm = buildSmallMultiples(south, { metric: ds.metrics[0]!, periodLabel: '2024年3月', parent: '乙街道', per: 'none', source: '测试', direction: 'higher' });
    expect(referenceNote(sm.panels[0]!.spec)).toBe('参考线：中位数 约350人（虚线）');
  });
});
