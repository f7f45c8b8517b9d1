/**
 * One ChartSpec → one slide with a NATIVE chart (editable via 右键 → 编辑数据), not a picture.
 * bar → BAR (col, or bar when spec.horizontal), line → LINE, scatter → SCATTER without joins.
 * Reference lines (median/mean) are always written into the subtitle with their values; on column
 * and line charts they are also drawn as dashed flat line series, which PowerPoint can show natively.
 * Horizontal bars cannot carry a vertical line series, so there the subtitle is the only marker.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartSeries, ChartSpec } from '../charts/chart-spec';
import { EXPORT_PALETTE, PPT_FONT } from './export-fonts';
import { BODY, addNotes, addSlideFrame, footerText } from './pptx-layout';
import { exportWords } from './export-words';

type PptxModule = PptxGenJS;
type ChartData = PptxGenJS.OptsChartData;

/** pptxgenjs types say number[], but it writes null as an empty point (stripped later as a gap). */
const withGaps = (values: readonly (number | null)[]): number[] => [...values] as number[];

/** A reference drawn as a flat series: label, value, colour. */
interface FlatReference { readonly label: string; readonly value: number; readonly color: string | undefined }

const hex = (c: string | undefined, i: number): string =>
  (c ?? EXPORT_PALETTE[i % EXPORT_PALETTE.length] ?? '#0072B2').replace(/^#/, '').toUpperCase();

/** Dark grey for the first reference (median), vermilion for the second (mean), then green. */
const REFERENCE_COLORS = ['#333333', '#D55E00', '#009E73'] as const;

const fmt = (v: number, lang?: 'zh' | 'en'): string => v.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });

/** Reference lines from spec.references plus constant `reference` series. */
export function collectReferences(spec: ChartSpec): { refs: FlatReference[]; data: ChartSeries[] } {
  const refs: FlatReference[] = (spec.references ?? []).map((r) => ({ label: r.label, value: r.value, color: r.color }));
  const data: ChartSeries[] = [];
  for (const s of spec.series) {
    const present = s.values.filter((v): v is number => v !== null);
    const first = present[0];
    if (s.reference === true && first !== undefined && present.every((v) => v === first)) {
      refs.push({ label: s.name, value: first, color: s.color });
    } else {
      data.push(s);
    }
  }
  return { refs, data };
}

/** Footnotes: the spec's own, plus a list of qualified (≈, ＞, ＜) points so nothing looks exact by accident. */
export function qualifierNotes(spec: ChartSpec): string[] {
  const notes = [...(spec.notes ?? [])];
  const w = exportWords(spec.lang);
  const marked: string[] = [];
  for (const s of spec.series) {
    s.marks?.forEach((m, i) => {
      const v = s.values[i];
      if (m !== '' && v !== null && v !== undefined) {
        const who = spec.kind === 'scatter' ? (spec.categories[i] ?? '') : `${spec.categories[i] ?? ''}${spec.series.length > 1 ? w.seriesIn(s.name) : ''}`;
        marked.push(`${who} ${m}${fmt(v, spec.lang)}`);
      }
    });
  }
  const hasGap = spec.series.some((s) => s.reference !== true && s.values.some((v) => v === null));
  if (hasGap) notes.push(w.gapNote);
  if (marked.length > 0) notes.push(w.qualifiedNote(marked.slice(0, 8).join(w.qualifiedSep), marked.length));
  return notes;
}

function subtitleWithReferences(spec: ChartSpec, refs: readonly FlatReference[]): string {
  const parts = [spec.subtitle];
  const w = exportWords(spec.lang);
  const unit = spec.lang === 'en' && spec.unit !== '' && spec.unit !== '%' ? ` ${spec.unit}` : spec.unit;
  if (refs.length > 0) parts.push(w.references(refs.map((r) => `${r.label} ${fmt(r.value, spec.lang)}${unit}`).join(w.listSep)));
  return parts.filter((p) => p !== '').join('　');
}

