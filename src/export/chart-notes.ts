/**
 * The notes an exported chart prints under itself, the same for images and slides: which
 * reference lines are drawn and how (`参考线：中位数 18人（虚线），平均值 19.1人（点线）`, with the
 * screen's rounding), the spec's own notes, a note for gaps, and the list of approximate values.
 */
import { formatNumber } from '../analysis/format-number';
import type { ChartSpec } from '../charts/chart-spec';
import { referenceText } from '../charts/spec-text';
import { exportWords } from './export-words';

/** Dash of the i-th reference line: the first dashed, the others dotted (as on screen). */
export function referenceDash(i: number): 'dash' | 'sysDot' {
  return i === 0 ? 'dash' : 'sysDot';
}

/** `参考线：中位数 18人（虚线），平均值 19.1人（点线）`, or null when the spec has none. */
export function referenceNote(spec: ChartSpec): string | null {
  const refs = spec.references ?? [];
  if (refs.length === 0) return null;
  const w = exportWords(spec.lang);
  const list = refs.map((r, i) => `${referenceText(r, spec.lang, spec.unit)}${w.lineStyle(referenceDash(i) === 'dash')}`);
  return w.references(list.join(w.listSep));
}

/** A value as the notes write it: the screen's rounding (`19.1`, `1,568`). */
export function noteNumber(v: number, lang?: 'zh' | 'en'): string {
  return formatNumber(v, lang ?? 'zh');
}

/** The spec's notes, then a gap note when a data series has a missing point, then the qualified values. */
export function qualifierNotes(spec: ChartSpec): string[] {
  const notes = [...(spec.notes ?? [])];
  const w = exportWords(spec.lang);
  const marked: string[] = [];
  for (const s of spec.series) {
    s.marks?.forEach((m, i) => {
      const v = s.values[i];
      if (m !== '' && v !== null && v !== undefined) {
        const who = spec.kind === 'scatter' ? (spec.categories[i] ?? '') : `${spec.categories[i] ?? ''}${spec.series.length > 1 ? w.seriesIn(s.name) : ''}`;
        marked.push(`${who} ${m}${noteNumber(v, spec.lang)}`);
      }
    });
  }
  const gapRow = (i: number) => spec.categoryUnits?.[i] === null;
  const hasGap = spec.series.some((s) => s.reference !== true && s.values.some((v, i) => v === null && !gapRow(i)));
  if (hasGap) notes.push(w.gapNote);
  if (marked.length > 0) notes.push(w.qualifiedNote(marked.slice(0, 8).join(w.qualifiedSep), marked.length));
  return notes;
}
