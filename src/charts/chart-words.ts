/**
 * Every word the chart and table spec builders write, in Chinese and English. Specs are built in
 * the UI language, so titles, legends, notes and exported slides all follow it. The English
 * catalogue is typed by the Chinese one, so a key missing from either fails to compile.
 */
import { partialLack, type PartialMeaning } from '../analysis/partial-meaning';
import type { ChangePartial } from './change-partial';
import type { SpecLang } from './chart-spec';
import { PREV_PARTIAL_MARK } from './unit-marks';

/**
 * The legends of the value and change marks. The notes of the exported tables end them with their
 * 标注 columns; the league page ends them with its own place (src/ui/i18n, league messages).
 */
const MARK_LEGEND_ZH = '数值的标注：≈ 约数，＞ 下限（实际多于此数），＜ 上限（实际少于此数）';
const CHANGE_MARK_LEGEND_ZH = '变化的标注由两期数值的标注推得：＞ 实际变化大于此数，＜ 小于此数，≈ 约数';
const MARK_LEGEND_EN = 'Marks on values: ≈ approximate, ＞ lower bound (more than this), ＜ upper bound (less than this)';
const CHANGE_MARK_LEGEND_EN = 'Marks on changes follow from the two values’ marks: ＞ the change is more than this, ＜ less than this, ≈ approximate';

/** A period's name and what its partial values lack: `2023年缺少部分月份的数据`, `2023年的数据不完整（…）`. */
const periodLackZh = (period: string, m: PartialMeaning): string => `${period}${m === 'mixed' ? '的' : ''}${partialLack(m, 'zh')}`;

