/**
 * A scatter spec → one slide with a native scatter chart carrying what the screen draws: the
 * median of each axis as dashed quadrant lines, the least-squares trend as a dotted line, and the
 * outliers labelled with their names. pptxgenjs gives every Y series the same X list, so the lines'
 * end points are appended to that list and each line series is empty except at its own two points.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../charts/chart-spec';
import { niceTicks } from '../charts/scale';
import { fitLine } from '../charts/scatter-stats';
import { qualifierNotes } from './chart-notes';
import { exportWords } from './export-words';
import { addNotes, addSlideFrame, footerText } from './pptx-layout';
import { axisFormatCode } from './pptx-bar-geometry';
import type { SeriesPatch } from './pptx-chart-patch';
import type { DeckContext } from './pptx-deck-context';
import { axisFonts, hex } from './pptx-chart-slide';

const nulls = (n: number): null[] => Array.from({ length: n }, () => null);

/** The trend line's ends inside the plot box: x within [x0, x1], y within [y0, y1]; null when it misses. */
export function clipLine(fit: { slope: number; intercept: number }, x0: number, x1: number, y0: number, y1: number): [number, number, number, number] | null {
  let a = x0;
  let b = x1;
  if (fit.slope !== 0) {
    const xa = (y0 - fit.intercept) / fit.slope;
    const xb = (y1 - fit.intercept) / fit.slope;
    a = Math.max(a, Math.min(xa, xb));
    b = Math.min(b, Math.max(xa, xb));
  } else if (fit.intercept < y0 || fit.intercept > y1) return null;
  if (!(a < b)) return null;
  return [a, fit.intercept + fit.slope * a, b, fit.intercept + fit.slope * b];
}

export function addScatterSlide(deck: DeckContext, spec: ChartSpec): void {
  const w = exportWords(spec.lang);
  const at = deck.addSlide();
  addSlideFrame(at.slide, { title: spec.title, subtitle: spec.subtitle, footer: footerText(spec.source, deck.date, spec.lang) });
  const body = addNotes(at.slide, qualifierNotes({ ...spec, series: spec.series.slice(1) }), spec.lang);
  const xs = spec.series[0]?.values ?? [];
  const ys = spec.series[1]?.values ?? [];
  const pts: { i: number; x: number; y: number }[] = [];
  xs.forEach((x, i) => { const y = ys[i]; if (x !== null && y !== null && y !== undefined) pts.push({ i, x, y }); });
  const px = pts.map((p) => p.x);
  const py = pts.map((p) => p.y);
  // The same axes as the screen (SpecScatterChart): from 0 (or below) to a nice end.
  const xT = niceTicks(pts.length ? Math.min(0, ...px) : 0, pts.length ? Math.max(...px) : 1);
  const yT = niceTicks(pts.length ? Math.min(0, ...py) : 0, pts.length ? Math.max(...py) : 1);
  const [x0, x1] = xT.domain;
  const [y0, y1] = yT.domain;
  const meta = spec.scatter;
  const X: (number | null)[] = xs.map((x, i) => (ys[i] === null || ys[i] === undefined ? null : x));
  const seriesY: { name: string; values: (number | null)[]; patch: Omit<SeriesPatch, 'series'> }[] = [];
  const labels = new Map<number, string>();
  for (const i of meta?.labelled ?? []) if (X[i] !== null && X[i] !== undefined) labels.set(i, spec.categories[i] ?? '');
  seriesY.push({ name: w.scatterPoints, values: X.map((x, i) => (x === null ? null : ys[i] ?? null)), patch: { labels, labelPosition: 'r', labelSize: 10 } });
  const lines: { name: string; x: number[]; y: number[]; dash: 'dash' | 'sysDot'; color: string }[] = [];
  if (meta?.medianX !== undefined) lines.push({ name: w.medianOf(meta.xTitle), x: [meta.medianX, meta.medianX], y: [y0, y1], dash: 'dash', color: '555555' });
  if (meta?.medianY !== undefined) lines.push({ name: w.medianOf(meta.yTitle), x: [x0, x1], y: [meta.medianY, meta.medianY], dash: 'dash', color: '555555' });
  const fit = fitLine(px, py);
  const seg = fit ? clipLine(fit, x0, x1, y0, y1) : null;
  if (seg) lines.push({ name: w.trendLine, x: [seg[0], seg[2]], y: [seg[1], seg[3]], dash: 'sysDot', color: '777777' });
  const starts = lines.map((l) => { const start = X.length; X.push(...l.x); return start; });
  const total = X.length;
  const padTo = (vals: (number | null)[]) => [...vals, ...nulls(total - vals.length)];
  lines.forEach((l, j) => {
    seriesY.push({ name: l.name, values: [...nulls(starts[j]!), ...l.y], patch: { line: { color: l.color, dash: l.dash, width: 1.5 } } });
  });
  const data = [
    { name: meta?.xTitle ?? spec.series[0]?.name ?? '', values: X as number[] },
    ...seriesY.map((s) => ({ name: s.name, values: padTo(s.values) as number[] })),
  ];
  const patch: SeriesPatch[] = seriesY.map((s, k) => ({ series: k, ...s.patch }));
  const color = hex(spec.series[1]?.color, 0);
  deck.addChart(at, deck.pptx.ChartType.scatter, data, {
    ...body, ...axisFonts,
    lineSize: 0, lineDataSymbol: 'circle', lineDataSymbolSize: 7, displayBlanksAs: 'gap',
    chartColors: [color, '555555', '555555', '777777'],
    showLegend: true, legendPos: 'b',
    showCatAxisTitle: true, catAxisTitle: meta?.xTitle ?? '', showValAxisTitle: true, valAxisTitle: meta?.yTitle ?? spec.unit,
    catAxisMinVal: x0, catAxisMaxVal: x1, valAxisMinVal: y0, valAxisMaxVal: y1,
    valAxisMajorUnit: (yT.ticks[1] ?? 1) - (yT.ticks[0] ?? 0),
    catAxisLabelFormatCode: axisFormatCode(x0, x1, (xT.ticks[1] ?? 1) - (xT.ticks[0] ?? 0)),
    valAxisLabelFormatCode: axisFormatCode(y0, y1, (yT.ticks[1] ?? 1) - (yT.ticks[0] ?? 0)),
    valGridLine: { color: 'E5E5E5', size: 0.5 },
  } as PptxGenJS.IChartOpts, patch);
}