const axisFonts = {
  catAxisLabelFontFace: PPT_FONT, valAxisLabelFontFace: PPT_FONT, legendFontFace: PPT_FONT,
  titleFontFace: PPT_FONT, dataLabelFontFace: PPT_FONT, catAxisTitleFontFace: PPT_FONT, valAxisTitleFontFace: PPT_FONT,
  catAxisLabelFontSize: 11, valAxisLabelFontSize: 11, legendFontSize: 12, valAxisTitleFontSize: 11,
} as const;

/** Add one chart slide to `pptx`. */
export function addChartSlide(pptx: PptxModule, spec: ChartSpec, date: string): void {
  const slide = pptx.addSlide();
  const { refs, data } = collectReferences(spec);
  addSlideFrame(slide, { title: spec.title, subtitle: subtitleWithReferences(spec, refs), footer: footerText(spec.source, date, spec.lang) });
  const notes = qualifierNotes(spec);
  addNotes(slide, notes, spec.lang);
  const labels = [...spec.categories];
  const showLegend = data.length > 1 || refs.length > 0;
  const common = {
    ...BODY, ...axisFonts,
    displayBlanksAs: 'gap',
    showLegend, legendPos: 'b' as const,
    valAxisTitle: spec.unit, showValAxisTitle: spec.unit !== '',
    valGridLine: { color: 'E5E5E5', size: 0.5 },
    catGridLine: { style: 'none' as const },
    valAxisLabelFormatCode: '#,##0.##',
  };
  const series: ChartData[] = data.map((s) => ({ name: s.name, labels, values: withGaps(s.values) }));
  const colors = data.map((s, i) => hex(s.color, i));

  if (spec.kind === 'scatter') {
    // pptxgenjs convention: the first series holds the X values, the rest are Y series.
    slide.addChart(pptx.ChartType.scatter, series, {
      ...common, lineSize: 0, lineDataSymbol: 'circle', lineDataSymbolSize: 7,
      chartColors: colors.slice(1), showLegend: data.length > 2,
      showCatAxisTitle: true, catAxisTitle: spec.scatter?.xTitle ?? data[0]?.name ?? '',
      valAxisTitle: spec.scatter?.yTitle ?? spec.unit, showValAxisTitle: true,
    });
    return;
  }

  const refSeries: ChartData[] = refs.map((r) => ({ name: r.label, labels, values: labels.map(() => r.value) }));
  const refColors = refs.map((r, i) => hex(r.color ?? REFERENCE_COLORS[i % REFERENCE_COLORS.length], i));
  const isBar = spec.kind === 'bar';
  const horizontal = isBar && spec.horizontal === true;
  const mainType = isBar ? pptx.ChartType.bar : pptx.ChartType.line;
  const mainOpts = isBar
    ? { barDir: horizontal ? 'bar' : 'col', barGapWidthPct: 60, chartColors: colors }
    : { lineSize: 2, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 6, chartColors: colors };
  // Horizontal bars list the first category at the bottom by default; flip so row 1 is on top.
  const orient = horizontal ? { catAxisOrientation: 'maxMin' as const, valAxisLabelPos: 'low' as const } : {};

  if (refSeries.length === 0 || horizontal) {
    slide.addChart(mainType, series, { ...common, ...orient, ...mainOpts } as PptxGenJS.IChartOpts);
    return;
  }
  slide.addChart(
    [
      { type: mainType, data: series, options: mainOpts as PptxGenJS.IChartOpts },
      { type: pptx.ChartType.line, data: refSeries, options: { chartColors: refColors, lineDash: 'dash', lineSize: 1.5, lineDataSymbol: 'none' } },
    ],
    // Multi-type charts take their options from the 3rd argument when the 2nd (data) is absent.
    undefined as unknown as [],
    common as PptxGenJS.IChartOpts,
  );
}
