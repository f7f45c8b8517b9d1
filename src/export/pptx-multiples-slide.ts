/**
 * Small multiples → slides holding a grid of small native bar charts, one per street, every one
 * on the same value axis (spec.panelDomain) with the overall median drawn at the same place; the
 * streets fill three columns per slide, each panel as tall as its rows need (packPanels). Never one flat chart: the
 * streets' bars are not in one rank order, so "top and bottom" of a flat list would be false.
 */
import type { ChartSpec } from '../charts/chart-spec';
import { exportBarSpec } from '../charts/export-bar-spec';
import { referenceNote, qualifierNotes } from './chart-notes';
import { exportWords } from './export-words';
import { BASE_TEXT, BODY, addNotes, addSlideFrame, bodyAbove, footerText } from './pptx-layout';
import { axisFormatCode, horizontalBarGeometry } from './pptx-bar-geometry';
import type { DeckContext } from './pptx-deck-context';
import { axisFonts, barLabelPatches, collectReferences, drawReferenceShapes, hex, withGaps } from './pptx-chart-slide';
import type PptxGenJS from 'pptxgenjs';

/** Rows of bars a panel draws (categories × bars per category). */
const barRows = (p: ChartSpec) => p.categories.length;
/** Inches a panel needs besides its rows: name, value ticks, reference labels. */
const PANEL_OVERHEAD = 0.82;
/** Inches per row: 10 pt, enough for 7 pt names. */
const ROW_IN = 10 / 72;
export const GRID_COLUMNS = 3;

/**
 * Panels in slide columns: each column stacks panels (in order) while their rows at 10 pt fit the
 * body height; GRID_COLUMNS columns make a slide. Returns slides → columns → panels.
 */
export function packPanels(panels: readonly ChartSpec[], height = BODY.h): ChartSpec[][][] {
  const slides: ChartSpec[][][] = [];
  let column: ChartSpec[] = [];
  let used = 0;
  const flush = () => {
    if (column.length === 0) return;
    const last = slides[slides.length - 1];
    if (last === undefined || last.length === GRID_COLUMNS) slides.push([column]);
    else last.push(column);
    column = [];
    used = 0;
  };
  for (const p of panels) {
    const need = PANEL_OVERHEAD + barRows(p) * ROW_IN;
    if (column.length > 0 && used + need > height) flush();
    column.push(p);
    used += need;
  }
  flush();
  return slides;
}

export function addMultiplesSlides(deck: DeckContext, spec: ChartSpec): void {
  const panels = (spec.panels ?? []).map(exportBarSpec);
  // The overall median is named once, here, not under each panel.
  const ref = referenceNote(spec);
  const notes = [...(ref === null ? [] : [ref]), ...qualifierNotes(spec)];
  const body = bodyAbove(notes, spec.lang);
  const pages = packPanels(panels, body.h);
  const w = exportWords(spec.lang);
  const gap = 0.25;
  const cellW = (body.w - gap * (GRID_COLUMNS - 1)) / GRID_COLUMNS;
  pages.forEach((columns, p) => {
    const at = deck.addSlide();
    addSlideFrame(at.slide, {
      title: spec.title,
      subtitle: `${spec.subtitle} · ${w.streetsPage(panels.length, p + 1, pages.length)}`,
      footer: footerText(spec.source, deck.date, spec.lang),
    });
    addNotes(at.slide, notes, spec.lang);
    columns.forEach((column, c) => {
      const cx = body.x + c * (cellW + gap);
      const rows = column.reduce((n, q) => n + barRows(q), 0);
      const perRow = (body.h - column.length * PANEL_OVERHEAD) / Math.max(1, rows);
      let cy = body.y;
      for (const panel of column) {
        const h = PANEL_OVERHEAD + barRows(panel) * perRow;
        addPanel(deck, at, spec, panel, { x: cx, y: cy, w: cellW, h });
        cy += h;
      }
    });
  });
}

function addPanel(deck: DeckContext, at: ReturnType<DeckContext['addSlide']>, spec: ChartSpec, panel: ChartSpec, cell: { x: number; y: number; w: number; h: number }): void {
  at.slide.addText(panel.title, { ...BASE_TEXT, x: cell.x, y: cell.y, w: cell.w, h: 0.26, fontSize: 12, bold: true, valign: 'middle', margin: 0 });
  const frame = { x: cell.x, y: cell.y + 0.26, w: cell.w, h: cell.h - 0.3 };
  const { refs, data } = collectReferences(panel);
  const g = horizontalBarGeometry(panel, frame, { legend: false, axisTitle: false, ...(spec.panelDomain ? { domain: spec.panelDomain } : {}) });
  drawReferenceShapes(deck, at.slide, g, panel, refs, false);
  deck.addChart(at, deck.pptx.ChartType.bar, data.map((s) => ({ name: s.name, labels: [...panel.categories], values: withGaps(s.values) })), {
    ...frame, ...axisFonts,
    barDir: 'bar', barGapWidthPct: 40, chartColors: data.map((s, i) => hex(s.color, i)),
    catAxisOrientation: 'maxMin', valAxisLabelPos: 'low', catAxisLabelFrequency: '1',
    catAxisLabelFontSize: g.catFont, valAxisLabelFontSize: 8,
    valAxisMinVal: g.min, valAxisMaxVal: g.max, valAxisMajorUnit: g.step, valAxisLabelFormatCode: axisFormatCode(g.min, g.max, g.step),
    layout: g.layout, displayBlanksAs: 'gap', showLegend: false,
    valGridLine: { color: 'E5E5E5', size: 0.5 }, catGridLine: { style: 'none' },
  } as unknown as PptxGenJS.IChartOpts, barLabelPatches(data, panel.lang, g.labelFont));
}
