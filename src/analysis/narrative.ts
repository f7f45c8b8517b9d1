/**
 * The sentences a leader pastes into a 情况汇报: computed from the imbalance statistics of the
 * period (never templated around fixed names), in the numbered report style of the seeds
 * ("一是各社区工作开展还不平衡。"), in Chinese or English.
 */
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import { parsePeriodKey, type PeriodKey } from '../data/vocabulary/period';
import { comparableValues } from './comparable-values';
import { differenceQualifier } from './combine-qualifiers';
import { formatNumber, formatQualified, formatRatio, formatShare, type Lang } from './format-number';
import { firstLaggards, imbalanceOverview, type MetricImbalance } from './imbalance';
import { leagueRanks } from './league-table';
import { unitNameOrder } from './unit-scope';
import { placeRestsOnBound, rankChangeOf, ties } from './rank-values';
import { scopedValues } from './scoped-values';
import { sharedFiniteOrder } from './value-order';
import { isScalable, type PerBase } from './per-capita';
import { partialLack } from './partial-meaning';
import { formatPeriodLabel as periodLabel } from '../data/vocabulary/format-period-label';
import { PERSISTENT_RUN, persistentRuns } from './persistent-laggards';
import { spreadTrend, type SpreadTrend } from './spread-trend';
import type { Analysis } from './model/analysis';

export type NarrativeKind = 'most-unequal' | 'laggards' | 'improvers' | 'decliners' | 'widening' | 'narrowing' | 'between-within';

/** Where a sentence's evidence is shown: a view name of the URL query (src/ui/view-query.ts). */
export interface NarrativeLink {
  readonly view: 'imbalance' | 'league' | 'compare' | 'trend';
  readonly metric: string;
  readonly period: PeriodKey;
}

export interface NarrativeSentence {
  readonly text: string;
  readonly kind: NarrativeKind;
  readonly link?: NarrativeLink;
}

export interface NarrativeOptions {
  readonly parent?: string;
  readonly per?: PerBase;
  /** Laggard threshold, share of the median (default 0.5). */
  readonly laggardShare?: number;
  /** Prefix 一是/二是… (First, Second…). Default true. */
  readonly numbered?: boolean;
  /** Metric for the rank-change sentences (default: the most unequal one). */
  readonly focusMetric?: string;
}

const ZH_ORDER = ['一是', '二是', '三是', '四是', '五是', '六是'];
const EN_ORDER = ['First, ', 'Second, ', 'Third, ', 'Fourth, ', 'Fifth, ', 'Sixth, '];
/** Number of laggards named in the sentence. */
const LAGGARDS_NAMED = 3;

interface Ctx {
  readonly model: Analysis;
  readonly period: PeriodKey;
  readonly lang: Lang;
  readonly opts: NarrativeOptions;
}

const zh = (c: Ctx) => c.lang === 'zh';
/** Fixed decimals (0.90, not 0.9): statistics read as a column of comparable numbers. */
const fix = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');

function unitOf(lang: Lang, def: MetricDef, per: PerBase | undefined): string {
  const base = lang === 'zh' ? def.unit : def.unitEn;
  // A rate or a base is not shown per capita (perCapita leaves it as it is): its own unit.
  if (!isScalable(def)) return base;
  if (per === '1000') return lang === 'zh' ? `${base}/千人` : `${base} per 1,000 residents`;
  if (per === '100hh') return lang === 'zh' ? `${base}/百户` : `${base} per 100 households`;
  return base;
}

/** A value as the narratives write it: `1.2万人`, `约30人`, `12.5人/千人` (en `12K people`). */
export function narrativeValue(def: MetricDef, r: { value: number; qualifier: number }, lang: Lang, per?: PerBase): string {
  const digits = def.unit === '%' || per !== undefined && per !== 'none' && isScalable(def) ? 1 : undefined;
  return formatQualified(r.value, r.qualifier, lang, { compact: lang === 'zh', digits, unit: unitOf(lang, def, per) });
}

function val(c: Ctx, def: MetricDef, r: { value: number; qualifier: number }): string {
  return narrativeValue(def, r, c.lang, c.opts.per);
}

/** Names listed in full when units tie at an extreme; more become `甲、乙等N个社区`. */
const TIES_NAMED = 3;

