/**
 * The words of the 单位画像 specs (chart, table, slide), in Chinese and English; the English
 * catalogue is typed by the Chinese one.
 */
import type { SpecLang } from './chart-spec';

const ZH = {
  title: (name: string) => `${name}单位画像`,
  percentileTitle: (name: string) => `${name}各项指标所处位置`,
  percentileSub: (period: string, parent: string, n: number) => `${period} · ${parent || '未注明街道/镇'} · ${n}项指标 · 百分位（100为全区最好，0为最差）`,
  percentileSeries: '百分位',
  medianLine: '全区中位水平',
  unitPct: '百分位',
  noteRight: '条形越长表示在全区越靠前（右为强项，左为弱项）；“越少越好”的指标已按方向换算。',
  noteNeutral: (names: string) => `${names}没有好坏之分，不列入。`,
  noteUnranked: (names: string) => `${names}本期无数据或数据不完整，未排名。`,
  tableTitle: (name: string) => `${name}各项指标一览`,
  tableSub: (period: string, prev: string, yoy: string) => `${period} · 环比对照${prev} · 同比对照${yoy}`,
  colMetric: '指标',
  colValue: '数值',
  colPerThousand: '每千人',
  colRank: (n: number) => `全区排名（共${n}）`,
  colRankPlain: '全区排名',
  colStreetRank: '街道内排名',
  colPercentile: '百分位',
  colMom: '环比变化',
  colMomRank: '环比名次',
  colYoy: '同比变化',
  colYoyRank: '同比名次',
  colMomMark: '环比标注',
  colYoyMark: '同比标注',
  noteChangeMarks: '环比、同比变化的标注由两期数值的标注推得：＞ 实际变化大于此数，＜ 小于此数，≈ 约数。',
  colLagging: '持续靠后',
  lagging: (n: number) => `连续${n}期靠后`,
  streetRank: (r: number, n: number) => `${r}/${n}`,
  noteLowerBetter: (names: string) => `${names}越少越好，排名已按此计算。`,
  slideSub: (period: string, parent: string, strong: number, weak: number) =>
    `${period} · ${parent || '未注明街道/镇'} · 百分位（100为全区最好） · 前25%${strong}项 · 后25%${weak}项`,
  learnLine: (metric: string, peer: string, theirs: string, mine: string) => `取长补短：${metric}可向${peer}学习（${theirs}，本单位${mine}）`,
  strongLine: (names: string) => `强项（全区前25%）：${names}`,
  /** 持续靠后 as the 排行 and 均衡 pages say it (their column, 连续N期靠后): the page's line and its slide's. */
  laggingLine: (names: string) => `持续靠后：${names}`,
  laggingItem: (metric: string, n: number) => `${metric}连续${n}期靠后`,
  noLagging: (run: number) => `没有指标持续靠后（连续${run}期及以上处于后25%）`,
  noStrongLine: '强项：暂无指标位于全区前25%',
  sep: '、',
  deckTitle: (period: string, parent: string) => `${parent ? `${parent}` : ''}各社区单位画像（${period}）`,
  trendTitle: (name: string, metric: string) => `${name}${metric}与中位数对比`,
};

const EN: typeof ZH = {
  title: (name) => `Profile of ${name}`,
  percentileTitle: (name) => `Where ${name} stands on each metric`,
  percentileSub: (period, parent, n) => `${period} · ${parent || 'street not given'} · ${n} metrics · percentile (100 = best of all units, 0 = worst)`,
  percentileSeries: 'Percentile',
  medianLine: 'Median of all units',
  unitPct: 'percentile',
  noteRight: 'Longer bars rank higher among all units (strengths right, weaknesses left); lower-is-better metrics are turned round.',
  noteNeutral: (names) => `${names}: neither better nor worse, not shown.`,
  noteUnranked: (names) => `${names}: no complete value this period, not ranked.`,
  tableTitle: (name) => `${name} on every metric`,
  tableSub: (period, prev, yoy) => `${period} · vs previous ${prev} · vs last year ${yoy}`,
  colMetric: 'Metric',
  colValue: 'Value',
  colPerThousand: 'Per 1,000',
  colRank: (n) => `Rank (of ${n})`,
  colRankPlain: 'Rank',
  colStreetRank: 'Rank in street',
  colPercentile: 'Percentile',
  colMom: 'Change vs previous',
  colMomRank: 'Rank move vs previous',
  colYoy: 'Change vs last year',
  colYoyRank: 'Rank move vs last year',
  colMomMark: 'Mark (vs previous)',
  colYoyMark: 'Mark (vs last year)',
  noteChangeMarks: 'Marks on changes follow from the two values’ marks: ＞ the change is more than this, ＜ less than this, ≈ approximate.',
  colLagging: 'Lagging',
  lagging: (n) => `${n} periods in the bottom quarter`,
  streetRank: (r, n) => `${r}/${n}`,
  noteLowerBetter: (names) => `${names}: lower is better, ranked that way.`,
  slideSub: (period, parent, strong, weak) => `${period} · ${parent || 'street not given'} · percentile (100 = best) · ${strong} in the top quarter · ${weak} in the bottom quarter`,
  learnLine: (metric, peer, theirs, mine) => `Learn from a peer: ${metric}, ${peer} (${theirs}; this unit ${mine})`,
  strongLine: (names) => `Strengths (top quarter): ${names}`,
  laggingLine: (names) => `Lagging for several periods: ${names}`,
  laggingItem: (metric, n) => `${metric} (${n} periods)`,
  noLagging: (run) => `No metric lagging (${run} or more periods in a row in the bottom 25%)`,
  noStrongLine: 'Strengths: no metric in the top quarter',
  sep: ', ',
  deckTitle: (period, parent) => `Community profiles${parent ? `, ${parent}` : ''} (${period})`,
  trendTitle: (name, metric) => `${name}: ${metric} against the median`,
};

export type ProfileWords = typeof ZH;

/** Both catalogues, for tests that compare their keys. */
export const PROFILE_WORDS: Readonly<Record<SpecLang, ProfileWords>> = { zh: ZH, en: EN };

/** The profile words for a language (absent: zh). */
export function profileWords(lang: SpecLang | undefined): ProfileWords {
  return PROFILE_WORDS[lang ?? 'zh'];
}
