/**
 * One ChartSpec → one slide with a NATIVE chart (editable via 右键 → 编辑数据), not a picture, that
 * shows what the screen shows and nothing the slide does not draw:
 * - ranked bars beyond EXPORT_MAX_BARS keep their top and bottom with a `…（中间N个单位略）` row;
 * - every bar carries its value label as the screen writes it (`≈1.2万 ↑12`);
 * - median and mean are drawn: on horizontal bars as dashed/dotted line shapes at their values
 *   (the plot area and value axis are fixed, see pptx-bar-geometry.ts), on columns and lines as
 *   flat line series; the note names them with the screen's rounding;
 * - every category label is drawn (no skipping), at a size chosen from the number of bars.
 * Scatter charts and small multiples have slides of their own (pptx-scatter-slide.ts,
 * pptx-multiples-slide.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import { referenceText } from '../charts/spec-text';
import type { ChartSeries, ChartSpec } from '../charts/chart-spec';
import { barLabelText } from '../charts/bar-label-text';
import { exportBarSpec } from '../charts/export-bar-spec';
import { EXPORT_PALETTE, PPT_FONT } from './export-fonts';
import { BASE_TEXT, addNotes, addSlideFrame, footerText, type Box } from './pptx-layout';
import { referenceDash, referenceNote, qualifierNotes } from './chart-notes';
import { axisFormatCode, horizontalBarGeometry, valueX, type BarGeometry } from './pptx-bar-geometry';
import { specValueAxis } from '../charts/scale';
import type { SeriesPatch } from './pptx-chart-patch';
import type { DeckContext } from './pptx-deck-context';
import { addScatterSlide } from './pptx-scatter-slide';
import { addMultiplesSlides } from './pptx-multiples-slide';

type ChartData = PptxGenJS.OptsChartData;

/** pptxgenjs types say number[], but it writes null as an empty point (stripped later as a gap). */
export const withGaps = (values: readonly (number | null)[]): number[] => [...values] as number[];

