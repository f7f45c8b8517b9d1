/**
 * A ranked bar chart with many categories, made fit for a slide or a 16:9 image. 154 bars squeezed
 * into one frame are unreadable, so the export shows the first and the last units with a
 * `…（中间N个单位略）` gap row between them and a note that says how many there are and where the
 * full list is (the league table). Only charts whose categories are in rank order (`ranked`) are
 * trimmed: for any other order "前15名/后15名" would be false. Pure.
 */
import type { ChartSeries, ChartSpec } from './chart-spec';
import { gapLabel } from './compare-bars-spec';
import { chartWords, countText } from './chart-words';
import { categoryMarks } from './unit-marks';

/** More categories than this and an export keeps only the first and last ones. */
export const EXPORT_MAX_BARS = 32;

/** Categories kept at each end: 15 for one series, 10 when each row has two bars or more. */
export function exportKeep(seriesCount: number): number {
  return seriesCount > 1 ? 10 : 15;
}

/** True when exportBarSpec would cut categories out of `spec`. */
export function needsExportTrim(spec: ChartSpec): boolean {
  return spec.kind === 'bar' && spec.ranked === true && spec.omitted === undefined
    && spec.categories.length > EXPORT_MAX_BARS;
}

function pick<T>(list: readonly T[] | undefined, rows: readonly (number | null)[], gap: T): T[] | undefined {
  return list === undefined ? undefined : rows.map((r) => (r === null ? gap : list[r] as T));
}

/** A spec's mark notes split by `keep(mark)`: those kept (by mark), and the texts of the others. */
function partitionMarkNotes(
  markNotes: ChartSpec['markNotes'], keep: (mark: string) => boolean,
): [Record<string, string>, ReadonlySet<string>] {
  const carried: Record<string, string> = {};
  const gone = new Set<string>();
  for (const [mark, note] of Object.entries(markNotes ?? {})) {
    if (keep(mark)) carried[mark] = note;
    else gone.add(note);
  }
  return [carried, gone];
}

/**
 * The note of an already trimmed spec, rewritten for a file: the screen's version points at the
 * distribution chart below it, which a slide does not have.
 */
function fileNotes(spec: ChartSpec): readonly string[] | undefined {
  if (spec.omitted === undefined || spec.notes === undefined) return spec.notes;
  const k = spec.categoryUnits?.indexOf(null) ?? -1;
  if (k < 0) return spec.notes;
  const w = chartWords(spec.lang);
  const total = countText(spec.categories.length - 1 + spec.omitted, spec.lang);
  const screen = w.noteTopBottom(total, k);
  return spec.notes.map((n) => (n === screen ? w.noteExportTrimmed(total, k) : n));
}

/**
 * `spec` with only the first and last `exportKeep` categories and a gap row between them, and the
 * note `共N个单位，仅显示前15名和后15名（完整名单见排行表）` first among the notes. A spec the
 * screen already trimmed keeps its rows and gets the file's wording of the note; any other spec
 * is returned unchanged.
 */
export function exportBarSpec(spec: ChartSpec): ChartSpec {
  if (!needsExportTrim(spec)) {
    const notes = fileNotes(spec);
    return notes === spec.notes ? spec : { ...spec, notes };
  }
  const n = spec.categories.length;
  const k = exportKeep(spec.series.length);
  const rows: (number | null)[] = [...Array.from({ length: k }, (_, i) => i), null, ...Array.from({ length: k }, (_, i) => n - k + i)];
  const series: ChartSeries[] = spec.series.map((s) => {
    const marks = pick(s.marks, rows, '');
    const partial = pick(s.partial, rows, false);
    const deltas = pick(s.deltas, rows, null);
    const deltaMarks = pick(s.deltaMarks, rows, '');
    return {
      ...s,
      values: pick(s.values, rows, null)!,
      ...(marks ? { marks } : {}),
      ...(partial ? { partial } : {}),
      ...(deltas ? { deltas } : {}),
      ...(deltaMarks ? { deltaMarks } : {}),
    };
  });
  const w = chartWords(spec.lang);
  const { markNotes, ...rest } = spec;
  // A mark's note on units that are no longer on the slide would explain nothing it shows.
  const kept = rows.flatMap((r) => (r === null ? [] : [categoryMarks(spec.categories[r]!)]));
  const [carried, gone] = partitionMarkNotes(markNotes, (mark) => kept.some((m) => m.includes(mark)));
  return {
    ...rest,
    categories: rows.map((r) => (r === null ? gapLabel(n - 2 * k, spec.lang) : spec.categories[r]!)),
    categoryUnits: rows.map((r) => (r === null ? null : spec.categoryUnits?.[r] ?? spec.categories[r]!)),
    series,
    omitted: n - 2 * k,
    notes: [w.noteExportTrimmed(countText(n, spec.lang), k), ...(spec.notes ?? []).filter((note) => !gone.has(note))],
    ...(Object.keys(carried).length > 0 ? { markNotes: carried } : {}),
  };
}