const ZH = {
  median: '中位数',
  mean: '平均值',
  noUnit: '无单位',
  allParents: '全部街道/镇',
  absolute: '绝对值',
  per1000: '每千名常住人口',
  per100hh: '每百户',
  perThousandUnit: (u: string) => `${u}/千人`,
  perHundredHhUnit: (u: string) => `${u}/百户`,
  sampleSource: '示例数据（合成数据，非真实统计）',
  noSource: '未注明',
  moreFiles: (shown: string, n: number) => `${shown}等${n}个文件`,
  fileSheets: (file: string, n: number) => `${file}（${n}个工作表）`,
  listSep: '、',
  nameWithParent: (name: string, parent: string) => `${name}（${parent}）`,
  paren: (s: string) => `（${s}）`,
  subtitle: (period: string, parent: string, per: string, unit: string) => `${period} · ${parent} · ${per}（${unit}）`,
  compareTitle: (parent: string, metric: string) => `${parent === '' ? '各社区' : `${parent}各社区`}${metric}对比`,
  periodsVs: (a: string, b: string) => `${a} 对比 ${b}`,
  gapLabel: (hidden: string) => `…（中间${hidden}个单位略）`,
  noteTopBottom: (count: string, n: number) => `共${count}个单位，仅显示前${n}名和后${n}名；完整名单见“排行”页，整体分布见下方分布图。`,
  noteExportTrimmed: (count: string, n: number) => `共${count}个单位，仅显示前${n}名和后${n}名（完整名单见排行表）。`,
  noteTwoPeriods: (a: string, b: string) => `每个单位两根条形：上为${a}（蓝），下为${b}（灰）；按${a}排序。“↑”“↓”及正负号为与${b}相比的增减。`,
  noteNoOther: (n: number, b: string) => `${n}个单位在${b}无数据，只画一根条形（不按0计）。`,
  noteApprox: '带“≈”的数值为约数（原表写作“约”“近”）。',
  noteBounds: '带“＞”“＜”的数值为下限或上限（原表写作“余”“以上”“不足”）。',
  notePrevPartialUnits: (prev: string, m: PartialMeaning) => `带“${PREV_PARTIAL_MARK}”的单位在${periodLackZh(prev, m)}${({
    low: '，该期数值偏低，与之相比的变化偏大。',
    earlier: '，该期所示为期间内较早月份的数，变化是与之相比。',
    mixed: '，与之相比的变化仅供参考。',
  } satisfies Record<PartialMeaning, string>)[m]}`,
  notePartialUnits: {
    low: '带“*”的单位在该期间缺少部分月份的数据，数值偏低。',
    earlier: '带“*”的单位尚无该期间期末的数据，所示为期间内较早月份的数（存量指标取期末数），并非偏低。',
    mixed: '带“*”的单位在该期间的数据不完整：缺少月份的流量数值偏低，尚无期末数的存量（如常住人口）用的是较早月份的数。',
  } satisfies Record<PartialMeaning, string>,
  noteReferencesComplete: (...lines: string[]) => `${lines.join('、')}只计数据完整的单位，不含带“*”的单位。`,
  noteMissing: (n: number) => `另有${n}个单位无数据，未列入图中（不按0计）。`,
  distributionTitle: (metric: string, n: string) => `${metric}分布（${n}个单位）`,
  unitCount: '单位数',
  unitCountUnit: '个',
  noteBins: (median: string) => `每根柱为一个数值区间内的单位个数（区间含下限、不含上限）。中位数为${median}。`,
  overallMedian: '全部中位数',
  streetMedians: '各街道中位数',
  noParent: '未注明街道/镇',
  noParentShort: '未注明',
  streetsTitle: (parent: string, metric: string) => `${parent}${metric}分街道对比`,
  streetCategory: (parent: string, name: string) => `${parent}｜${name}`,
  trendTitle: (metric: string) => `${metric}变化趋势`,
  trendMedianAll: '全部社区中位数',
  trendMedianParent: (parent: string) => `${parent}中位数`,
  trendSubtitle: (g: string, parent: string, per: string, unit: string) => `${g} · ${parent} · ${per}（${unit}）`,
  notePartialPoints: {
    low: '空心点为不完整期间（部分月份尚无数据），数值可能偏低；期间名后带“*”。',
    earlier: '空心点为不完整期间（尚无期末数据），所示为期间内较早月份的数；期间名后带“*”。',
    mixed: '空心点为不完整期间：缺少月份的流量数值偏低，尚无期末数的存量（如常住人口）用的是较早月份的数；期间名后带“*”。',
  } satisfies Record<PartialMeaning, string>,
  noteMedianComplete: (name: string, periods: string) => `${name}只计数据完整的单位（${periods}有单位数据不完整，未计入）。`,
  noteMedianAllPartial: (name: string, periods: string) => `${periods}各单位数据均不完整，${name}为这些不完整数据的中位数。`,
  noteGaps: '折线中断处为无数据的期间（不按0计）。',
  leagueTitle: (parent: string, metric: string) => `${parent === '' ? '各社区' : `${parent}各社区`}${metric}排行`,
  leagueVs: (prev: string) => ` · 与${prev}比较`,
  noteLowerBetter: (metric: string) => `${metric}越低越好，按从低到高排名。`,
  markLegend: MARK_LEGEND_ZH,
  noteMarkColumn: `${MARK_LEGEND_ZH}，见“标注”列。`,
  changePartial: { prev: '比较期不完整', cur: '本期不完整', both: '两期均不完整' } satisfies Record<ChangePartial, string>,
  notePrevPartial: (prev: string, m: PartialMeaning) => `“比较期不完整”表示${periodLackZh(prev, m)}${({
    low: '，变化是与偏低的数相比，因此偏大。',
    earlier: '，变化是与该期间内较早月份的数相比。',
    mixed: '，变化仅供参考。',
  } satisfies Record<PartialMeaning, string>)[m]}`,
  noteCurPartial: (cur: string, m: PartialMeaning) => `“本期不完整”表示${periodLackZh(cur, m)}${({
    low: '，变化只计已报送的月份，因此偏小（所示下降可能主要是缺少的月份）。',
    earlier: '，变化是用该期间内较早月份的数相比。',
    mixed: '，变化仅供参考。',
  } satisfies Record<PartialMeaning, string>)[m]}`,
  noteBothPartial: (cur: string, prev: string, m: PartialMeaning) => `“两期均不完整”表示${cur}和${prev}${m === 'mixed' ? '的' : '都'}${partialLack(m, 'zh')}${({
    low: '，变化只计两期各自已报送的月份，仅供参考。',
    earlier: '，变化是两期较早月份的数之差。',
    mixed: '，变化仅供参考。',
  } satisfies Record<PartialMeaning, string>)[m]}`,
  notePartialColumn: {
    low: '“不完整”表示该期间缺少部分月份的数据。',
    earlier: '“不完整”表示尚无该期间期末的数据，所示为期间内较早月份的数。',
    mixed: '“不完整”表示该期间缺少部分月份的数据，或尚无期末数而用的是较早月份的数。',
  } satisfies Record<PartialMeaning, string>,
  noteUnranked: '无数据的单位列在最后，不参与排名（不按0计）。',
  noBase: '无基数',
  noBaseTip: '缺少常住人口或户数，无法折算',
  noteNoBase: '“无基数”：缺少常住人口或户数，无法折算为每千人（每百户）的数，列在最后，不参与排名。',
  noteTies: '并列名次共享同一名次（如1、2、2、4）。',
  colRank: '排名',
  colCommunity: '社区',
  colParent: '街道/镇',
  colValue: (unit: string) => (unit ? `数值（${unit}）` : '数值'),
  colMark: '标注',
  colChange: '变化',
  colChangeMark: '变化标注',
  changeMarkLegend: CHANGE_MARK_LEGEND_ZH,
  noteChangeMark: `${CHANGE_MARK_LEGEND_ZH}，见“变化标注”列。`,
  colRankChange: '名次变化',
  colQuartile: '四分位',
  partial: '不完整',
  rankNew: '新',
  rankSame: '持平',
  /** An unchanged total, as the 总览 cards and their table's slide write it. */
  changeFlat: '持平',
  srUnranked: '未排名',
  srNew: '上期无排名',
  srNoPrevious: '无上期数据',
  srNotComparable: '有一期参与排名的单位过少，名次不可比',
  srUp: (n: number) => `上升${n}名`,
  srDown: (n: number) => `下降${n}名`,
  srSame: '名次不变',
  srRankBounded: '（数值为下限或上限，实际名次变化可能不同）',
  noteRankBounded: '名次变化标“≈”的：该单位本期或上期的数值为下限或上限（如原表的“余”“以上”“不足”），实际名次变化可能不同。',
  colRankChangeMark: '名次变化标注',
  quartiles: ['前25%', '25%–50%', '50%–75%', '后25%'] as readonly string[],
  scatterTitle: (y: string, x: string) => `${y}与${x}`,
  scatterSubtitle: (period: string, parent: string, per: string, n: number) => `${period} · ${parent} · ${per} · ${n}个单位`,
  axisTitle: (metric: string, unit: string) => (unit ? `${metric}（${unit}）` : metric),
  reasonX: '横轴',
  reasonY: '纵轴',
  reasonLine: '偏离趋势线',
  noteQuadrants: (x: string, mx: string, y: string, my: string, c: readonly [number, number, number, number]) =>
    `虚线为中位数：${x} ${mx}，${y} ${my}；四个象限的单位数：右上${c[0]}、左上${c[1]}、左下${c[2]}、右下${c[3]}（落在虚线上的计入右侧或上方）。`,
  noteFit: '灰色点线为最小二乘趋势线（纵轴对横轴的直线拟合）。',
  noteScatterComplete: '中位数、象限计数、趋势线和离群判断只计数据完整的单位，不含带“*”的单位。',
  noteOutliers: (list: string) => `标注名称的为离群单位（稳健z值绝对值大于3.5：${list}）。`,
  noteScatterMissing: (n: number) => `另有${n}个单位缺少其中一项数据，未画出（列在图下）。`,
  scatterAria: (title: string) => `${title}散点图`,
  scatterUnlabelled: (names: string) => `图中未标注名称（会与其他标注或点重叠）：${names}。`,
  scatterEmpty: '没有两项指标都有数值的单位',
  distributionAria: '全部单位数值分布直方图',
  shownBand: (label: string) => `${label}（图中条形）`,
  binTitle: (range: string, n: number) => `${range}：${n}个单位`,
  pointTitle: (name: string, xs: string, x: string, ys: string, y: string) => `${name}：${xs} ${x}，${ys} ${y}`,
};