/** Hex without `#`, upper case; the palette when absent. */
export const hex = (c: string | undefined, i: number): string =>
  (c ?? EXPORT_PALETTE[i % EXPORT_PALETTE.length] ?? '#0072B2').replace(/^#/, '').toUpperCase();

/** A reference line: label, value, colour. */
interface FlatReference { readonly label: string; readonly value: number; readonly color: string | undefined; readonly qualifier?: number }

const REFERENCE_COLORS = ['#555555', '#D55E00', '#009E73'] as const;

/** Reference lines from spec.references plus constant `reference` series; the rest are data. */
export function collectReferences(spec: ChartSpec): { refs: FlatReference[]; data: ChartSeries[]; varying: ChartSeries[] } {
  const refs: FlatReference[] = (spec.references ?? []).map((r) => ({ label: r.label, value: r.value, color: r.color, ...(r.qualifier !== undefined ? { qualifier: r.qualifier } : {}) }));
  const data: ChartSeries[] = [];
  const varying: ChartSeries[] = [];
  for (const s of spec.series) {
    const present = s.values.filter((v): v is number => v !== null);
    const first = present[0];
    if (s.reference === true && first !== undefined && present.every((v) => v === first)) refs.push({ label: s.name, value: first, color: s.color });
    else if (s.reference === true) varying.push(s);
    else data.push(s);
  }
  return { refs, data, varying };
}

/** The spec with its constant reference series moved into `references` (so the note names them). */
function withReferences(spec: ChartSpec, refs: readonly FlatReference[], series: readonly ChartSeries[]): ChartSpec {
  return { ...spec, series, references: refs.map((r) => ({ label: r.label, value: r.value, ...(r.color ? { color: r.color } : {}), ...(r.qualifier !== undefined ? { qualifier: r.qualifier } : {}) })) };
}

export const axisFonts = {
  catAxisLabelFontFace: PPT_FONT, valAxisLabelFontFace: PPT_FONT, legendFontFace: PPT_FONT,
  titleFontFace: PPT_FONT, dataLabelFontFace: PPT_FONT, catAxisTitleFontFace: PPT_FONT, valAxisTitleFontFace: PPT_FONT,
  catAxisLabelFontSize: 11, valAxisLabelFontSize: 11, legendFontSize: 12, valAxisTitleFontSize: 11,
} as const;

/** Value labels of each data series (bars), as the screen writes them. */
export function barLabelPatches(data: readonly ChartSeries[], lang: 'zh' | 'en' | undefined, size: number): SeriesPatch[] {
  return data.map((s, k) => {
    const labels = new Map<number, string>();
    s.values.forEach((v, i) => { if (v !== null) labels.set(i, barLabelText(v, s.marks?.[i], s.deltas?.[i], lang, s.deltaMarks?.[i])); });
    return { series: k, labels, labelPosition: 'outEnd', labelSize: size };
  });
}

/**
 * Dashed/dotted vertical lines with their labels under the plot (`labelled` false: lines only, named
 * in the slide's notes), for horizontal bars; drawn before the chart, so behind it.
 */
export function drawReferenceShapes(deck: DeckContext, slide: PptxGenJS.Slide, g: BarGeometry, spec: ChartSpec, refs: readonly FlatReference[], labelled = true): void {
  const order = refs.map((r, i) => ({ r, i })).sort((a, b) => a.r.value - b.r.value);
  order.forEach(({ r, i }, rank) => {
    const x = valueX(g, r.value);
    const color = hex(r.color ?? REFERENCE_COLORS[i % REFERENCE_COLORS.length], i);
    slide.addShape(deck.pptx.ShapeType.line, {
      x, y: g.plot.y, w: 0, h: g.plot.h + 0.08,
      line: { color, width: 1.5, dashType: referenceDash(i) },
    });
    if (!labelled) return;
    const text = referenceText(r, spec.lang, spec.unit);
    const left = rank === 0 && order.length > 1;
    const boxW = 2.2;
    slide.addText(text, {
      ...BASE_TEXT, x: left ? x - boxW - 0.04 : x + 0.04, y: g.plot.y + g.plot.h + 0.02, w: boxW, h: 0.22,
      fontSize: 10, color, align: left ? 'right' : 'left', valign: 'top', margin: 0,
    });
  });
}

function addHorizontalBars(deck: DeckContext, at: ReturnType<DeckContext['addSlide']>, body: Box, spec: ChartSpec, refs: readonly FlatReference[], data: readonly ChartSeries[]): void {
  const labels = [...spec.categories];
  const legend = data.length > 1;
  const g = horizontalBarGeometry(spec, body, { legend, axisTitle: spec.unit !== '' });
  const series: ChartData[] = data.map((s) => ({ name: s.name, labels, values: withGaps(s.values) }));
  // The lines go first, behind the chart (whose areas have no fill): bars and their value labels are
  // drawn over a line that crosses them, as over the grid, instead of struck through by it.
  drawReferenceShapes(deck, at.slide, g, spec, refs);
  deck.addChart(at, deck.pptx.ChartType.bar, series, {
    ...body, ...axisFonts,
    barDir: 'bar', barGapWidthPct: 50, chartColors: data.map((s, i) => hex(s.color, i)),
    catAxisOrientation: 'maxMin', valAxisLabelPos: 'low', catAxisLabelFrequency: '1', catAxisLabelFontSize: g.catFont,
    valAxisMinVal: g.min, valAxisMaxVal: g.max, valAxisMajorUnit: g.step, valAxisLabelFormatCode: axisFormatCode(g.min, g.max, g.step),
    layout: g.layout, displayBlanksAs: 'gap', showLegend: legend, legendPos: 'b',
    valGridLine: { color: 'E5E5E5', size: 0.5 }, catGridLine: { style: 'none' },
  } as unknown as PptxGenJS.IChartOpts, barLabelPatches(data, spec.lang, g.labelFont));
  // The unit goes in its own row under the reference labels (the geometry keeps it): a chart's
  // axis title is placed by each client, and LibreOffice put it just under the plot, over the
  // label of a mean near the axis's middle.
  if (spec.unit !== '') {
    at.slide.addText(spec.unit, {
      ...BASE_TEXT, x: g.plot.x, y: g.axisTitleY, w: g.plot.w, h: 0.24,
      fontSize: 11, align: 'center', valign: 'top', margin: 0,
    });
  }
}

function addColumnsOrLines(deck: DeckContext, at: ReturnType<DeckContext['addSlide']>, body: Box, spec: ChartSpec, refs: readonly FlatReference[], data: readonly ChartSeries[], varying: readonly ChartSeries[]): void {
  const labels = [...spec.categories];
  const isBar = spec.kind === 'bar';
  const n = Math.max(1, labels.length);
  const catFont = Math.max(7, Math.min(12, Math.floor((body.w * 72 * 0.85) / n / Math.max(1, Math.max(...labels.map((l) => l.length)) * 0.6))));
  const axis = specValueAxis(spec);
  const main: ChartData[] = data.map((s) => ({ name: s.name, labels, values: withGaps(s.values) }));
  const lines: ChartData[] = [
    ...varying.map((s) => ({ name: s.name, labels, values: withGaps(s.values) })),
    ...refs.map((r) => ({ name: r.label, labels, values: labels.map(() => r.value) })),
  ];
  const lineColors = [...varying.map((s, i) => hex(s.color ?? REFERENCE_COLORS[0], i)), ...refs.map((r, i) => hex(r.color ?? REFERENCE_COLORS[i % REFERENCE_COLORS.length], i))];
  const common = {
    ...body, ...axisFonts,
    displayBlanksAs: 'gap', showLegend: data.length + lines.length > 1, legendPos: 'b' as const,
    valAxisTitle: spec.unit, showValAxisTitle: spec.unit !== '',
    valGridLine: { color: 'E5E5E5', size: 0.5 }, catGridLine: { style: 'none' as const },
    catAxisLabelFrequency: '1', catAxisLabelFontSize: catFont,
    valAxisMinVal: axis.min, valAxisMaxVal: axis.max, valAxisMajorUnit: axis.step, valAxisLabelFormatCode: axisFormatCode(axis.min, axis.max, axis.step),
  };
  const colors = data.map((s, i) => hex(s.color, i));
  // Reference series follow the data series in the XML (bar group first, then the line group).
  const lineStyles: SeriesPatch[] = lines.map((_, j) => ({
    series: data.length + j,
    line: { color: lineColors[j]!, dash: j < varying.length ? 'dash' : referenceDash(j - varying.length), width: 1.5 },
  }));
  const patch = [...(isBar ? barLabelPatches(data, spec.lang, Math.min(10, catFont)) : []), ...lineStyles];
  const mainType = isBar ? deck.pptx.ChartType.bar : deck.pptx.ChartType.line;
  const mainOpts = isBar
    ? { barDir: 'col', barGapWidthPct: 60, chartColors: colors }
    : { lineSize: 2, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 6, chartColors: [...colors, ...lineColors] };
  if (lines.length === 0 || !isBar) {
    deck.addChart(at, mainType, [...main, ...(isBar ? [] : lines)], { ...common, ...mainOpts } as PptxGenJS.IChartOpts, patch);
    return;
  }
  deck.addChart(
    at,
    [
      { type: mainType, data: main, options: mainOpts as PptxGenJS.IChartOpts },
      { type: deck.pptx.ChartType.line, data: lines, options: { chartColors: lineColors, lineSize: 1.5, lineDataSymbol: 'none' } },
    ] as unknown as Parameters<DeckContext['addChart']>[1],
    // Multi-type charts take their options from the 3rd argument when the 2nd (data) is absent.
    undefined as unknown as [],
    common as PptxGenJS.IChartOpts,
    patch,
  );
}

/** Add the slide(s) of one chart spec. */
export function addChartSlide(deck: DeckContext, input: ChartSpec): void {
  if (input.panels !== undefined && input.panels.length > 0) { addMultiplesSlides(deck, input); return; }
  if (input.kind === 'scatter') { addScatterSlide(deck, input); return; }
  const trimmed = exportBarSpec(input);
  const { refs, data, varying } = collectReferences(trimmed);
  const spec = withReferences(trimmed, refs, [...data, ...varying]);
  const at = deck.addSlide();
  addSlideFrame(at.slide, { title: spec.title, subtitle: spec.subtitle, footer: footerText(spec.source, deck.date, spec.lang) });
  const ref = referenceNote(spec);
  const body = addNotes(at.slide, [...(ref === null ? [] : [ref]), ...qualifierNotes(spec)], spec.lang);
  if (spec.kind === 'bar' && spec.horizontal === true) addHorizontalBars(deck, at, body, spec, refs, data);
  else addColumnsOrLines(deck, at, body, spec, refs, data, varying);
}
