/**
 * League table spec for export (CSV/XLSX/PPTX): numbers stay numbers, texts match the on-screen
 * table. Unranked units come last with an empty rank, never a zero value.
 */
import { partialMeaning } from '../analysis/partial-meaning';
import { PERSISTENT_RUN } from '../analysis/persistent-laggards';
import type { Granularity } from '../data/vocabulary/period';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { SpecLang, TableSpec } from './chart-spec';
import { chartWords, metricName } from './chart-words';
import { qualifierMark } from '../analysis/format-number';
import { CHANGE_PARTIALS, changePartialMark, changePartialNote, changePartialOf, type ChangePartial } from './change-partial';
import { quartileText, rankChangeText, type LeagueRowLike } from './league-text';
import { finiteOrNull, parentText, perText, valueUnit, type PerBaseText } from './spec-text';
import { tableWords } from './table-words';

export interface LeagueSpecContext {
  readonly metric: MetricDef;
  readonly periodLabel: string;
  /** Label of the period compared against, '' when none. */
  readonly previousLabel: string;
  readonly parent: string;
  readonly per: PerBaseText;
  readonly source: string;
  /** Language of the texts (absent: zh). */
  readonly lang?: SpecLang;
}

const num = finiteOrNull;

/** What a row's change carries: the mark of its qualifier ('' exact) and which of its two values is partial; neither without a change. */
function rowChangeMarks(r: LeagueRowLike): { readonly mark: string; readonly partial: ChangePartial | null } {
  return Number.isFinite(r.change)
    ? { mark: qualifierMark(r.changeQualifier).mark, partial: leagueChangePartial(r) }
    : { mark: '', partial: null };
}

/** Which of a league row's two values its shown change rests on is partial (null: neither, or no change). The page asks it too. */
export function leagueChangePartial(r: Pick<LeagueRowLike, 'change' | 'partial' | 'prevPartial'>): ChangePartial | null {
  return Number.isFinite(r.change) ? changePartialOf(r.partial, r.prevPartial === true) : null;
}

/**
 * Where a league table's notes on marks say the marks stand, each given its legend (chart words'
 * markLegend, changeMarkLegend). The page, which writes them before the values and changes and has
 * no 标注 columns, words its own (src/ui/i18n, league messages).
 */
export interface MarkPlaces {
  readonly mark: (legend: string) => string;
  readonly changeMark: (legend: string) => string;
}

/** The league table's notes; the mark notes point at `places` (absent: the exported table's 标注 columns). */
export function leagueNotes(rows: readonly LeagueRowLike[], ctx: LeagueSpecContext, places?: MarkPlaces): string[] {
  const w = chartWords(ctx.lang);
  const notes: string[] = [];
  if (ctx.metric.direction === 'lower') notes.push(w.noteLowerBetter(metricName(ctx.metric, ctx.lang)));
  if (rows.some((r) => qualifierMark(r.qualifier).mark !== '')) notes.push(places ? places.mark(w.markLegend) : w.noteMarkColumn);
  if (rows.some((r) => rowChangeMarks(r).mark !== '')) notes.push(places ? places.changeMark(w.changeMarkLegend) : w.noteChangeMark);
  for (const kind of CHANGE_PARTIALS) {
    if (rows.some((r) => rowChangeMarks(r).partial === kind)) notes.push(changePartialNote(kind, ctx.periodLabel, ctx.previousLabel, partialMeaning(ctx.metric, ctx.per), ctx.lang));
  }
  if (rows.some((r) => r.rankBounded === true && r.rankChange !== null)) notes.push(w.noteRankBounded);
  if (rows.some((r) => r.partial)) notes.push(w.notePartialColumn[partialMeaning(ctx.metric, ctx.per)]);
  // A partial value is unranked too, but it has a value and the note above says why it is not ranked;
  // a unit without a base may well have data, and is said to lack the base instead.
  if (rows.some((r) => r.noBase === true)) notes.push(w.noteNoBase);
  if (rows.some((r) => r.rank === null && !r.partial && r.noBase !== true)) notes.push(w.noteUnranked);
  notes.push(w.noteTies);
  return notes;
}

