/** Linear scales and nice ticks for the hand-drawn charts (scatter, distribution strip). */
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
