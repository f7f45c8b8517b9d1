/**
 * The words of the exported tables and charts of the 均衡, 总览, street league and 数据 views, in
 * Chinese and English (the English catalogue is typed by the Chinese one, so a missing key fails
 * to compile). Kept apart from chart-words.ts, which holds the compare/trend/league words.
 */
import type { MetricFamily } from '../data/vocabulary/metric-catalog';
import type { SpecLang } from './chart-spec';

const ZH = {
  scope: (parent: string) => (parent === '' ? '各社区' : `${parent}各社区`),
  spreadTitle: (scope: string) => `${scope}各指标差距`,
  colMetric: '指标',
  colN: '单位数',
  colCv: '变异系数',
  colGini: '基尼系数',
  colMaxMin: '最高/最低（倍）',
  colP90: 'P90/P10（倍）',
  colBetween: '街道间差异占比',
  colWithin: '街道内差异占比',
  colLaggards: '落后单位数',
  colNote: '说明',
  baseTag: '基础指标',
  partialTag: '不完整',
  noteSpread: '变异系数 = 标准差 ÷ 平均数；基尼系数0为完全均衡，越接近1差距越大；街道间/街道内为泰尔指数分解占比（0–1）。基础指标不参与排序。',
  laggardTitle: (scope: string, metric: string) => `${scope}${metric}明显落后的单位`,
  colUnit: '单位',
  colParent: '街道/镇',
  colValue: (unit: string) => (unit ? `数值（${unit}）` : '数值'),
  colMark: '标注',
  colShare: '为中位数的（倍）',
  colRun: '连续靠后期数',
  noteLaggards: (lower: boolean, criterion: string, median: string) =>
    `落后标准：${lower ? '高于' : '低于'}中位数的${criterion}（中位数${median}）。“为中位数的”为该单位数值 ÷ 中位数。`,
  noteRun: '“连续靠后期数”：截至本期连续处于后四分之一的期数（3期及以上才列出）。',
  noLaggards: '没有明显落后的单位。',
  trendTitle: (metric: string) => `${metric}：各社区差距变化`,
  trendSubtitle: (g: string, parent: string, per: string) => `${g} · ${parent} · ${per}`,
  trendUnit: '系数',
  trendNote: (trend: string, slope: string) => `${trend}（变异系数每期${slope}，最小二乘斜率）。变异系数与基尼系数均为0—1附近的无单位系数，越大差距越大。`,
  trendWidening: '差距在扩大',
  trendNarrowing: '差距在缩小',
  trendStable: '差距基本稳定',
  heatTitle: (scope: string) => `${scope}各指标所处位置（百分位）`,
  heatColumn: (metric: string) => `${metric}（百分位）`,
  heatNote: '每格为该单位在该指标上的百分位（0—100，越大越靠前；越低越好的指标已反向）；空白为无数据。',
  overviewTitle: (period: string) => `${period}主要指标合计`,
  overviewSubtitle: (period: string) => `${period} · 全部单位 · 合计`,
  colFamily: '类别',
  colTotal: '合计',
  colUnitName: '计量单位',
  colMom: '环比（%；比率为百分点）',
  colYoy: '同比（%；比率为百分点）',
  notComparable: '口径不一',
  partial: '不完整',
  noteOverview: '流量指标为各单位合计，存量指标为期末数合计，比率由合计数重新计算；环比对上一期，同比对上年同期；比率的变化以百分点表示。“口径不一”：两期参与统计的单位数或完整程度不同。',
  streetTitle: (metric: string) => `各街道/镇${metric}排行`,
  colRank: '排名',
  colReporting: '有数据的社区',
  colUnits: '社区总数',
  colRankChange: '名次变化',
  noParent: '（未注明街道）',
  noteStreet: '街道/镇的数值由所辖社区数据汇总计算（合计，或分子合计÷分母合计），不是社区数值的平均。',
  datasetTitle: (name: string) => `${name}（规范化数据）`,
  datasetSubtitle: (units: number, periods: number, values: string) => `${units}个单位 · ${periods}个期间 · ${values}个数值`,
  datasetColumns: ['区', '街道', '社区', '区划代码', '期间', '指标', '指标代码', '数值', '单位', '原始写法', '限定', '来源文件', '行号'] as readonly string[],
  families: {
    base: '基础数据', employment: '就业', aid: '救助帮扶', events: '活动', volunteers: '志愿服务', derived: '比率', custom: '其他指标',
  } as Readonly<Record<MetricFamily, string>>,
};