/** The chart words of one language. */
export type ChartWords = typeof ZH;

const EN: ChartWords = {
  median: 'Median',
  mean: 'Mean',
  noUnit: 'no unit',
  allParents: 'All streets/towns',
  absolute: 'Absolute',
  per1000: 'Per 1,000 residents',
  per100hh: 'Per 100 households',
  perThousandUnit: (u) => `${u} per 1,000 residents`,
  perHundredHhUnit: (u) => `${u} per 100 households`,
  sampleSource: 'Sample data (synthetic, not real statistics)',
  noSource: 'not given',
  moreFiles: (shown, n) => `${shown} and ${n - 3} more (${n} files)`,
  fileSheets: (file, n) => `${file} (${n} sheets)`,
  listSep: ', ',
  nameWithParent: (name, parent) => `${name} (${parent})`,
  paren: (s) => ` (${s})`,
  subtitle: (period, parent, per, unit) => `${period} · ${parent} · ${per} (${unit})`,
  compareTitle: (parent, metric) => `${metric} by community${parent === '' ? '' : `, ${parent}`}`,
  periodsVs: (a, b) => `${a} vs ${b}`,
  gapLabel: (hidden) => `… (${hidden} units in between omitted)`,
  noteTopBottom: (count, n) => `${count} units; only the top ${n} and bottom ${n} are shown. See the League tab for the full list, and the distribution below for everyone.`,
  noteExportTrimmed: (count, n) => `${count} units; only the top ${n} and bottom ${n} are shown (see the league table for the full list).`,
  noteTwoPeriods: (a, b) => `Two bars per unit: ${a} on top (blue), ${b} below (grey), sorted by ${a}. “↑”, “↓” and the sign give the change against ${b}.`,
  noteNoOther: (n, b) => `${n} units have no data for ${b}: one bar only (not counted as 0).`,
  noteApprox: 'Values marked “≈” are approximate (the source wrote “about” or “nearly”).',
  noteBounds: 'Values marked “＞” or “＜” are lower or upper bounds (the source wrote “over” or “under”).',
  notePrevPartialUnits: (prev, m) => `Units marked “${PREV_PARTIAL_MARK}” ${partialLack(m, 'en', true, prev)}: ${{
    low: 'that value is low, and the change against it overstated.',
    earlier: 'that value is from an earlier month, and the change is against it.',
    mixed: 'read the change against it with care.',
  }[m]}`,
  notePartialUnits: {
    low: 'Units marked “*” lack some months of this period, so their values are low.',
    earlier: 'Units marked “*” have not yet reported the end of this period: their values are from an earlier month (stocks are taken at the period end), not low.',
    mixed: 'Units marked “*” have incomplete data for this period: counts missing months are low, and stocks (such as residents) not yet reported for the period end are from an earlier month.',
  },
  noteReferencesComplete: (...lines) => `The ${lines.map((l) => l.toLowerCase()).join(' and ')} ${lines.length > 1 ? 'count' : 'counts'} complete units only, not those marked “*”.`,
  noteMissing: (n) => `${n} more units have no data and are not drawn (not counted as 0).`,
  distributionTitle: (metric, n) => `Distribution of ${metric} (${n} units)`,
  unitCount: 'Units',
  unitCountUnit: 'units',
  noteBins: (median) => `Each column counts the units in one value range (lower edge included, upper edge excluded). The median is ${median}.`,
  overallMedian: 'Overall median',
  streetMedians: 'Street medians',
  noParent: 'No street/town given',
  noParentShort: 'None',
  streetsTitle: (parent, metric) => `${metric} by street/town${parent === '' ? '' : `, ${parent}`}`,
  streetCategory: (parent, name) => `${parent} | ${name}`,
  trendTitle: (metric) => `${metric} over time`,
  trendMedianAll: 'Median of all communities',
  trendMedianParent: (parent) => `Median, ${parent}`,
  trendSubtitle: (g, parent, per, unit) => `${g} · ${parent} · ${per} (${unit})`,
  notePartialPoints: {
    low: 'Hollow points are incomplete periods (some months not in yet) and may be low; their period names end in “*”.',
    earlier: 'Hollow points are incomplete periods (the period end not reported yet): the values are from an earlier month; their period names end in “*”.',
    mixed: 'Hollow points are incomplete periods: counts missing months are low, and stocks (such as residents) not yet reported for the period end are from an earlier month; their period names end in “*”.',
  },
  noteMedianComplete: (name, periods) => `${name}: complete units only (in ${periods} some units’ data is incomplete and left out).`,
  noteMedianAllPartial: (name, periods) => `In ${periods} every unit’s data is incomplete: the ${name.toLowerCase()} is of that incomplete data.`,
  noteGaps: 'Breaks in a line are periods with no data (not counted as 0).',
  leagueTitle: (parent, metric) => `${metric} league table${parent === '' ? '' : `, ${parent}`}`,
  leagueVs: (prev) => ` · vs ${prev}`,
  noteLowerBetter: (metric) => `Lower ${metric} is better: ranked from lowest to highest.`,
  markLegend: MARK_LEGEND_EN,
  noteMarkColumn: `${MARK_LEGEND_EN}; see the “Mark” column.`,
  changePartial: { prev: 'partial base', cur: 'partial current', both: 'both partial' },
  notePrevPartial: (prev, m) => ({
    low: `“partial base”: ${prev} lacks some months, so the change is against a low value and overstated.`,
    earlier: `“partial base”: ${prev} has not reported its end yet; the change is against an earlier month’s value.`,
    mixed: `“partial base”: ${prev} has incomplete data (months missing, or no period-end count yet); read the change with care.`,
  })[m],
  noteCurPartial: (cur, m) => ({
    low: `“partial current”: ${cur} lacks some months, so the change counts only the months reported and is understated (a fall may be mostly the missing months).`,
    earlier: `“partial current”: ${cur} has not reported its end yet; the change is from an earlier month’s value.`,
    mixed: `“partial current”: ${cur} has incomplete data (months missing, or no period-end count yet); read the change with care.`,
  })[m],
  noteBothPartial: (cur, prev, m) => ({
    low: `“both partial”: ${cur} and ${prev} both lack some months; the change counts only the months each reported: read it with care.`,
    earlier: `“both partial”: neither ${cur} nor ${prev} has reported its end yet; the change is between earlier months’ values.`,
    mixed: `“both partial”: ${cur} and ${prev} both have incomplete data (months missing, or no period-end count yet); read the change with care.`,
  })[m],
  notePartialColumn: {
    low: '“partial”: some months of the period are missing.',
    earlier: '“partial”: the period end is not reported yet; the value is from an earlier month.',
    mixed: '“partial”: some months of the period are missing, or the period end is not reported yet and an earlier month’s value is used.',
  },
  noteUnranked: 'Units with no data are listed last and not ranked (not counted as 0).',
  noBase: 'no base',
  noBaseTip: 'No residents or households: cannot be scaled',
  noteNoBase: '“No base”: no residents or households to scale by, so listed last and not ranked.',
  noteTies: 'Ties share a rank (e.g. 1, 2, 2, 4).',
  colRank: 'Rank',
  colCommunity: 'Community',
  colParent: 'Street/town',
  colValue: (unit) => (unit ? `Value (${unit})` : 'Value'),
  colMark: 'Mark',
  colChange: 'Change',
  colChangeMark: 'Change mark',
  changeMarkLegend: CHANGE_MARK_LEGEND_EN,
  noteChangeMark: `${CHANGE_MARK_LEGEND_EN}; see the “Change mark” column.`,
  colRankChange: 'Rank change',
  colQuartile: 'Quartile',
  partial: 'partial',
  rankNew: 'new',
  rankSame: 'same',
  changeFlat: 'no change',
  srUnranked: 'not ranked',
  srNew: 'not ranked last period',
  srNoPrevious: 'no previous data',
  srNotComparable: 'too few ranked in one of the periods to compare places',
  srUp: (n) => `up ${n}`,
  srDown: (n) => `down ${n}`,
  srSame: 'rank unchanged',
  srRankBounded: ' (its value is only a bound, so the actual move may differ)',
  noteRankBounded: 'A rank change marked ≈: the unit’s value now or in the previous period is only a bound (such as “over 35”), so the actual move may differ.',
  colRankChangeMark: 'Rank change mark',
  quartiles: ['Top 25%', '25–50%', '50–75%', 'Bottom 25%'],
  scatterTitle: (y, x) => `${y} vs ${x}`,
  scatterSubtitle: (period, parent, per, n) => `${period} · ${parent} · ${per} · ${n} units`,
  axisTitle: (metric, unit) => (unit ? `${metric} (${unit})` : metric),
  reasonX: 'x axis',
  reasonY: 'y axis',
  reasonLine: 'off the trend line',
  noteQuadrants: (x, mx, y, my, c) =>
    `Dashed lines are the medians: ${x} ${mx}, ${y} ${my}. Units per quadrant: upper right ${c[0]}, upper left ${c[1]}, lower left ${c[2]}, lower right ${c[3]} (points on a line count right or up).`,
  noteFit: 'The grey dotted line is the least-squares trend (y on x).',
  noteScatterComplete: 'The medians, quadrant counts, trend line and outlier test count complete units only, not those marked “*”.',
  noteOutliers: (list) => `Named points are outliers (robust |z| above 3.5: ${list}).`,
  noteScatterMissing: (n) => `${n} more units lack one of the two values and are not drawn (listed below).`,
  scatterAria: (title) => `Scatter chart: ${title}`,
  scatterUnlabelled: (names) => `Not named on the chart (the name would overlap another label or a point): ${names}.`,
  scatterEmpty: 'No unit has values for both metrics',
  distributionAria: 'Histogram of every unit’s value',
  shownBand: (label) => `${label} (bars above)`,
  binTitle: (range, n) => `${range}: ${n} units`,
  pointTitle: (name, xs, x, ys, y) => `${name}: ${xs} ${x}, ${ys} ${y}`,
};

/** Both catalogues, for tests that compare their keys. */
export const CHART_WORDS: Readonly<Record<SpecLang, ChartWords>> = { zh: ZH, en: EN };

/** The chart words for a language (absent: zh). */
export function chartWords(lang: SpecLang | undefined): ChartWords {
  return CHART_WORDS[lang ?? 'zh'];
}

/** A metric's name in the language. */
export function metricName(m: { readonly zh: string; readonly en: string }, lang: SpecLang | undefined): string {
  return lang === 'en' ? m.en : m.zh;
}

/** A count with thousands separators, as the language writes it. */
export function countText(n: number, lang: SpecLang | undefined): string {
  return n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
}
