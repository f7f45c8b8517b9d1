/**
 * The distribution of a metric over every unit in scope, as a histogram: at city scale the compare
 * chart shows only the first and last units, and this shows where everyone else lies, in ~30
 * marks however many units there are.
 */
import { formatNumber } from '../analysis/format-number';
import { median } from '../analysis/statistics-basics';
import type { ChartSpec } from './chart-spec';
import type { CompareSpecContext } from './compare-chart-spec';
import { SERIES_PALETTE } from './palette';
import { chartWords, countText, metricName } from './chart-words';
import type { SpecLang } from './chart-spec';
import { parentText, perText, valueUnit } from './spec-text';

export interface HistogramBin {
  /** Lower edge (inclusive). */
  readonly lo: number;
  /** Upper edge (exclusive, except the last bin, which includes its upper edge). */
  readonly hi: number;
  readonly count: number;
}

/** A "nice" step ≥ raw: 1, 2, 2.5 or 5 × 10^k. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  const m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return m * pow;
}

/**
 * Equal-width bins with nice edges covering the finite values (NaN ignored), at most `maxBins`
 * (fewer when the nice step is wider). Every value equal → one bin [v, v]. No values → [].
 */
export function histogramBins(values: ArrayLike<number>, maxBins = 30): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return [];
  if (min === max) {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) n++;
    return [{ lo: min, hi: max, count: n }];
  }
  const step = niceStep((max - min) / maxBins);
  const start = Math.floor(min / step) * step;
  let count = Math.max(1, Math.ceil((max - start) / step));
  if (start + count * step <= max) count++; // max sits exactly on an edge of a half-open bin
  const bins = Array.from({ length: count }, (_, i) => ({ lo: start + i * step, hi: start + (i + 1) * step, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const b = Math.min(count - 1, Math.floor((v - start) / step));
    bins[b]!.count++;
  }
  return bins;
}

const short = (v: number, lang?: SpecLang) => formatNumber(v, lang ?? 'zh', { compact: true, digits: 2 });

/**
 * The histogram as a column chart spec (one column per bin, the count of units in it). `med` is
 * the values' median when the caller has it already (compareUnits does: no second sort).
 */
export function buildDistributionSpec(
  values: ArrayLike<number>, ctx: CompareSpecContext, maxBins = 30, med = median(values),
): ChartSpec & { bins: HistogramBin[] } {
  const bins = histogramBins(values, maxBins);
  const { lang } = ctx;
  const w = chartWords(lang);
  const unit = valueUnit(ctx.metric, ctx.per, lang);
  const n = bins.reduce((s, b) => s + b.count, 0);
  return {
    kind: 'bar',
    ...(lang ? { lang } : {}),
    horizontal: false,
    title: w.distributionTitle(metricName(ctx.metric, lang), countText(n, lang)),
    subtitle: w.subtitle(ctx.periodLabel, parentText(ctx.parent, lang), perText(ctx.per, lang), unit || w.noUnit),
    source: ctx.source,
    categories: bins.map((b) => (b.lo === b.hi ? short(b.lo, lang) : `${short(b.lo, lang)}–${short(b.hi, lang)}`)),
    series: [{ name: w.unitCount, values: bins.map((b) => b.count), color: SERIES_PALETTE[0] }],
    unit: w.unitCountUnit,
    notes: Number.isFinite(med) ? [w.noteBins(formatNumber(med, lang ?? 'zh', { unit }))] : [],
    bins,
  };
}
