/**
 * Checks subtotal rows (合计/小计/总计/全镇) against the sum of the rows they cover. A 小计 or
 * `东湖街道合计` covers the rows since the previous subtotal of the same metric and period; a
 * 合计/总计/全街道 covers every unit row so far. Only exact values are checked: a 余/约 value or a
 * missing cell makes the sum unknowable, so no warning is raised then.
 */

/** Subtotal labels in a unit (or street) cell. `其中` starts a breakdown, not a total. */
const GRAND_TOTAL = /^(合计|总计|全街道|全镇|全乡|全区|汇总|总数|全部)[:：]?$/;
const SUBTOTAL = /(合计|小计|总计)[:：]?$|^(小计|合计|总计)/;
const BREAKDOWN = /^其中[:：]?/;

export type SubtotalKind = 'total' | 'segment' | 'breakdown';

/** Kind of subtotal row a label marks, or null for an ordinary unit name. */
export function subtotalKind(label: string): SubtotalKind | null {
  const t = label.replace(/\s+/g, '');
  if (t === '') return null;
  if (BREAKDOWN.test(t)) return 'breakdown';
  if (GRAND_TOTAL.test(t)) return 'total';
  if (SUBTOTAL.test(t)) return 'segment';
  return null;
}

interface Sum {
  sum: number;
  exact: boolean;
  rows: number;
  firstLine: number;
}

export interface SubtotalMismatch {
  readonly expected: number;
  readonly rows: number;
  readonly firstLine: number;
}

const EXACT = 0; // QUALIFIER_CODE.exact

/** Sums by metric then period: plain arrays, since a long file adds to them on every row. */
type Sums = (Sum | undefined)[][];

function addTo(sums: Sums, metric: number, period: number, value: number, qualifier: number, line: number): void {
  const byPeriod = sums[metric] ?? (sums[metric] = []);
  let s = byPeriod[period];
  if (!s) { s = { sum: 0, exact: true, rows: 0, firstLine: line }; byPeriod[period] = s; }
  if (qualifier !== EXACT || Number.isNaN(value)) s.exact = false;
  else s.sum += value;
  s.rows++;
}

export class SubtotalChecker {
  private readonly segment: Sums = [];
  private readonly total: Sums = [];

  /** Adds an ordinary unit row's value for (metric, period), both small non-negative codes. */
  add(metric: number, period: number, value: number, qualifier: number, line: number): void {
    addTo(this.segment, metric, period, value, qualifier, line);
    addTo(this.total, metric, period, value, qualifier, line);
  }

  /**
   * Compares a subtotal value with the sum it covers; returns the mismatch or null. A segment
   * subtotal then starts a new segment for that key.
   */
  check(kind: 'total' | 'segment', metric: number, period: number, value: number, qualifier: number): SubtotalMismatch | null {
    const s = (kind === 'segment' ? this.segment : this.total)[metric]?.[period];
    if (kind === 'segment' && s) this.segment[metric]![period] = undefined;
    if (!s || s.rows === 0 || !s.exact || qualifier !== EXACT || Number.isNaN(value)) return null;
    const expected = Math.round(s.sum * 1e6) / 1e6;
    if (Math.abs(expected - value) <= 1e-6 * Math.max(1, Math.abs(expected))) return null;
    return { expected, rows: s.rows, firstLine: s.firstLine };
  }
}
