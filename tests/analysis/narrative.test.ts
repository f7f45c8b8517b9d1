import { describe, expect, it } from 'vitest';
import { buildNarrative, narrativeText } from '../../src/analysis/narrative';
import { theilIndex } from '../../src/analysis/theil-index';
import { buildFixture, datasetOf, REEMPLOYED } from './imbalance-fixture';
import { modelOf } from './model-of';

const ds = buildFixture();

describe('buildNarrative (zh)', () => {
  const { sentences } = buildNarrative(modelOf(ds), '2024-Q4', 'zh');
  const byKind = (k: string) => sentences.find((s) => s.kind === k)?.text ?? '';

  it('numbers six sentences in report style, in a fixed order', () => {
    expect(sentences.map((s) => s.kind)).toEqual(['most-unequal', 'laggards', 'improvers', 'decliners', 'widening', 'between-within']);
    expect(sentences.map((s) => s.text.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是', '六是']);
  });
  it('names the most unequal metric with CV, Gini and max/min (approximate because the minimum is 12余)', () => {
    // Q4: mean 37, Σ(x−37)² = 738 → CV √92.25 / 37 = 0.2596; 44 / 12 = 3.67.
    expect(byKind('most-unequal')).toBe(
      '一是各社区工作开展还不平衡，2024年第四季度差距最大的是再就业人数（变异系数0.26，基尼系数0.11），'
      + '最高的甲4社区（44人）是最低的乙3社区（12人以上）的约3.7倍。',
    );
  });
  it('names the planted laggard with its share of the median, 以上 and the 连续N期 flag', () => {
    // median of 12,38,39,40,40,41,42,44 = 40 → 12/40 = 30%; bottom in Q2, Q3, Q4.
    expect(byKind('laggards')).toBe('二是部分社区明显落后，再就业人数方面乙3社区仅为中位数的30%（12人以上），不足中位数（40人）的一半，已连续3期排名靠后。');
  });
  it('reports the biggest rank improver and decliner against the previous quarter', () => {
    // Q3 ranks: 甲1 7th (20) → Q4 4th (tied 40); 乙4 5th → 6th.
    expect(byKind('improvers')).toBe('三是与上期相比，再就业人数排名上升最多的是甲1社区，上升3位至第4位。');
    expect(byKind('decliners')).toBe('四是再就业人数排名下降最多的是乙4社区，下降1位至第6位，需重点关注。');
  });
  it('says the gap widened, with the first and last CV', () => {
    expect(byKind('widening')).toBe('五是再就业人数差距仍在扩大，变异系数由2024年第一季度的0.04升至2024年第四季度的0.26。');
  });
  it('splits the Theil index between and within streets', () => {
    const groups = ['甲', '甲', '甲', '甲', '乙', '乙', '乙', '乙'];
    const t = theilIndex(Float64Array.from(REEMPLOYED['2024-Q4']!), groups);
    const withinPct = Math.round((t.within / t.total) * 100);
    expect(withinPct).toBeGreaterThan(50);
    expect(byKind('between-within')).toBe(`六是从构成看，再就业人数的差距主要来自街道内部各社区之间（街道内差异占泰尔指数的${withinPct}%）。`);
  });
  it('links every sentence to a view with metric and period', () => {
    expect(sentences.every((s) => s.link?.metric === 'reemployed' && s.link.period === '2024-Q4')).toBe(true);
    expect(sentences.find((s) => s.kind === 'improvers')!.link!.view).toBe('league');
  });
  it('joins into one paragraph to paste', () => {
    expect(narrativeText(sentences, 'zh')).toMatch(/^一是.*。二是.*。六是.*。$/);
  });
});

describe('buildNarrative (en)', () => {
  const { sentences } = buildNarrative(modelOf(ds), '2024-Q4', 'en');
  it('names the same laggard with the same share', () => {
    const lag = sentences.find((s) => s.kind === 'laggards')!.text;
    expect(lag).toContain('乙3社区 is at only 30% of the median (over 12 people)');
    expect(lag.startsWith('Second, some communities lag far behind')).toBe(true);
  });
  it('uses × for ratios and singular places', () => {
    expect(sentences[0]!.text).toContain('has about 3.7× the lowest');
    expect(sentences.find((s) => s.kind === 'decliners')!.text).toContain('down 1 place to No. 6');
  });
});

describe('buildNarrative on small datasets', () => {
  it('is computed from the data: renaming the laggard renames it in the text', () => {
    const rows = (lagName: string) => ['A', 'B', 'C', 'D', lagName].map((n, i) =>
      [n, '一街道', '2024', 'volunteers', i === 4 ? 5 : 50 + i] as const);
    const a = buildNarrative(modelOf(datasetOf(rows('东社区'))), '2024', 'zh').sentences.find((s) => s.kind === 'laggards')!.text;
    const b = buildNarrative(modelOf(datasetOf(rows('西社区'))), '2024', 'zh').sentences.find((s) => s.kind === 'laggards')!.text;
    // median of 5,50,51,52,53 = 51 → 5/51 = 10%.
    expect(a).toContain('东社区仅为中位数的10%');
    expect(b).toContain('西社区仅为中位数的10%');
  });
  it('leaves out base metrics from the "most unequal" sentence', () => {
    const d = datasetOf([
      ['A', 'x', '2024', 'residents', 100], ['B', 'x', '2024', 'residents', 9000], ['C', 'x', '2024', 'residents', 500],
      ['A', 'x', '2024', 'volunteers', 10], ['B', 'x', '2024', 'volunteers', 12], ['C', 'x', '2024', 'volunteers', 11],
    ]);
    const first = buildNarrative(modelOf(d), '2024', 'zh').sentences[0]!.text;
    // 常住人口 has the widest spread (CV > 1) but is context, not work; the derived rate is ranked.
    expect(first).toContain('差距最大的是志愿者占常住人口比例');
    expect(first).not.toMatch(/常住人口（/);
  });
  it('says 最低为0 instead of an infinite ratio, and says nothing without data', () => {
    const d = datasetOf([['A', 'x', '2024', 'lectures', 0], ['B', 'x', '2024', 'lectures', 8], ['C', 'x', '2024', 'lectures', 6]]);
    expect(buildNarrative(modelOf(d), '2024', 'zh').sentences[0]!.text).toContain('最高的B为8场次，最低的A为0');
    expect(buildNarrative(modelOf(d), '2023', 'zh').sentences).toEqual([]);
  });
  it('names every unit tied at an extreme, or the first two and 等N个社区', () => {
    const three = datasetOf([['A', 'x', '2024', 'lectures', 20], ['B', 'x', '2024', 'lectures', 20], ['C', 'x', '2024', 'lectures', 90], ['D', 'x', '2024', 'lectures', 50]]);
    expect(buildNarrative(modelOf(three), '2024', 'zh').sentences[0]!.text).toContain('最高的C（90场次）是最低的A、B（均为20场次）的4.5倍');
    // Four zeros among nine (median 50, so not a sparse count).
    const values: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 50, F: 60, G: 70, H: 80, I: 90 };
    const many = datasetOf(Object.entries(values).map(([u, v]) => [u, 'x', '2024', 'lectures', v] as const));
    expect(buildNarrative(modelOf(many), '2024', 'zh').sentences[0]!.text).toContain('最高的I为90场次，最低的A、B等4个社区均为0');
    expect(buildNarrative(modelOf(many), '2024', 'en').sentences[0]!.text).toContain('while A, B and 2 others have 0');
    // Ties at the top too, in name order with the first-in-unit-order unit first, and values equal
    // only within the tie tolerance (89.99999999 and 90) tie.
    const top = datasetOf([['D', 'x', '2024', 'lectures', 90], ['A', 'x', '2024', 'lectures', 20], ['C', 'x', '2024', 'lectures', 89.99999999],
      ['B', 'x', '2024', 'lectures', 90], ['E', 'x', '2024', 'lectures', 50], ['F', 'x', '2024', 'lectures', 89]]);
    expect(buildNarrative(modelOf(top), '2024', 'zh').sentences[0]!.text).toContain('最高的D、B、C（均为90场次）是最低的A（20场次）的4.5倍');
  });
  it('keeps to one metric in the first sentence group (no 其次是 another metric)', () => {
    const s = buildNarrative(modelOf(ds), '2024-Q4', 'zh').sentences[0]!.text;
    expect(s).not.toContain('其次是');
  });
  it('says nothing of streets (街道间/街道内) when some units\' streets are not known: 未注明街道 is no street', () => {
    // Six communities without a street (their files named none) and two of 甲街道: the split would
    // read the unknown ones as one street and claim the gap is 街道内部.
    const rows = [['a社区', '', 10], ['b社区', '', 40], ['c社区', '', 12], ['d社区', '', 35], ['e社区', '', 20], ['f社区', '', 28], ['g社区', '甲街道', 30], ['h社区', '甲街道', 90]] as const;
    const mixed = datasetOf(rows.map(([u, p, v]) => [u, p, '2024-03', 'reemployed', v] as const));
    expect(buildNarrative(modelOf(mixed), '2024-03', 'zh').sentences.map((x) => x.kind)).not.toContain('between-within');
    // The same units, each street known: said.
    const known = datasetOf(rows.map(([u, p, v]) => [u, p === '' ? '乙街道' : p, '2024-03', 'reemployed', v] as const));
    expect(buildNarrative(modelOf(known), '2024-03', 'zh').sentences.map((x) => x.kind)).toContain('between-within');
  });
  it('can drop the numbering', () => {
    const s = buildNarrative(modelOf(ds), '2024-Q4', 'zh', { numbered: false }).sentences[0]!.text;
    expect(s.startsWith('各社区工作开展还不平衡')).toBe(true);
  });
});
