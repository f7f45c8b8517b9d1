// @vitest-environment node
/**
 * Issue 15, class 2: every view shows one consistent rate. The same (unit, period) rate is read
 * through the analysis function of each view (排行 league, 对比 compare, 趋势 trend, 均衡 imbalance,
 * 单位画像 profile) and must be one number, the one hand-computed below; a street's or the
 * district's rate is never a sum of community rates.
 */
import { modelOf } from './model-of';
import { describe, expect, it } from 'vitest';
import { buildLeagueTable } from '../../src/analysis/league-table';
import { compareUnits } from '../../src/analysis/compare-units';
import { trendSeries } from '../../src/analysis/trend-series';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { buildUnitProfile } from '../../src/analysis/unit-profile';
import { buildStreetLeague } from '../../src/analysis/street-league';
import { metricTotal } from '../../src/analysis/overview';
import { requireMetric } from '../../src/analysis/resolve-metric';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importText } from '../data/pipeline/import-helpers';

// 东湖 writes its 再就业率 (consistent with its parts), 西山 gives only the parts, 南湖 (a street of
// its own) writes it too. 入户率（%） is a rate without parts; 党员占比 a rate by its name alone.
const MONTHS = ['2023年1月', '2023年2月', '2023年3月'];
const rows = [
  ['甲街道', '东湖社区', 5, 10, '50', 80, 31],
  ['甲街道', '西山社区', 2, 10, '', 70, 22],
  ['乙街道', '南湖社区', 3, 10, '30', 60, 13],
] as const;
const text = '街道,社区,期间,再就业人数,下岗失业人员,再就业率,入户率（%）,党员占比\n'
  + MONTHS.flatMap((m, k) => rows.map(([s, u, a, b, r, h, p]) => `${s},${u},${m},${a},${b},${r},${h + k},${p}`)).join('\n') + '\n';

/** Hand-computed: what every view must show (NaN: no view may show a number). */
const EXPECTED: Record<string, Record<string, Record<string, number>>> = {
  reemployment_rate: {
    // Months: the written rate where there is one, else 再就业人数 ÷ 下岗失业人员 × 100 (2 ÷ 10).
    '2023-01': { 东湖社区: 50, 西山社区: 20, 南湖社区: 30 },
    // The quarter: recomputed from the quarter's parts (Σ再就业人数 ÷ 下岗失业人员 at the quarter's end).
    '2023-Q1': { 东湖社区: 150, 西山社区: 60, 南湖社区: 90 },
  },
  'custom:入户率': {
    '2023-02': { 东湖社区: 81, 西山社区: 71, 南湖社区: 61 },
    // No parts: a quarter of monthly rates has no honest value (never 80 + 81 + 82 = 243).
    '2023-Q1': { 东湖社区: NaN, 西山社区: NaN, 南湖社区: NaN },
  },
  'custom:党员占比': {
    '2023-03': { 东湖社区: 31, 西山社区: 22, 南湖社区: 13 },
    '2023-Q1': { 东湖社区: NaN, 西山社区: NaN, 南湖社区: NaN },
  },
};

/** The unit's value of `metric` in `period` as each view's analysis function gives it. */
function viewValues(ds: Dataset, metric: string, period: string, unit: number): Record<string, number> {
  const name = ds.units[unit]!.name;
  const league = buildLeagueTable(modelOf(ds), { metric, period }).rows.find((r) => r.unit === unit)!.value;
  const cmp = compareUnits(modelOf(ds), { metric, period });
  const compare = cmp.items.find((i) => i.unit === unit)?.value ?? (cmp.missing.some((m) => m.unit === unit) ? NaN : -1);
  const granularity = period.includes('Q') ? 'Q' : 'M';
  const trend = trendSeries(modelOf(ds), { metric, granularity, units: [unit] });
  const at = trend.periods.indexOf(period);
  const trendValue = at < 0 ? NaN : trend.series[0]!.values[at] ?? NaN;
  const profile = buildUnitProfile(modelOf(ds), unit, period).metrics.find((m) => m.metric.id === metric)!.value;
  // 均衡 names units by value (highest, lowest, laggards): wherever it names this one, the same number.
  const imb = imbalanceForMetric(modelOf(ds), metric, period);
  const named = [imb.highest, imb.lowest, ...imb.laggards, ...imb.outliers].filter((x) => x?.name === name).map((x) => x!.value);
  const out: Record<string, number> = { league, compare, trend: trendValue, profile };
  named.forEach((v, k) => { out[`imbalance${k}`] = v; });
  return out;
}

describe('one rate in every view (issue 15, class 2)', () => {
  const ds = importText(text, 'a.csv').dataset!;

  it('the rate metrics are ratios (a custom rate by its % unit or its name), the counts are not', () => {
    const kinds = Object.fromEntries(ds.metrics.map((m) => [m.id, m.kind]));
    expect(kinds).toMatchObject({ reemployment_rate: 'ratio', 'custom:入户率': 'ratio', 'custom:党员占比': 'ratio', reemployed: 'flow', unemployed: 'stock' });
  });

  for (const [metric, byPeriod] of Object.entries(EXPECTED)) {
    for (const [period, byUnit] of Object.entries(byPeriod)) {
      it(`${metric} ${period}: league, compare, trend, imbalance and profile show the hand-computed value`, () => {
        for (const [name, expected] of Object.entries(byUnit)) {
          const u = ds.units.findIndex((x) => x.name === name);
          const seen = viewValues(ds, metric, period, u);
          expect(Object.keys(seen)).toEqual(expect.arrayContaining(['league', 'compare', 'trend', 'profile']));
          for (const [view, v] of Object.entries(seen)) {
            if (Number.isNaN(expected)) expect(v, `${name} ${view}`).toBeNaN(); else expect(v, `${name} ${view}`).toBeCloseTo(expected, 9);
          }
        }
      });
    }
  }

  it('imbalance names the highest and lowest with the values the league shows', () => {
    const imb = imbalanceForMetric(modelOf(ds), 'reemployment_rate', '2023-01');
    expect([imb.highest?.name, imb.highest?.value, imb.lowest?.name, imb.lowest?.value]).toEqual(['东湖社区', 50, '西山社区', 20]);
  });

  it('a street of one community shows that community\'s rate; a rate without parts has no street or district total', () => {
    const south = (metric: string, period: string): number => buildStreetLeague(modelOf(ds), { metric, period }).rows.find((r) => r.parent === '乙街道')!.value;
    expect(south('reemployment_rate', '2023-01')).toBeCloseTo(30, 9);
    expect(south('reemployment_rate', '2023-Q1')).toBeCloseTo(90, 9);
    expect(south('custom:入户率', '2023-01')).toBeNaN();
    // The district: Σ再就业人数 ÷ Σ下岗失业人员 (10 ÷ 30), not a sum or mean of rates; none for 入户率.
    expect(metricTotal(modelOf(ds), requireMetric(ds, 'reemployment_rate'), '2023-01').value).toBeCloseTo(100 / 3, 9);
    expect(metricTotal(modelOf(ds), requireMetric(ds, 'custom:入户率'), '2023-01').value).toBeNaN();
  });
});
