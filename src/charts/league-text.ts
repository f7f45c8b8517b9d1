/**
 * The words of a league table, shared by the on-screen table and its export, so both say the
 * same thing: rank change as text (↑3 / ↓1 / 新 / 持平 / —), never colour alone.
 */
import { formatNumber, qualifierMark } from '../analysis/format-number';
import type { Qualifier } from '../data/dataset';

/** The league row fields these texts use (structural, matches LeagueRow). */
export interface LeagueRowLike {
  readonly name: string;
  readonly parent: string;
  readonly value: number;
  readonly qualifier: Qualifier | number;
  readonly partial: boolean;
  readonly rank: number | null;
  readonly change: number;
  /** Positive = moved up. */
  readonly rankChange: number | null;
  readonly isNew: boolean;
  readonly quartile: number | null;
}

/** `↑3`, `↓1`, `新` (no rank last period), `持平`, or `—` (unranked now). */
export function rankChangeText(row: Pick<LeagueRowLike, 'rank' | 'rankChange' | 'isNew'>): string {
  if (row.rank === null) return '—';
  if (row.isNew) return '新';
  if (row.rankChange === null) return '—';
  if (row.rankChange > 0) return `↑${row.rankChange}`;
  if (row.rankChange < 0) return `↓${-row.rankChange}`;
  return '持平';
}

/** Screen-reader words for the rank change. */
export function rankChangeLabel(row: Pick<LeagueRowLike, 'rank' | 'rankChange' | 'isNew'>): string {
  if (row.rank === null) return '未排名';
  if (row.isNew) return '上期无排名';
  if (row.rankChange === null) return '无上期数据';
  if (row.rankChange > 0) return `上升${row.rankChange}名`;
  if (row.rankChange < 0) return `下降${-row.rankChange}名`;
  return '名次不变';
}

/** Quartile 1 = best quarter of the ranked units. */
export function quartileText(q: number | null): string {
  if (q === null || !Number.isFinite(q)) return '—';
  return ['前25%', '25%–50%', '50%–75%', '后25%'][q - 1] ?? '—';
}

/** Value with its qualifier mark: `≈1,200`, `＞3,500`, `—` when missing. */
export function valueText(v: number, q: Qualifier | number): string {
  if (!Number.isFinite(v)) return '—';
  return `${qualifierMark(q).mark}${formatNumber(v, 'zh')}`;
}

/** Signed change: `+12`, `−3`, `0`, `—`. */
export function changeText(d: number): string {
  if (!Number.isFinite(d)) return '—';
  if (d === 0) return '0';
  const s = formatNumber(Math.abs(d), 'zh');
  return d > 0 ? `+${s}` : `−${s}`;
}
