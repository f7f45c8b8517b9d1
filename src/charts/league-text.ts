/**
 * The words of a league table, shared by the on-screen table and its export, so both say the
 * same thing: rank change as text (↑3 / ↓1 / 新 / 持平 / —; en new / same), never colour alone.
 */
import { formatNumber, qualifierMark } from '../analysis/format-number';
import type { Qualifier } from '../data/dataset/dataset';
import type { SpecLang } from './chart-spec';
import { chartWords } from './chart-words';

/** The league row fields these texts use (structural, matches LeagueRow). */
export interface LeagueRowLike {
  readonly name: string;
  readonly parent: string;
  readonly value: number;
  readonly qualifier: Qualifier | number;
  readonly partial: boolean;
  readonly rank: number | null;
  readonly change: number;
  /** The change is against a comparison value that covers only part of its period (比较期不完整). */
  readonly prevPartial?: boolean;
  /** Qualifier of the change (＞35 − 35 is more than 0). */
  readonly changeQualifier: Qualifier | number;
  /** Positive = moved up. */
  readonly rankChange: number | null;
  /** The rank in the comparison period (absent or null: not ranked then). */
  readonly prevRank?: number | null;
  /** The rank change rests on the unit's own ＞/＜ bound (placeRestsOnBound): it may not be real. */
  readonly rankBounded?: boolean;
  readonly isNew: boolean;
  readonly quartile: number | null;
  /** No residents or households to scale by (per capita): no value, and not for want of data (无基数). */
  readonly noBase?: boolean;
}

/** Before a rank change that rests on a bound (as ≈ before an approximate value). */
export const RANK_BOUNDED_MARK = '≈';

type RankChangeRow = Pick<LeagueRowLike, 'rank' | 'rankChange' | 'isNew' | 'rankBounded' | 'prevRank'>;

/** `↑3`, `↓1`, `新` (no rank last period), `持平`, or `—` (unranked now); `≈↓1` when it rests on a bound. */
export function rankChangeText(row: RankChangeRow, lang?: SpecLang): string {
  const w = chartWords(lang);
  if (row.rank === null) return '—';
  if (row.isNew) return w.rankNew;
  if (row.rankChange === null) return '—';
  const mark = row.rankBounded === true ? RANK_BOUNDED_MARK : '';
  if (row.rankChange > 0) return `${mark}↑${row.rankChange}`;
  if (row.rankChange < 0) return `${mark}↓${-row.rankChange}`;
  return `${mark}${w.rankSame}`;
}

/** Screen-reader words for the rank change. */
export function rankChangeLabel(row: RankChangeRow, lang?: SpecLang): string {
  const w = chartWords(lang);
  if (row.rank === null) return w.srUnranked;
  if (row.isNew) return w.srNew;
  // Ranked in both periods, but among too few units in one of them to compare places (rankChangeOf).
  if (row.rankChange === null) return row.prevRank != null ? w.srNotComparable : w.srNoPrevious;
  const bound = row.rankBounded === true ? w.srRankBounded : '';
  if (row.rankChange > 0) return w.srUp(row.rankChange) + bound;
  if (row.rankChange < 0) return w.srDown(-row.rankChange) + bound;
  return w.srSame + bound;
}

/** Quartile 1 = best quarter of the ranked units. */
export function quartileText(q: number | null, lang?: SpecLang): string {
  if (q === null || !Number.isFinite(q)) return '—';
  return chartWords(lang).quartiles[q - 1] ?? '—';
}

/** Value with its qualifier mark: `≈1,200`, `＞3,500`, `—` when missing. */
export function valueText(v: number, q: Qualifier | number, lang?: SpecLang): string {
  if (!Number.isFinite(v)) return '—';
  return `${qualifierMark(q).mark}${formatNumber(v, lang ?? 'zh')}`;
}

/** Signed change with its qualifier mark: `+12`, `−3`, `0`, `＞0`, `≈+12`, `—`. */
export function changeText(d: number, lang?: SpecLang, q: Qualifier | number = 'exact'): string {
  if (!Number.isFinite(d)) return '—';
  const mark = qualifierMark(q).mark;
  if (d === 0) return `${mark}0`;
  const s = formatNumber(Math.abs(d), lang ?? 'zh');
  return `${mark}${d > 0 ? '+' : '−'}${s}`;
}
