/**
 * 单位画像 specs: the percentile bars (strengths right, weaknesses left, strongest on top), the
 * every-metric table, and the one-slide summary the batch deck holds per community. Pure: profile
 * in, plain specs out; exported through the usual PNG/PPTX/CSV/XLSX paths.
 */
import type { LearnFromPeers } from '../analysis/learn-from-peer';
import { narrativeValue } from '../analysis/narrative';
import { combinePartialMeanings, partialMeaning } from '../analysis/partial-meaning';
import { isJudged, type ProfileComparison, type ProfileMetric, type UnitProfile } from '../analysis/unit-profile';
import { qualifierMark } from '../analysis/format-number';
import type { ChartSpec, SpecLang, TableSpec } from './chart-spec';
import { CHANGE_PARTIALS, changePartialMark, changePartialNote, changePartialOf, type ChangePartial } from './change-partial';
import { metricName } from './chart-words';
import { REFERENCE_COLOR, seriesColor } from './palette';
import { profileWords } from './profile-words';

export interface ProfileSpecContext {
  /** `2024年第二季度`. */
  readonly periodLabel: (key: string) => string;
  readonly source: string;
  readonly lang?: SpecLang;
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);
const pct = (p: number): number => Math.round(p * 100);

/** Which of a shown change's two values is partial (比较期不完整, 本期不完整, 两期均不完整, as 排行 marks it). */
const changePartial = (m: ProfileMetric, c: ProfileComparison): ChangePartial | null =>
  (Number.isFinite(c.change) ? changePartialOf(m.partial, c.partial) : null);

/** Judged, ranked metrics, best percentile first (ties in catalogue order). */
function ranked(p: UnitProfile): ProfileMetric[] {
  return p.metrics.filter((m) => isJudged(m.metric) && m.rank !== null)
    .map((m, i) => ({ m, i })).sort((a, b) => b.m.percentile - a.m.percentile || a.i - b.i).map(({ m }) => m);
}

/** Horizontal bars of the unit's percentile (0..100, 100 = best) on every judged metric. */
export function buildProfilePercentileSpec(p: UnitProfile, ctx: ProfileSpecContext): ChartSpec {
  const { lang } = ctx;
  const w = profileWords(lang);
  const rows = ranked(p);
  const names = (ms: readonly ProfileMetric[]) => ms.map((m) => metricName(m.metric, lang)).join(w.sep);
  const neutral = p.metrics.filter((m) => !isJudged(m.metric));
  const unranked = p.metrics.filter((m) => isJudged(m.metric) && m.rank === null);
  const notes = [w.noteRight];
  if (neutral.length > 0) notes.push(w.noteNeutral(names(neutral)));
  if (unranked.length > 0) notes.push(w.noteUnranked(names(unranked)));
  return {
    kind: 'bar',
    ...(lang ? { lang } : {}),
    title: w.percentileTitle(p.name),
    subtitle: w.percentileSub(ctx.periodLabel(p.period), p.parent, rows.length),
    source: ctx.source,
    categories: rows.map((m) => metricName(m.metric, lang)),
    series: [{ name: w.percentileSeries, values: rows.map((m) => pct(m.percentile)), color: seriesColor(0) }],
    references: [{ label: w.medianLine, value: 50, color: REFERENCE_COLOR }],
    unit: '',
    horizontal: true,
    notes,
  };
}

