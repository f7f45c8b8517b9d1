/**
 * 分街道显示: one small bar chart per street/town, all on the same value scale so bars can be
 * compared across panels, each with the overall median as a dashed line. Streets are ordered by
 * their median, best first (lower-is-better metrics ascending), so the lagging street is last.
 */
import { referenceItems } from '../analysis/compare-units';
import type { Direction } from '../data/vocabulary/metric-catalog';
import { median } from '../analysis/statistics-basics';
import { ZH_COLLATOR } from '../analysis/unit-scope';
import type { ChartSpec } from './chart-spec';
import { buildCompareBarsSpec, type CompareBarItem, type CompareBarsResult, type OtherPeriod } from './compare-bars-spec';
import type { CompareSpecContext } from './compare-chart-spec';
import { REFERENCE_COLOR } from './palette';
import { niceTicks } from './scale';
import { chartWords, metricName } from './chart-words';

export interface SmallMultiple {
  readonly parent: string;
  /** Units of this street with a value. */
  readonly count: number;
  /** The street's median (NaN when none). */
  readonly median: number;
  readonly spec: ChartSpec;
}

export interface SmallMultiples {
  readonly panels: readonly SmallMultiple[];
  /** The shared value axis [min, max] (min ≤ 0 ≤ max, rounded out to nice ticks), over both periods. */
  readonly domain: readonly [number, number];
  /** Every panel's bars in one spec, streets in panel order, for export (PNG/PPTX). */
  readonly combined: ChartSpec;
}

export function buildSmallMultiples(
  result: CompareBarsResult, ctx: CompareSpecContext & { direction: Direction }, other?: OtherPeriod,
): SmallMultiples {
  const groups = new Map<string, CompareBarItem[]>();
  for (const it of result.items) {
    const list = groups.get(it.parent) ?? [];
    list.push(it); // stays in compareUnits' best → worst order
    groups.set(it.parent, list);
  }
  const overall = result.median;
  const w = chartWords(ctx.lang);
  const q = result.medianQualifier ?? 0;
  const refs = Number.isFinite(overall)
    ? [{ label: ctx.parent === '' ? w.overallMedian : w.median, value: overall, color: REFERENCE_COLOR, ...(q !== 0 ? { qualifier: q } : {}) }]
    : [];
  const sign = ctx.direction === 'lower' ? 1 : -1;
  let streetLeftOut = false;
  const panels = [...groups].map(([parent, items]) => {
    const ref = referenceItems(items);
    const med = median(ref.map((i) => i.value));
    if (ref.length < items.length) streetLeftOut = true;
    // A panel has no notes of its own: what they would say (its median counts complete units only,
    // * marks partial ones) is true of every panel, and the chart says it once (combined).
    const { markNotes: _markNotes, ...bars } = buildCompareBarsSpec(
      { items, missing: [], median: med, mean: NaN, referencePartialLeftOut: items.length - ref.length },
      { ...ctx, parent },
      { other, title: parent === '' ? w.noParent : parent, references: refs },
    );
    const spec: ChartSpec = { ...bars, notes: [] };
    return { parent, count: items.length, median: med, spec };
  }).sort((a, b) => sign * (a.median - b.median) || ZH_COLLATOR.compare(a.parent, b.parent));
  let lo = 0;
  let hi = 0;
  for (const it of result.items) { lo = Math.min(lo, it.value); hi = Math.max(hi, it.value); }
  if (other) for (const { value } of other.values.values()) if (Number.isFinite(value)) { lo = Math.min(lo, value); hi = Math.max(hi, value); }
  if (Number.isFinite(overall)) hi = Math.max(hi, overall);
  const ordered = panels.flatMap((p) => p.spec.categoryUnits === undefined ? [] : p.spec.categoryUnits.map((_, i) => ({ p, i })));
  const first = panels[0]?.spec;
  // Round ends (0–140 rather than 0–138), the same for every panel.
  const nice = niceTicks(lo, hi, 5).domain;
  const domain: [number, number] = [Math.min(0, nice[0]), nice[1]];
  const combined: ChartSpec = {
    // The lines the panels draw (the overall median), so the notes and the exported picture name no
    // other; the note on what the medians leave out names the street medians (headings, order) too.
    ...buildCompareBarsSpec(result, ctx, { other, references: refs, ...(streetLeftOut ? { alsoComplete: [w.streetMedians] } : {}) }),
    // Street by street, not in rank order: never cut to a "top and bottom".
    ranked: false,
    panels: panels.map((p) => p.spec),
    panelDomain: domain,
    title: w.streetsTitle(ctx.parent, metricName(ctx.metric, ctx.lang)),
    categories: ordered.map(({ p, i }) => w.streetCategory(p.parent || w.noParentShort, p.spec.categories[i] ?? '')),
    categoryUnits: ordered.map(({ p, i }) => p.spec.categoryUnits?.[i] ?? null),
    series: (first?.series ?? []).map((s, k) => ({
      ...s,
      values: ordered.map(({ p, i }) => p.spec.series[k]?.values[i] ?? null),
      marks: ordered.map(({ p, i }) => p.spec.series[k]?.marks?.[i] ?? ''),
      deltas: s.deltas ? ordered.map(({ p, i }) => p.spec.series[k]?.deltas?.[i] ?? null) : undefined,
      deltaMarks: s.deltaMarks ? ordered.map(({ p, i }) => p.spec.series[k]?.deltaMarks?.[i] ?? '') : undefined,
    })),
  };
  return { panels, domain, combined };
}