/** What a league table's 持续靠后 column and note rest on. */
export interface LeagueLagging {
  /** Per row, its 连续N期靠后 run (null: none). */
  readonly runs: readonly (number | null)[];
  /** The granularity the runs are counted in (按月计); absent when the period has none. */
  readonly granularity?: Granularity | undefined;
}

/**
 * The 持续靠后 note, as the page and the exported table write it: the rule, the granularity the runs
 * are counted in and the period they end at, then how many units (none; not for cumulative periods).
 */
export function laggingNote(lagging: LeagueLagging, periodLabel: string, lang?: SpecLang): string {
  const w = tableWords(lang);
  const g = lagging.granularity;
  const n = lagging.runs.filter((r) => r !== null).length;
  return laggingRule(g, periodLabel, lang) + (g === 'C' ? w.laggingCumulative : n > 0 ? w.laggingCount(n) : w.laggingNone);
}

/** What 持续靠后 means, with the granularity the runs are counted in and the period they end at (no full stop). */
export function laggingRule(granularity: Granularity | undefined, periodLabel: string, lang?: SpecLang): string {
  const w = tableWords(lang);
  return w.lagging(PERSISTENT_RUN, granularity ? w.laggingUnit[granularity] : w.laggingPeriod, periodLabel);
}

/**
 * `lagging`: the page's 持续靠后 column and note. The exported table gets the column (its header
 * and 连续N期靠后 cells in the page's words) when some row has a run, and the page's note always,
 * so a sheet or slide says what the page says.
 */
export function buildLeagueTableSpec(rows: readonly LeagueRowLike[], ctx: LeagueSpecContext, lagging?: LeagueLagging): TableSpec {
  const { lang } = ctx;
  const tw = tableWords(lang);
  const runs = lagging?.runs ?? [];
  const hasRuns = runs.some((r) => r !== null);
  const w = chartWords(lang);
  const metric = metricName(ctx.metric, lang);
  const unit = valueUnit(ctx.metric, ctx.per, lang);
  // The change's mark gets its own column only when some change has one (most tables have none).
  const changeMarkOf = (r: LeagueRowLike) => {
    const { mark, partial } = rowChangeMarks(r);
    return [mark, partial ? changePartialMark(partial, lang) : ''].filter(Boolean).join(' ');
  };
  const changeMarks = rows.some((r) => changeMarkOf(r) !== '');
  return {
    ...(lang ? { lang } : {}),
    title: w.leagueTitle(ctx.parent, metric),
    subtitle: `${ctx.periodLabel} · ${parentText(ctx.parent, lang)} · ${perText(ctx.per, lang)}${ctx.previousLabel ? w.leagueVs(ctx.previousLabel) : ''}`,
    source: ctx.source,
    columns: [
      { key: 'rank', label: w.colRank, numeric: true },
      { key: 'name', label: w.colCommunity },
      { key: 'parent', label: w.colParent },
      { key: 'value', label: w.colValue(unit), numeric: true, valueDigits: true },
      { key: 'mark', label: w.colMark },
      { key: 'change', label: w.colChange, numeric: true, signed: true },
      ...(changeMarks ? [{ key: 'changeMark', label: w.colChangeMark }] : []),
      { key: 'rankChange', label: w.colRankChange },
      { key: 'quartile', label: w.colQuartile },
      ...(hasRuns ? [{ key: 'lagging', label: tw.laggingCol }] : []),
    ],
    rows: rows.map((r, i) => [
      r.rank,
      r.name,
      r.parent,
      num(r.value),
      [qualifierMark(r.qualifier).mark, r.partial ? w.partial : '', r.noBase === true ? w.noBase : ''].filter(Boolean).join(' '),
      num(r.change),
      ...(changeMarks ? [changeMarkOf(r)] : []),
      rankChangeText(r, lang),
      quartileText(r.quartile, lang),
      ...(hasRuns ? [runs[i] ? tw.laggingRun(runs[i]) : ''] : []),
    ]),
    notes: lagging ? [...leagueNotes(rows, ctx), laggingNote(lagging, ctx.periodLabel, lang)] : leagueNotes(rows, ctx),
    ranked: true,
  };
}
