// @vitest-environment jsdom
/**
 * A metric with no better or worse (常住人口, 户数; 低保户数) has no laggards. The spread table
 * writes — for it, but selecting 常住人口 listed the community of 100 residents (median 1,000) as
 * 明显落后 below, on the page and on its slide. Both now say it is not judged, and list none.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { buildLaggardTableSpec } from '../../src/charts/imbalance-specs';
import { LaggardList } from '../../src/ui/views/imbalance/LaggardList';
import { makeDataset, type ObsRow } from '../analysis/analysis-fixtures';
import { modelOf } from '../analysis/model-of';

afterEach(cleanup);

const UNITS = ['甲社区', '乙社区', '丙社区', '丁社区', '戊社区'].map((name) => ({ name, parent: '一街道' }));
const rows: ObsRow[] = [100, 1000, 1000, 1100, 1200].flatMap((v, u): ObsRow[] => [[u, '2024-Q4', 'residents', v], [u, '2024-Q4', 'reemployed', v / 10]]);

describe('laggards of a base metric', () => {
  it('常住人口: none on the page and the slide, and both say why', () => {
    const model = modelOf(makeDataset(UNITS, rows));
    const m = imbalanceForMetric(model, 'residents', '2024-Q4');
    // Under half the median population: what the page and the slide listed.
    expect(m.laggards.map((l) => l.name)).toEqual(['甲社区']);
    render(<LaggardList per="none" imbalance={m} persistent={[]} share={0.5} onShare={() => {}} />);
    expect(screen.queryByRole('table')).toBeNull();
    const why = '常住人口没有好坏之分（基础指标或背景指标），不判断落后单位。';
    expect(document.body.textContent).toContain(why);
    expect(document.body.textContent).not.toMatch(/持续靠后|落后标准|低于中位数|为中位数的/);
    const spec = buildLaggardTableSpec(m, [], 0.5, { periodLabel: '2024年第四季度', parent: '', per: 'none', source: 's' });
    expect(spec.rows).toEqual([]);
    expect(spec.notes).toContain(why);
    expect(spec.notes).toEqual([why]);
  });
  it('再就业人数 of the same units still has its laggard', () => {
    const m = imbalanceForMetric(modelOf(makeDataset(UNITS, rows)), 'reemployed', '2024-Q4');
    expect(m.laggards.map((l) => l.name)).toEqual(['甲社区']);
  });
});