/**
 * Every unit tied with `u`, the unit with the highest or the lowest `value` (within TIE_TOLERANCE)
 * on the metric in scope: `u` first, then in Chinese name order; written `甲社区、乙社区` or, past
 * TIES_NAMED, `甲社区、乙社区等5个社区`. The tied units are the end of the values' shared sort.
 */
function tiedNames(c: Ctx, m: MetricImbalance, end: 'highest' | 'lowest', u: number, value: number): { text: string; count: number } {
  const scoped = comparableValues(c.model, scopedValues(c.model, m.metric.id, c.period, { parent: c.opts.parent, per: c.opts.per }));
  const v = scoped.values;
  const order = sharedFiniteOrder(c.model, scoped);
  const { position } = unitNameOrder(c.model);
  const units: number[] = [];
  if (end === 'highest') for (let k = order.length - 1; k >= 0 && ties(v[order[k]!]!, value); k--) units.push(order[k]!);
  else for (let k = 0; k < order.length && ties(v[order[k]!]!, value); k++) units.push(order[k]!);
  units.sort((x, y) => (x === u ? -1 : y === u ? 1 : position[x]! - position[y]!));
  if (units.length === 0) units.push(u);
  const names = units.map((k) => c.model.cube.units[k]!.name);
  const count = names.length;
  if (zh(c)) return { text: count <= TIES_NAMED ? names.join('、') : `${names.slice(0, 2).join('、')}等${count}个社区`, count };
  if (count <= TIES_NAMED) return { text: count === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[count - 1]}`, count };
  return { text: `${names.slice(0, 2).join(', ')} and ${count - 2} others`, count };
}

/** The first sentence: the most unequal metric, its highest and lowest units (all of them when tied). One metric only. */
function mostUnequal(c: Ctx, a: MetricImbalance): string {
  const p = periodLabel(c.period, c.lang);
  const { highest: hi, lowest: lo } = a;
  // 44 ÷ "12余" is at most 3.7: an approximate input makes the ratio approximate.
  const approx = hi && lo && differenceQualifier(hi.qualifier, lo.qualifier) !== 0;
  const about = approx ? (zh(c) ? '约' : 'about ') : '';
  const top = hi ? tiedNames(c, a, 'highest', hi.unit, hi.value) : undefined;
  const bottom = lo ? tiedNames(c, a, 'lowest', lo.unit, lo.value) : undefined;
  if (zh(c)) {
    const each = (n: number) => (n > 1 ? '均为' : '');
    let s = `${c.opts.parent ?? ''}各社区工作开展还不平衡，${p}差距最大的是${a.metric.zh}（变异系数${fix(a.cv)}，基尼系数${fix(a.gini)}）`;
    if (hi && lo && top && bottom && a.maxMin === Infinity) s += `，最高的${top.text}${each(top.count) || "为"}${val(c, a.metric, hi)}，最低的${bottom.text}${each(bottom.count) || '为'}0`;
    else if (hi && lo && top && bottom && Number.isFinite(a.maxMin)) {
      s += `，最高的${top.text}（${each(top.count)}${val(c, a.metric, hi)}）是最低的${bottom.text}（${each(bottom.count)}${val(c, a.metric, lo)}）的${about}${formatRatio(a.maxMin, 'zh')}`;
    }
    return `${s}${partialClause(c, a)}。`;
  }
  const each = (n: number) => (n > 1 ? 'each ' : '');
  let s = `work is uneven across communities: in ${p} the widest gap is in ${a.metric.en} (coefficient of variation ${fix(a.cv)}, Gini ${fix(a.gini)})`;
  if (hi && lo && top && bottom && a.maxMin === Infinity) s += `; the highest, ${top.text}, ${top.count > 1 ? 'have' : 'has'} ${each(top.count)}${val(c, a.metric, hi)} while ${bottom.text} ${bottom.count > 1 ? 'have' : 'has'} 0`;
  else if (hi && lo && top && bottom && Number.isFinite(a.maxMin)) {
    s += `; the highest, ${top.text} (${each(top.count)}${val(c, a.metric, hi)}), ${top.count > 1 ? 'have' : 'has'} ${about}${formatRatio(a.maxMin, 'en')} the lowest, ${bottom.text} (${each(bottom.count)}${val(c, a.metric, lo)})`;
  }
  return `${s}${partialClause(c, a)}.`;
}

/**
 * What a sentence on `m` must add when some values cover only part of the period: how many units
 * were left out of the comparison for it, or that every value compared is partial. '' otherwise.
 */
function partialClause(c: Ctx, m: MetricImbalance): string {
  if (!m.partial) return '';
  const k = m.partialLeftOut;
  const meaning = m.partialMeaning;
  const all = meaning === 'low' ? (zh(c) ? '数据均不完整' : 'every community’s data for this period is incomplete')
    : zh(c) ? `均${partialLack(meaning, 'zh')}` : `every community ${partialLack(meaning, 'en')}`;
  if (zh(c)) return k > 0 ? `（另有${k}个社区本期${partialLack(meaning, 'zh')}，未参与比较）` : `（各社区本期${all}，为已报月份数据之间的比较）`;
  return k > 0
    ? ` (${k} more ${k === 1 ? 'community' : 'communities'} ${partialLack(meaning, 'en', k > 1)} and ${k === 1 ? 'is' : 'are'} not compared)`
    : ` (${all}: only the months reported are compared)`;
}

/** `said`: the sentence before it was on the same metric and said what of it is partial. */
function laggardsSentence(c: Ctx, m: MetricImbalance, said: boolean): string {
  const share = c.opts.laggardShare ?? 0.5;
  const lower = m.metric.direction === 'lower';
  const named = firstLaggards(c.model, m.metric.id, c.period, LAGGARDS_NAMED, c.opts);
  const med = val(c, m.metric, { value: m.median, qualifier: 0 });
  const granularity = parsePeriodKey(c.period)?.granularity;
  // Only the named units' runs are told (as persistentLaggards counts them), so only theirs are walked.
  const runs = granularity && granularity !== 'C'
    ? persistentRuns(c.model, m.metric.id, granularity, named.map((l) => l.unit), { upTo: c.period, parent: c.opts.parent, per: c.opts.per })
    : new Int32Array(named.length);
  const runOf = new Map(named.map((l, i) => [l.unit, runs[i]!]));
  const stuck = named.find((l) => runOf.get(l.unit)! >= PERSISTENT_RUN);
  const n = m.laggardCount;
  if (zh(c)) {
    const threshold = lower
      ? `高于中位数（${med}）的${formatNumber(1 / share, 'zh', { digits: 1 })}倍`
      : `不足中位数（${med}）的${share === 0.5 ? '一半' : formatShare(share)}`;
    const parts = named.map((l, i) => lower
      ? `${l.name}为中位数的${formatRatio(l.shareOfMedian, 'zh')}（${val(c, m.metric, l)}）`
      : `${l.name}${i === 0 ? '仅' : ''}为中位数的${formatShare(l.shareOfMedian)}（${val(c, m.metric, l)}）`);
    let s = n === 1
      ? `部分社区明显落后，${m.metric.zh}方面${parts[0]}，${threshold}`
      : `部分社区明显落后，${m.metric.zh}方面有${n}个社区${threshold}，其中${parts.join('、')}`;
    if (stuck) s += `，${n === 1 ? '' : stuck.name}已连续${runOf.get(stuck.unit)}期排名靠后`;
    return `${s}${said ? '' : partialClause(c, m)}。`;
  }
  const threshold = lower
    ? `above ${formatRatio(1 / share, 'en')} the median (${med})`
    : `below ${share === 0.5 ? 'half' : formatShare(share) + ' of'} the median (${med})`;
  const parts = named.map((l, i) => lower
    ? `${l.name} is at ${formatRatio(l.shareOfMedian, 'en')} the median (${val(c, m.metric, l)})`
    : `${l.name} is at ${i === 0 ? 'only ' : ''}${formatShare(l.shareOfMedian)} of the median (${val(c, m.metric, l)})`);
  let s = `some communities lag far behind: on ${m.metric.en}, ${n} ${n === 1 ? 'community is' : 'communities are'} ${threshold}; ${parts.join(', ')}`;
  if (stuck) s += `; ${stuck.name} has been in the bottom quarter for ${runOf.get(stuck.unit)} periods in a row`;
  return `${s}${said ? '' : partialClause(c, m)}.`;
}

/** A unit's rank now and its change against the comparison period (positive = moved up). */
interface RankMove {
  readonly name: string;
  readonly rank: number;
  readonly rankChange: number;
  /** The rank now or then rests on a ＞/＜ bound (placeRestsOnBound): the move may not be real. */
  readonly bounded: boolean;
}

/** What a move resting on a bound adds (and it is then not called for attention); '' for any other move. */
export function boundClause(lang: Lang, bounded: boolean): string {
  if (!bounded) return '';
  return lang === 'zh' ? '（其数值为下限或上限，如原表的“余”“以上”“不足”，实际名次可能不同）' : ' (its value is only a bound, such as “over 35”, so the actual move may differ)';
}

function rankMove(c: Ctx, def: MetricDef, r: RankMove, up: boolean, lead = true): string {
  const k = Math.abs(r.rankChange);
  const b = boundClause(c.lang, r.bounded);
  const attention = r.bounded ? '' : '，需重点关注';
  if (!lead && !up) {
    return zh(c)
      ? `${def.zh}排名下降最多的是${r.name}，下降${k}位至第${r.rank}位${b}${attention}。`
      : `${r.name} fell most in the ${def.en} ranking, down ${k} place${k === 1 ? "" : "s"} to No. ${r.rank}${b}.`;
  }
  if (zh(c)) {
    return up
      ? `与上期相比，${def.zh}排名上升最多的是${r.name}，上升${k}位至第${r.rank}位${b}。`
      : `与上期相比，${def.zh}排名下降最多的是${r.name}，下降${k}位至第${r.rank}位${b}${attention}。`;
  }
  return up
    ? `compared with the previous period, ${r.name} climbed most in the ${def.en} ranking, up ${k} place${k === 1 ? "" : "s"} to No. ${r.rank}${b}.`
    : `compared with the previous period, ${r.name} fell most in the ${def.en} ranking, down ${k} place${k === 1 ? "" : "s"} to No. ${r.rank}${b}.`;
}

function trendSentence(c: Ctx, def: MetricDef, t: SpreadTrend): string {
  const first = t.points[0]!;
  const last = t.points[t.points.length - 1]!;
  const widening = t.trend === 'widening';
  const consistent = widening ? last.cv > first.cv : last.cv < first.cv;
  const p1 = periodLabel(first.period, c.lang);
  const p2 = periodLabel(last.period, c.lang);
  if (zh(c)) {
    const head = widening ? `${def.zh}差距仍在扩大` : `${def.zh}差距有所缩小`;
    return consistent
      ? `${head}，变异系数由${p1}的${fix(first.cv)}${widening ? '升至' : '降至'}${p2}的${fix(last.cv)}。`
      : `${head}，${p1}至${p2}变异系数平均每期${widening ? '上升' : '下降'}${fix(Math.abs(t.slope), 3)}。`;
  }
  const head = widening ? `the gap in ${def.en} is widening` : `the gap in ${def.en} is narrowing`;
  return consistent
    ? `${head}: the coefficient of variation went from ${fix(first.cv)} in ${p1} to ${fix(last.cv)} in ${p2}.`
    : `${head}: from ${p1} to ${p2} the coefficient of variation ${widening ? 'rose' : 'fell'} by ${fix(Math.abs(t.slope), 3)} per period on average.`;
}

function betweenWithin(c: Ctx, m: MetricImbalance): string {
  const between = m.theil.between / m.theil.total;
  if (zh(c)) {
    return between >= 0.5
      ? `从构成看，${m.metric.zh}的差距主要来自街道之间（街道间差异占泰尔指数的${formatShare(between)}）。`
      : `从构成看，${m.metric.zh}的差距主要来自街道内部各社区之间（街道内差异占泰尔指数的${formatShare(1 - between)}）。`;
  }
  return between >= 0.5
    ? `the gap in ${m.metric.en} comes mainly from differences between streets (${formatShare(between)} of the Theil index).`
    : `the gap in ${m.metric.en} comes mainly from differences within streets (${formatShare(1 - between)} of the Theil index).`;
}

/** 0–6 sentences; fewer when the data cannot support a statement (e.g. no previous period). */
export function buildNarrative(model: Analysis, period: PeriodKey, lang: Lang, opts: NarrativeOptions = {}): { sentences: NarrativeSentence[] } {
  const ds = model.cube;
  const c: Ctx = { model, period, lang, opts };
  const ranked = imbalanceOverview(model, period, opts).filter((m) => m.ranked && m.n >= 3 && Number.isFinite(m.cv));
  const top = ranked[0];
  if (!top) return { sentences: [] };
  const out: NarrativeSentence[] = [];
  const link = (view: NarrativeLink['view'], metric: string): NarrativeLink => ({ view, metric, period });
  out.push({ kind: 'most-unequal', text: mostUnequal(c, top), link: link('imbalance', top.metric.id) });

  const lag = ranked.find((m) => m.laggardCount > 0);
  if (lag) out.push({ kind: 'laggards', text: laggardsSentence(c, lag, lag === top), link: link('imbalance', lag.metric.id) });

  const focus = ranked.find((m) => m.metric.id === opts.focusMetric) ?? top;
  // The biggest moves up and down, of equal moves the first row in table order (by rank, then
  // Chinese name): no need for the row objects or the table's order.
  const { ranks, prevRanks, rankedCount, prevRankedCount, cur, prev } = leagueRanks(model, { metric: focus.metric.id, period, parent: opts.parent, per: opts.per });
  const { position } = unitNameOrder(model);
  const before = (u: number, v: number) => ranks[u]! < ranks[v]! || (ranks[u] === ranks[v] && position[u]! < position[v]!);
  let best = -1;
  let worst = -1;
  let bestChange = 0;
  let worstChange = 0;
  for (let u = 0; u < ranks.length; u++) {
    const change = ranks[u]! === 0 || prevRanks[u]! === 0 ? null : rankChangeOf(ranks[u]!, prevRanks[u]!, rankedCount, prevRankedCount);
    if (change === null) continue;
    if (change > bestChange || (change === bestChange && best >= 0 && before(u, best))) { best = u; bestChange = change; }
    if (change < worstChange || (change === worstChange && worst >= 0 && before(u, worst))) { worst = u; worstChange = change; }
  }
  const move = (u: number, change: number): RankMove => ({
    name: ds.units[u]!.name, rank: ranks[u]!, rankChange: change,
    bounded: placeRestsOnBound(cur.values, cur.qualifiers, ranks, u) || placeRestsOnBound(prev.values, prev.qualifiers, prevRanks, u),
  });
  if (best >= 0) out.push({ kind: 'improvers', text: rankMove(c, focus.metric, move(best, bestChange), true), link: link('league', focus.metric.id) });
  if (worst >= 0) {
    out.push({ kind: 'decliners', text: rankMove(c, focus.metric, move(worst, worstChange), false, best < 0), link: link('league', focus.metric.id) });
  }

  const granularity = parsePeriodKey(period)?.granularity;
  if (granularity && granularity !== 'C') {
    // The first widening trend of the three most unequal metrics, else the first narrowing one:
    // the trends are asked one by one, and not past the first widening one.
    let pick: { m: MetricImbalance; t: SpreadTrend } | undefined;
    for (const m of ranked.slice(0, 3)) {
      const t = spreadTrend(model, m.metric.id, granularity, { upTo: period, parent: opts.parent, per: opts.per });
      if (t.points.length < 3 || t.trend === 'stable') continue;
      if (t.trend === 'widening') { pick = { m, t }; break; }
      pick ??= { m, t };
    }
    if (pick) out.push({ kind: pick.t.trend as 'widening' | 'narrowing', text: trendSentence(c, pick.m.metric, pick.t), link: link('imbalance', pick.m.metric.id) });
  }

  // Units whose street is not known (no street in their file) are no street: the split is NaN then (imbalance-numbers.ts).
  if (!opts.parent && top.groups >= 2 && top.theil.total > 0 && Number.isFinite(top.theil.between)) {
    out.push({ kind: 'between-within', text: betweenWithin(c, top), link: link('imbalance', top.metric.id) });
  }

  const numbered = opts.numbered ?? true;
  return {
    sentences: out.map((s, i) => ({ ...s, text: numberSentence(s.text, i, lang, numbered) })),
  };
}

/** The i-th sentence of a report: `一是…` / `First, …` when numbered, else capitalised (en). */
export function numberSentence(text: string, i: number, lang: Lang, numbered = true): string {
  if (lang === 'zh') return numbered ? `${ZH_ORDER[i] ?? ''}${text}` : text;
  if (numbered) return `${EN_ORDER[i] ?? ''}${text}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sentences as one paragraph, ready to paste. */
export function narrativeText(sentences: readonly NarrativeSentence[], lang: Lang): string {
  return sentences.map((s) => s.text).join(lang === 'zh' ? '' : ' ');
}