/** The table words of one language. */
export type TableWords = typeof ZH;

const EN: TableWords = {
  scope: (parent) => (parent === '' ? 'communities' : `communities of ${parent}`),
  spreadTitle: (scope) => `Spread of each metric across ${scope}`,
  colMetric: 'Metric',
  colN: 'Units',
  colCv: 'CV',
  colGini: 'Gini',
  colMaxMin: 'Max/min (×)',
  colP90: 'P90/P10 (×)',
  colBetween: 'Between streets (share)',
  colWithin: 'Within streets (share)',
  colLaggards: 'Laggards',
  colNote: 'Note',
  baseTag: 'base metric',
  partialTag: 'partial',
  noteSpread: 'CV = standard deviation ÷ mean; Gini 0 is perfectly even, nearer 1 is more unequal; between/within are the Theil decomposition shares (0–1). Base metrics are not ranked.',
  laggardTitle: (scope, metric) => `${metric}: units far behind (${scope})`,
  colUnit: 'Unit',
  colParent: 'Street/town',
  colValue: (unit) => (unit ? `Value (${unit})` : 'Value'),
  colMark: 'Mark',
  colShare: 'Of the median (×)',
  colRun: 'Periods lagging in a row',
  noteLaggards: (lower, criterion, median) =>
    `Criterion: ${lower ? 'above' : 'below'} ${criterion} of the median (median ${median}). “Of the median” is the unit’s value ÷ the median.`,
  noteRun: '“Periods lagging in a row”: periods in a row in the bottom quarter up to this one (listed from 3).',
  noLaggards: 'No unit is far behind.',
  trendTitle: (metric) => `${metric}: gap between communities over time`,
  trendSubtitle: (g, parent, per) => `${g} · ${parent} · ${per}`,
  trendUnit: 'coefficient',
  trendNote: (trend, slope) => `${trend} (CV ${slope} per period, least-squares slope). CV and Gini are unitless coefficients; larger means more unequal.`,
  trendWidening: 'The gap is widening',
  trendNarrowing: 'The gap is narrowing',
  trendStable: 'The gap is stable',
  heatTitle: (scope) => `Where ${scope} stand on each metric (percentile)`,
  heatColumn: (metric) => `${metric} (percentile)`,
  heatNote: 'Each cell is the unit’s percentile on the metric (0–100, higher is further ahead; metrics where lower is better are reversed); blank means no data.',
  overviewTitle: (period) => `Headline totals, ${period}`,
  overviewSubtitle: (period) => `${period} · all units · totals`,
  colFamily: 'Family',
  colTotal: 'Total',
  colUnitName: 'Unit',
  colMom: 'vs previous (%; ratios in points)',
  colYoy: 'vs last year (%; ratios in points)',
  notComparable: 'not like for like',
  partial: 'partial',
  noteOverview: 'Flows are summed over units, stocks are end-of-period sums, ratios are recomputed from the sums; “vs previous” is against the previous period, “vs last year” against the same period a year earlier; ratio changes are in percentage points. “Not like for like”: the two periods cover different units or completeness.',
  streetTitle: (metric) => `${metric} league table of streets/towns`,
  colRank: 'Rank',
  colReporting: 'Communities with data',
  colUnits: 'Communities',
  colRankChange: 'Rank change',
  noParent: '(no street given)',
  noteStreet: 'A street’s value is computed from its communities’ data (sums, or Σnumerator ÷ Σdenominator), not the mean of community values.',
  datasetTitle: (name) => `${name} (normalised data)`,
  datasetSubtitle: (units, periods, values) => `${units} units · ${periods} periods · ${values} values`,
  datasetColumns: ['District', 'Street/town', 'Community', 'Division code', 'Period', 'Metric', 'Metric id', 'Value', 'Unit', 'As written', 'Qualifier', 'Source file', 'Line'],
  families: {
    base: 'Base data', employment: 'Employment', aid: 'Aid and relief', events: 'Events', volunteers: 'Volunteering', derived: 'Ratios', custom: 'Other metrics',
  },
};

/** Both catalogues, for tests that compare their keys. */
export const TABLE_WORDS: Readonly<Record<SpecLang, TableWords>> = { zh: ZH, en: EN };

/** The table words for a language (absent: zh). */
export function tableWords(lang: SpecLang | undefined): TableWords {
  return TABLE_WORDS[lang ?? 'zh'];
}
