/**
 * Chinese texts of the league view: rankings of units and streets, rank change and the composite index.
 * One part of MESSAGES_ZH (messages-zh.ts); the English part (messages-en-league.ts) is typed by it.
 */
import { partialLack, partialReason, type PartialMeaning } from '../../analysis/partial-meaning';
export const LEAGUE_MESSAGES_ZH = {
  league: {
    modes: '排行方式',
    unit: '社区排行',
    street: '街道/镇排行',
    composite: '综合指数',
    streetTitle: (metric: string) => `各街道/镇${metric}排行`,
    compositeSub: (period: string) => `${period} · 多项指标加权`,
    noUnits: (parent: string) => `${parent || '所选范围'}没有社区`,
    noUnitsHint: '请在筛选栏选择“全部街道/镇”或换一个街道/镇。',
    noDataHint: (per: boolean) => `${per ? '可能缺少常住人口或户数，请改用“绝对值”，或' : '请'}换一个期间或指标。`,
    summary: (rows: number, ranked: number, lowerMetric: string, previous: string) =>
      `共${rows}个单位，${ranked}个参与排名${lowerMetric ? `；${lowerMetric}越低越好，按从低到高排名` : ''}${previous ? `；变化与名次变化对比${previous}` : '；无上期数据可比'}。`,
    caption: (title: string, period: string) => `${title}（${period}）`,
    partialUnranked: (n: number, m: PartialMeaning) => `标“（不完整）”的${n}个单位本期${partialLack(m, 'zh')}，暂不参与排名，以免与完整数据直接比较。`,
    allPartial: (m: PartialMeaning) => `本期各单位的数据都不完整（${partialReason(m, 'zh')}），排名仅供参考。`,
    manyRows: '单位较多，表格只绘制滚动到的行；可在筛选栏按街道/镇缩小范围，或导出完整表格。',
    region: '排行表（可滚动）',
    rank: '排名',
    community: '社区',
    parent: '街道/镇',
    change: '变化',
    rankChange: '名次变化',
    quartile: '四分位',
    highlightTip: '在所有图表中突出显示',
    partial: '（不完整）',
    partialTip: (m: PartialMeaning) => `该期间${partialLack(m, 'zh')}，不与完整数据一起排名`,
    /** The tip of a change's partial mark (the mark's words are the exports', chart words' changePartial). */
    changePartialTip: {
      prev: (m: PartialMeaning) => `比较期${partialLack(m, 'zh')}，变化是与这一不完整的数相比`,
      cur: (m: PartialMeaning) => `本期${partialLack(m, 'zh')}，变化${m === 'low' ? '只计已报送的月份，可能偏小' : '是这一不完整的数与比较期相比'}`,
      both: (m: PartialMeaning) => `本期和比较期都${partialLack(m, 'zh')}，变化是两个不完整的数相比，仅供参考`,
    },
    streetNote: '街道/镇的数值由所辖社区数据汇总计算（合计，或分子合计÷分母合计），不是社区数值的平均。',
    streetPrevious: (p: string) => `名次变化对比${p}。`,
    noPrevious: '无上期数据可比。',
    streetRegion: '街道/镇排行表（可滚动）',
    streetCaption: (metric: string, period: string) => `各街道/镇${metric}排行（${period}）`,
    reporting: '有数据的社区',
    noParent: '（未注明街道）',
    partialPeriodTip: (m: PartialMeaning) => `该期间${partialLack(m, 'zh')}`,
    markOnPage: (legend: string) => `${legend}；页面上标在数值前，导出的表格中在“标注”列。`,
    changeMarkOnPage: (legend: string) => `${legend}；页面上标在变化前，导出的表格中在“变化标注”列。`,
  },
  composite: {
    weightInvalid: (names: string) => `${names}的权重无效：权重须为0或正数（如1、0.5），负数和非数字不计入综合指数。`,
    percentile: '百分位',
    percentileHint: '各指标换算为0—100的百分位得分',
    zscore: '标准分',
    zscoreHint: '各指标换算为标准分，0为平均水平',
    none: '未选择',
    chosen: (n: number, list: string) => `已选${n}项：${list}`,
    weightItem: (metric: string, w: string) => `${metric}×${w || '?'}`,
    metricsSummary: (s: string) => `参与计算的指标和权重（${s}）`,
    legend: '参与综合指数的指标和权重',
    reverse: '（逆向）',
    reverseTip: '越低越好的指标，计分时反向',
    weightOf: (metric: string) => `${metric}的权重`,
    method: '计算方法',
    weightsHint: '权重为相对值，会自动换算为合计100%；权重为0或不勾选的指标不参与计算。',
    noMetric: '还没有选择指标',
    noMetricHint: '请至少勾选一个指标，并给它大于0的权重。',
    noData: (period: string) => `${period}所选指标都没有数据`,
    noDataHint: '请换一个期间，或勾选其他指标。',
    summary: (n: number) => `共${n}个单位参与综合排名；得分越高越好。`,
    region: '综合指数排行表（可滚动）',
    missing: (list: string) => `缺少：${list}`,
    partial: (list: string) => `本期数据不完整，不与完整数据一起计分：${list}`,
  },
};

/** The shape of the league messages (every language has exactly these keys). */
export type LeagueMessages = typeof LEAGUE_MESSAGES_ZH;
