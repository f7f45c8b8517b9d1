/**
 * Linear scales and nice ticks for the hand-drawn charts (scatter, distribution strip), the value
 * axis of a chart spec (the page's line chart and the slides' native charts read the same one),
 * and how an axis writes its tick numbers (tickForm: the page and the slides alike).
 */
import { formatNumber, type Lang } from '../analysis/format-number';
import type { ChartSpec } from './chart-spec';
import { niceStep } from './distribution-spec';

/** About `count` round tick values covering [lo, hi], and the widened domain they span. */
export function niceTicks(lo: number, hi: number, count = 6): { ticks: number[]; domain: [number, number] } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { ticks: [0, 1], domain: [0, 1] };
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceTicks(lo - pad, hi + pad, count);
  }
  const step = niceStep((hi - lo) / Math.max(1, count - 1));
  // Rounded to the step's decimals so 0.1 + 0.2 does not print as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const round = (v: number) => Number(v.toFixed(decimals));
  const start = round(Math.floor(lo / step) * step);
  const end = round(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step / 2; i++) ticks.push(round(start + i * step));
  return { ticks, domain: [start, end] };
}

/** Maps [d0, d1] onto [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** The value axis of a spec: nice ends covering 0, every value and every reference line (and `domain`, when given). */
export function specValueAxis(spec: ChartSpec, domain?: readonly [number, number]): { min: number; max: number; step: number; ticks: readonly number[] } {
  let lo = 0;
  let hi = 0;
  for (const s of spec.series) for (const v of s.values) if (v !== null && Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  for (const r of spec.references ?? []) if (Number.isFinite(r.value)) { lo = Math.min(lo, r.value); hi = Math.max(hi, r.value); }
  if (domain !== undefined) { lo = Math.min(lo, domain[0]); hi = Math.max(hi, domain[1]); }
  const t = niceTicks(lo, hi === lo ? lo + 1 : hi, 6);
  const step = t.ticks.length > 1 ? t.ticks[1]! - t.ticks[0]! : 1;
  return { min: t.domain[0], max: t.domain[1], step, ticks: t.ticks };
}

/**
 * How an axis writes its ticks, from their range and step: in 万 when they reach 10,000 in steps
 * of 1,000 or more (one decimal unless the step is whole 万), else with as many decimals as the
 * step needs (0.05 apart: 0.00, 0.05, 0.10), so no two ticks read alike. The page's tick text
 * (tickText) and the slides' number format (axisFormatCode) both follow it; a slide's 万 keeps one
 * decimal always (Excel's format scales by thousands, and writes 万 by a point before the last digit).
 */
export interface TickForm {
  readonly wan: boolean;
  readonly decimals: number;
}

export function tickForm(min: number, max: number, step: number): TickForm {
  if (Math.max(Math.abs(min), Math.abs(max)) >= 1e4 && step >= 1000) return { wan: true, decimals: step % 1e4 === 0 ? 0 : 1 };
  return { wan: false, decimals: Math.max(0, Math.min(4, -Math.floor(Math.log10(step) + 1e-9))) };
}

/** How ticks at these values are written (tickForm from their ends and step). */
export function tickFormOf(ticks: readonly number[]): TickForm {
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  return tickForm(ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0, step);
}

/** A tick's number as `form` writes it (`1.5万`, `2万`, `0.05`, `1,200`; zero as `0`); in English a 万 axis is written 15K. */
export function tickText(v: number, lang: Lang, form: TickForm): string {
  if (!form.wan) return formatNumber(v, lang, { digits: form.decimals, fixed: true });
  if (v === 0) return '0';
  return lang === 'zh' ? `${formatNumber(v / 1e4, lang, { digits: form.decimals, fixed: true })}万` : formatNumber(v, lang, { compact: true, digits: form.decimals });
}
