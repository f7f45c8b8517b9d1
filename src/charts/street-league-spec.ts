/**
 * The street/town league as a TableSpec: rank, street, aggregated value, communities with data,
 * and the rank change as a number (slides draw ↑3 / ↓1, CSV/XLSX keep the number), or 新 as the page says.
 */
import { partialMeaning } from '../analysis/partial-meaning';
import { qualifierMark } from '../analysis/format-number';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { SpecLang, TableSpec } from './chart-spec';
import { CHANGE_PARTIALS, changePartialMark, changePartialNote, changePartialOf, type ChangePartial } from './change-partial';
import { chartWords, metricName } from './chart-words';
import { roundOrNull } from './imbalance-specs';
import { RANK_BOUNDED_MARK } from './league-text';
import { finiteOrNull, perText, valueUnit, type PerBaseText } from './spec-text';
import { tableWords } from './table-words';

/** The StreetRow fields the spec reads (structural). */
export interface StreetRowLike {
  readonly parent: string;
  readonly value: number;
  /** Qualifier code of the value (absent: exact). */
  readonly qualifier?: number;
  readonly units: number;
  readonly rank: number | null;
  readonly rankChange: number | null;
  /** Rank in the comparison period; null = unranked then (absent: not known, never 新). */
  readonly prevRank?: number | null;
  /** The rank change rests on the street's own ＞/＜ bound: it may not be real. */
  readonly rankBounded?: boolean;
  readonly reporting?: number;
  readonly partial?: boolean;
  /** The comparison value sums some community's partial value (比较期不完整). */
  readonly prevPartial?: boolean;
}

/**
 * The partial mark beside the street's rank change (changePartialOf: 比较期不完整, 本期不完整, 两期均不完整),
 * or null: shown when something is compared (`compared`) and the street is ranked (so its rank
 * change reads ↑/↓/持平/新, not —). The page and the exported table ask this one test.
 */
export function streetChangePartial(r: Pick<StreetRowLike, 'rank' | 'partial' | 'prevPartial'>, compared: boolean): ChangePartial | null {
  return compared && r.rank !== null ? changePartialOf(r.partial === true, r.prevPartial === true) : null;
}

/**
 * Whether the street's rank change reads 新: something is compared (`compared`) and the street is
 * ranked now but was not then. The page and the exported table ask this one test.
 */
export function streetIsNew(r: Pick<StreetRowLike, 'rank' | 'prevRank'>, compared: boolean): boolean {
  return compared && r.rank !== null && r.prevRank === null;
}

export interface StreetLeagueSpecContext {
  readonly metric: MetricDef;
  readonly periodLabel: string;
  /** Label of the period compared against, '' when there is none. */
  readonly previousLabel: string;
  readonly per: PerBaseText;
  readonly source: string;
  readonly lang?: SpecLang;
}

export function buildStreetLeagueTableSpec(rows: readonly StreetRowLike[], ctx: StreetLeagueSpecContext): TableSpec {
  const w = tableWords(ctx.lang);
  const cw = chartWords(ctx.lang);
  const metric = metricName(ctx.metric, ctx.lang);
  const unit = valueUnit(ctx.metric, ctx.per, ctx.lang);
  const notes = [w.noteStreet];
  if (ctx.metric.direction === 'lower') notes.push(cw.noteLowerBetter(metric));
  const mark = (r: StreetRowLike): string => (Number.isFinite(r.value) ? qualifierMark(r.qualifier ?? 0).mark : '');
  if (rows.some((r) => mark(r) !== '')) notes.push(cw.noteMarkColumn);
  if (rows.some((r) => r.partial === true)) notes.push(cw.notePartialColumn[partialMeaning(ctx.metric, ctx.per)]);
  // The units without a street are summed but never ranked (they are no street); their note says so.
  if (rows.some((r) => r.parent === '')) notes.push(w.noteNoParentStreet);
  const partialUnranked = (r: StreetRowLike): boolean => r.parent !== '' && r.partial === true && r.rank === null && Number.isFinite(r.value);
  if (rows.some(partialUnranked)) notes.push(w.notePartialStreets(partialMeaning(ctx.metric, ctx.per)));
  // A partial street is unranked with a value; the note above says why, so 无数据 is not said of it.
  if (rows.some((r) => r.parent !== '' && r.rank === null && !partialUnranked(r))) notes.push(cw.noteUnranked);
  // The rank change stays a number; its ≈ and partial marks get a column only when some row has one.
  const bounded = (r: StreetRowLike): boolean => ctx.previousLabel !== '' && r.rankBounded === true && r.rankChange !== null;
  const partialOf = (r: StreetRowLike): ChangePartial | null => streetChangePartial(r, ctx.previousLabel !== '');
  const rankMarkOf = (r: StreetRowLike): string => {
    const kind = partialOf(r);
    return [bounded(r) ? RANK_BOUNDED_MARK : '', kind ? changePartialMark(kind, ctx.lang) : ''].filter(Boolean).join(' ');
  };
  const rankMarks = rows.some((r) => rankMarkOf(r) !== '');
  for (const kind of CHANGE_PARTIALS) {
    if (rows.some((r) => partialOf(r) === kind)) notes.push(changePartialNote(kind, ctx.periodLabel, ctx.previousLabel, partialMeaning(ctx.metric, ctx.per), ctx.lang));
  }
  if (rows.some(bounded)) notes.push(cw.noteRankBounded);
  return {
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    title: w.streetTitle(metric),
    subtitle: `${ctx.periodLabel} · ${perText(ctx.per, ctx.lang)}${ctx.previousLabel ? cw.leagueVs(ctx.previousLabel) : ''}`,
    source: ctx.source,
    columns: [
      { key: 'rank', label: w.colRank, numeric: true },
      { key: 'parent', label: w.colParent },
      { key: 'value', label: w.colValue(unit), numeric: true, valueDigits: true, exact: rows.map((r) => finiteOrNull(r.value)) },
      { key: 'reporting', label: w.colReporting, numeric: true },
      { key: 'units', label: w.colUnits, numeric: true },
      { key: 'rankChange', label: w.colRankChange, numeric: true, rankChange: true },
      ...(rankMarks ? [{ key: 'rankChangeMark', label: cw.colRankChangeMark }] : []),
      { key: 'mark', label: cw.colMark },
    ],
    rows: rows.map((r) => [
      r.rank, r.parent || w.noParent, roundOrNull(r.value, 4), r.reporting ?? null, r.units,
      !ctx.previousLabel ? null : streetIsNew(r, true) ? cw.rankNew : r.rankChange, ...(rankMarks ? [rankMarkOf(r)] : []), [mark(r), r.partial === true ? cw.partial : ''].filter(Boolean).join(' '),
    ]),
    notes,
  };
}
