/**
 * The narrative writes a ratio in the digits of the table beside it: the spread table writes
 * 最高/最低 5.0倍 (spreadFigureText) and the laggard table 为中位数的3.0倍 (shareOfMedianText), but
 * the sentences wrote 5倍 and 3倍. Stocks at the end of 2024年第四季度, one street.
 */
import { describe, expect, it } from 'vitest';
import { buildNarrative } from '../../src/analysis/narrative';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { shareOfMedianText, spreadFigureText } from '../../src/charts/imbalance-specs';
import { makeDataset, type ObsRow } from './analysis-fixtures';
import { modelOf } from './model-of';

const UNITS = ['甲社区', '乙社区', '丙社区', '丁社区', '戊社区'].map((name) => ({ name, parent: '一街道' }));

describe('ratios in the narrative and the tables', () => {
  it('最高是最低的5.0倍, as the spread table writes it', () => {
    const rows: ObsRow[] = [10, 20, 30, 40, 50].map((v, u) => [u, '2024-Q4', 'reemployed', v]);
    const model = modelOf(makeDataset(UNITS, rows));
    const m = imbalanceForMetric(model, 'reemployed', '2024-Q4');
    expect(spreadFigureText(m, 'maxMin')).toBe('5.0倍');
    const first = buildNarrative(model, '2024-Q4', 'zh').sentences[0]!.text;
    expect(first).toContain('的5.0倍');
  });
  it('a lower-is-better laggard at 3.0倍 the median, as the laggard table writes it', () => {
    // 下岗失业人员: median 10; 30 is 3.0 times it, above 2 times (the laggard rule at half).
    const rows: ObsRow[] = [8, 9, 10, 11, 30].map((v, u) => [u, '2024-Q4', 'unemployed', v]);
    const model = modelOf(makeDataset(UNITS, rows));
    const m = imbalanceForMetric(model, 'unemployed', '2024-Q4');
    expect(shareOfMedianText(true, m.laggards[0]!.shareOfMedian)).toBe('3.0倍');
    const lag = buildNarrative(model, '2024-Q4', 'zh').sentences.find((s) => s.kind === 'laggards')!.text;
    expect(lag).toContain('戊社区为中位数的3.0倍');
  });
});
