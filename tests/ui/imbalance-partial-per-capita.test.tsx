// @vitest-environment jsdom
/**
 * The 均衡 page per 1,000 residents says what a partial rate lacks: 金龙里社区's 再就业人数
 * short of March over a full 常住人口 lacks months; its full 再就业人数 over a 常住人口 that stops in
 * February only lacks the period-end base, and is not said to lack months.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { percentileMatrix } from '../../src/analysis/heatmap';
import { imbalanceForMetric } from '../../src/analysis/imbalance';
import { importFiles } from '../../src/data/pipeline/import-files';
import { Heatmap } from '../../src/ui/views/imbalance/Heatmap';
import { LaggardList } from '../../src/ui/views/imbalance/LaggardList';
import { SpreadTable } from '../../src/ui/views/imbalance/SpreadTable';
import { basePartialCsv, countPartialCsv } from '../analysis/per-capita-partial-fixture';
import { modelOf } from '../analysis/model-of';

afterEach(cleanup);

function renderPage(csv: string) {
  const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(csv) }]).dataset!;
  const model = modelOf(ds);
  const m = imbalanceForMetric(model, 'reemployed', '2024-Q1', { per: '1000' });
  const matrix = percentileMatrix(model, '2024-Q1', ['reemployed'], { per: '1000' });
  render(<>
    <SpreadTable rows={[m]} selected="reemployed" onSelect={() => {}} />
    <LaggardList per="1000" imbalance={m} persistent={[]} share={0.5} onShare={() => {}} />
    <Heatmap per="1000" dataset={ds} matrix={matrix} caption="热力图" />
  </>);
  const tag = screen.getByText('不完整', { selector: '.tag' }).getAttribute('title')!;
  const cell = [...document.querySelectorAll('.heatmap-cell')].map((c) => c.getAttribute('title')!).find((t) => t.includes('金龙里社区'))!;
  return { tag, cell };
}

describe('the 均衡 page per 1,000 residents with one unit partial', () => {
  it('a count short of months over a full base: 缺少部分月份', () => {
    const { tag, cell } = renderPage(countPartialCsv);
    expect(tag).toBe('另有1个单位本期缺少部分月份的数据，未参与比较（不计入以上统计与名单）。');
    expect(screen.getByText('另有1个单位本期缺少部分月份的数据，未参与比较（不计入以上统计与名单）。', { selector: 'p' })).toBeTruthy();
    expect(cell).toContain('本期缺少部分月份的数据');
  });
  it('a full count over a base that stops in February: 尚无期末的数据, not 缺少部分月份', () => {
    const { tag, cell } = renderPage(basePartialCsv);
    expect(tag).toBe('另有1个单位本期尚无期末的数据，未参与比较（不计入以上统计与名单）。');
    expect(screen.getByText('另有1个单位本期尚无期末的数据，未参与比较（不计入以上统计与名单）。', { selector: 'p' })).toBeTruthy();
    expect(cell).toContain('本期尚无期末的数据');
    expect(cell).not.toContain('缺少部分月份');
  });
});

describe('the heatmap note of a stock whose period-end value is not in yet', () => {
  it('says 尚无期末的数据, not 缺少部分月份', () => {
    const ds = importFiles([{ name: '2024年一季度.csv', bytes: new TextEncoder().encode(basePartialCsv) }]).dataset!;
    const matrix = percentileMatrix(modelOf(ds), '2024-Q1', ['residents']);
    render(<Heatmap per="none" dataset={ds} matrix={matrix} caption="热力图" />);
    const note = screen.getByText(/不与完整数据一起计算百分位/, { selector: 'p' }).textContent!;
    expect(note).toBe('标“—”的格中有单位本期尚无期末的数据：其数值不与完整数据一起计算百分位，悬停可见数值。');
  });
});