/** Every metric of the profile as a table: value, per 1,000, ranks, percentile, 环比 and 同比. */
export function buildProfileTableSpec(p: UnitProfile, ctx: ProfileSpecContext): TableSpec {
  const { lang } = ctx;
  const w = profileWords(lang);
  const first = p.metrics[0];
  const lower = p.metrics.filter((m) => m.metric.direction === 'lower').map((m) => metricName(m.metric, lang));
  // A change's mark gets its own column only when some change has one.
  const qualifierOf = (c: ProfileComparison) => (Number.isFinite(c.change) ? qualifierMark(c.changeQualifier).mark : '');
  const markOf = (m: ProfileMetric, c: ProfileComparison) => {
    const kind = changePartial(m, c);
    return [qualifierOf(c), kind ? changePartialMark(kind, lang) : ''].filter(Boolean).join(' ');
  };
  const momMarks = p.metrics.some((m) => markOf(m, m.previous) !== '');
  const yoyMarks = p.metrics.some((m) => markOf(m, m.lastYear) !== '');
  const notes = lower.length > 0 ? [w.noteLowerBetter(lower.join(w.sep))] : [];
  if (p.metrics.some((m) => qualifierOf(m.previous) !== '' || qualifierOf(m.lastYear) !== '')) notes.push(w.noteChangeMarks);
  for (const pick of [(m: ProfileMetric) => m.previous, (m: ProfileMetric) => m.lastYear]) {
    for (const kind of CHANGE_PARTIALS) {
      const marked = p.metrics.filter((m) => changePartial(m, pick(m)) === kind);
      if (marked.length === 0) continue;
      const note = changePartialNote(kind, ctx.periodLabel(p.period), ctx.periodLabel(pick(marked[0]!).period),
        combinePartialMeanings(marked.map((m) => partialMeaning(m.metric, p.per))), lang);
      // 本期不完整 of 环比 and of 同比 is one note.
      if (!notes.includes(note)) notes.push(note);
    }
  }
  return {
    ...(lang ? { lang } : {}),
    title: w.tableTitle(p.name),
    subtitle: w.tableSub(ctx.periodLabel(p.period), first ? ctx.periodLabel(first.previous.period) : '—', first ? ctx.periodLabel(first.lastYear.period) : '—'),
    source: ctx.source,
    columns: [
      { key: 'metric', label: w.colMetric },
      { key: 'value', label: w.colValue },
      { key: 'perThousand', label: w.colPerThousand, numeric: true },
      { key: 'rank', label: w.colRankPlain, numeric: true },
      { key: 'streetRank', label: w.colStreetRank },
      { key: 'percentile', label: w.colPercentile, numeric: true },
      { key: 'mom', label: w.colMom, numeric: true },
      ...(momMarks ? [{ key: 'momMark', label: w.colMomMark }] : []),
      { key: 'momRank', label: w.colMomRank, numeric: true, rankChange: true },
      { key: 'yoy', label: w.colYoy, numeric: true },
      ...(yoyMarks ? [{ key: 'yoyMark', label: w.colYoyMark }] : []),
      { key: 'yoyRank', label: w.colYoyRank, numeric: true, rankChange: true },
      { key: 'lagging', label: w.colLagging },
    ],
    rows: p.metrics.map((m) => [
      metricName(m.metric, lang),
      Number.isFinite(m.value) ? narrativeValue(m.metric, m, lang ?? 'zh', p.per) : null,
      num(Math.round(m.perThousand * 10) / 10),
      m.rank,
      m.streetRank === null ? null : w.streetRank(m.streetRank, m.streetCount),
      isJudged(m.metric) && m.rank !== null ? pct(m.percentile) : null,
      num(m.previous.change),
      ...(momMarks ? [markOf(m, m.previous)] : []),
      m.previous.rankChange,
      num(m.lastYear.change),
      ...(yoyMarks ? [markOf(m, m.lastYear)] : []),
      m.lastYear.rankChange,
      m.laggingRun > 0 ? w.lagging(m.laggingRun) : '',
    ]),
    notes,
  };
}

/**
 * The batch deck's slide for one unit: the percentile bars titled with the unit, the counts of
 * strengths and weaknesses in the subtitle, and beside the chart the strengths, 取长补短 (at most
 * three, weakest first) and 连续N期靠后 as lines of text.
 */
export function buildProfileSlide(p: UnitProfile, l: LearnFromPeers, ctx: ProfileSpecContext): { spec: ChartSpec; side: string[] } {
  const { lang } = ctx;
  const w = profileWords(lang);
  const base = buildProfilePercentileSpec(p, ctx);
  const value = (m: ProfileMetric, v: number, q: number) => narrativeValue(m.metric, { value: v, qualifier: q }, lang ?? 'zh', p.per);
  const side: string[] = [];
  side.push(l.strong.length > 0 ? w.strongLine(l.strong.slice(0, 4).map((m) => metricName(m.metric, lang)).join(w.sep)) : w.noStrongLine);
  for (const a of l.weak.filter((x) => x.peer >= 0).slice(0, 3)) {
    side.push(w.learnLine(metricName(a.metric.metric, lang), a.peerName, value(a.metric, a.peerValue, a.peerQualifier), value(a.metric, a.metric.value, a.metric.qualifier)));
  }
  const lagging = p.metrics.filter((m) => m.laggingRun > 0);
  if (lagging.length > 0) side.push(w.laggingLine(lagging.map((m) => w.laggingItem(metricName(m.metric, lang), m.laggingRun)).join(w.sep)));
  return {
    spec: { ...base, title: w.title(p.name), subtitle: w.slideSub(ctx.periodLabel(p.period), p.parent, l.strong.length, l.weak.length) },
    side,
  };
}
