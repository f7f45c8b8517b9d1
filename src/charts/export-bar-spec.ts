/**
 * A bar chart with many categories, made fit for a 16:9 image. 154 bars squeezed into a 1920×1080
 * frame are unreadable (each row a couple of pixels), so the exported image shows the first and
 * the last units with a `⋯` gap row between them and a note that says how many there are and
 * where the full list is (the league table). Same choice as the on-screen city-scale chart: a
 * slide is read from across a room, and who leads and who lags is what it is for. Pure.
 */
import type { ChartSeries, ChartSpec } from './chart-spec';
import { gapLabel } from './compare-bars-spec';
import { chartWords, countText } from './chart-words';

/** More categories than this and an exported image keeps only the first and last ones. */
export const EXPORT_MAX_BARS = 40;

/** Categories kept at each end: 15 for one series, 10 when each row has two bars or more. */
export function exportKeep(seriesCount: number): number {
  return seriesCount > 1 ? 10 : 15;
}

/** True when exportBarSpec would change `spec` (so the image must be drawn again, off-screen). */
export function needsExportTrim(spec: ChartSpec): boolean {
  return spec.kind === 'bar' && spec.categories.length > EXPORT_MAX_BARS
    && !(spec.categoryUnits ?? []).includes(null); // already trimmed (a gap row): leave it
}

function pick<T>(list: readonly T[] | undefined, rows: readonly (number | null)[], gap: T): T[] | undefined {
  return list === undefined ? undefined : rows.map((r) => (r === null ? gap : list[r] as T));
}

/**
 * `spec` with only the first and last `exportKeep` categories and a gap row between them, and the
 * note `共N个单位，仅显示前15名和后15名（完整名单见排行表）` first among the notes. Unchanged when
 * needsExportTrim is false. Categories are taken in the spec's order (the compare charts are
 * sorted best → worst, so these are the top and the bottom).
 */
export function exportBarSpec(spec: ChartSpec): ChartSpec {
  if (!needsExportTrim(spec)) return spec;
  const n = spec.categories.length;
  const k = exportKeep(spec.series.length);
  const rows: (number | null)[] = [...Array.from({ length: k }, (_, i) => i), null, ...Array.from({ length: k }, (_, i) => n - k + i)];
  const series: ChartSeries[] = spec.series.map((s) => {
    const marks = pick(s.marks, rows, '');
    const partial = pick(s.partial, rows, false);
    const deltas = pick(s.deltas, rows, null);
    return {
      ...s,
      values: pick(s.values, rows, null)!,
      ...(marks ? { marks } : {}),
      ...(partial ? { partial } : {}),
      ...(deltas ? { deltas } : {}),
    };
  });
  const w = chartWords(spec.lang);
  return {
    ...spec,
    categories: rows.map((r) => (r === null ? gapLabel(n - 2 * k, spec.lang) : spec.categories[r]!)),
    categoryUnits: rows.map((r) => (r === null ? null : spec.categoryUnits?.[r] ?? spec.categories[r]!)),
    series,
    notes: [w.noteExportTrimmed(countText(n, spec.lang), k), ...(spec.notes ?? [])],
  };
}
