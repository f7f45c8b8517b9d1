/**
 * One TableSpec → slides with NATIVE PowerPoint tables. A long table with few columns (a league
 * table) is laid out as two tables side by side, ROWS_PER_COLUMN rows each, so 154 units take 4
 * slides, not 11; a wide table is paged ROWS_PER_SLIDE rows a slide. Every page repeats the header
 * and says `（续）` and `第i/n页`. Signed changes read `+12` / `−3`, rank changes `↑3` / `↓1`, and
 * percentile columns are filled with the heatmap's colours, as on screen.
 */
import type PptxGenJS from 'pptxgenjs';
import type { TableSpec } from '../charts/chart-spec';
import { heatColour } from '../charts/heat-colour';
import { BASE_TEXT, BODY, SLIDE_H, addNotes, addSlideFrame, footerText } from './pptx-layout';
import { exportWords } from './export-words';
import { cellText } from './table-cell-text';
import type { DeckContext } from './pptx-deck-context';
import { textEms } from '../charts/label-placement';
import { columnEms, withoutEmptyColumns } from './table-fit';

/** Rows per slide of a wide table: 15 fit the wide layout at 12 pt with header and notes. */
export const ROWS_PER_SLIDE = 15;
/** Rows per table when two tables stand side by side (10 pt). */
export const ROWS_PER_COLUMN = 20;
/** Tables with at most this many columns go two to a slide. */
export const TWO_UP_MAX_COLUMNS = 8;

/** Split rows into pages; an empty table still gets one page (header only). */
export function pageRows<T>(rows: readonly T[], perPage: number): T[][] {
  if (perPage < 1) throw new Error(`rowsPerSlide must be ≥ 1, got ${perPage}`);
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  return pages.length === 0 ? [[]] : pages;
}

/** Text columns (names) get twice the width of numeric ones. */
export function columnWidths(spec: TableSpec, totalWidth: number): number[] {
  const weights = spec.columns.map((c) => (c.numeric === true ? 1 : 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (totalWidth * w) / sum);
}

/** Inches of cell padding left and right. */
const PAD_IN = 0.18;

/**
 * Column widths from the widest cell of each column, so no name wraps (a wrapped row is taller
 * than planned and pushes the table off the slide); headers may wrap. Above `width` the font
 * shrinks (not below 7 pt). Returns the widths, the font and how many lines the header needs.
 */
export function fitColumns(spec: TableSpec, width: number, fontSize: number): { widths: number[]; fontSize: number; headerLines: number } {
  const cellEms = columnEms(spec);
  const need = (pt: number) => cellEms.reduce((n, e) => n + (e * pt) / 72 + PAD_IN, 0);
  let pt = fontSize;
  while (pt > 7 && need(pt) > width) pt -= 0.5;
  const spare = Math.max(0, width - need(pt));
  const base = cellEms.map((e) => (e * pt) / 72 + PAD_IN);
  const sum = base.reduce((a, b) => a + b, 0);
  const widths = base.map((b) => b + (spare * b) / sum);
  const headerLines = Math.max(1, ...spec.columns.map((c, i) => Math.ceil((textEms(c.label) * pt) / 72 / Math.max(0.1, widths[i]! - PAD_IN))));
  return { widths, fontSize: pt, headerLines: Math.min(3, headerLines) };
}

const toHex = (css: string): string => {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(css);
  if (!m) return css.replace(/^#/, '').toUpperCase();
  return [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('').toUpperCase();
};

/** The header and the rows of `spec` at indices `rows`. */
function tableRows(spec: TableSpec, rows: readonly number[], fontSize: number): PptxGenJS.TableRow[] {
  const cellBase = { ...BASE_TEXT, fontSize, valign: 'middle' as const, margin: [1, 4, 1, 4] as [number, number, number, number] };
  const header: PptxGenJS.TableRow = spec.columns.map((c) => ({
    text: c.label,
    options: { ...cellBase, bold: true, fill: { color: 'EEF2F7' }, align: c.numeric === true ? 'right' as const : 'left' as const },
  }));
  const body: PptxGenJS.TableRow[] = rows.map((at, r) => spec.columns.map((c, i) => {
    const v = spec.rows[at]![i] ?? null;
    const heat = c.heat === true ? heatColour(typeof v === 'number' ? v / 100 : NaN) : null;
    return {
      text: cellText(v, c, spec.lang, at),
      options: {
        ...cellBase,
        align: c.numeric === true ? 'right' as const : 'left' as const,
        fill: { color: heat ? toHex(heat.background) : r % 2 === 1 ? 'F7F7F7' : 'FFFFFF' },
        ...(heat ? { color: toHex(heat.color) } : {}),
      },
    };
  }));
  return [header, ...body];
}

/** Add the table's slides; returns how many slides were added. */
export function addTableSlides(deck: DeckContext, input: TableSpec, rowsPerSlide = ROWS_PER_SLIDE): number {
  const spec = withoutEmptyColumns(input);
  const twoUp = spec.columns.length <= TWO_UP_MAX_COLUMNS && spec.rows.length > rowsPerSlide;
  const perSlide = twoUp ? 2 * ROWS_PER_COLUMN : rowsPerSlide;
  const pages = pageRows(spec.rows.map((_, i) => i), perSlide);
  const w = exportWords(spec.lang);
  const border = { type: 'solid' as const, pt: 0.5, color: 'CCCCCC' };
  pages.forEach((rows, pageIndex) => {
    const { slide } = deck.addSlide();
    const title = pageIndex === 0 ? spec.title : w.continued(spec.title);
    const pageInfo = pages.length > 1 ? w.page(pageIndex + 1, pages.length) : '';
    addSlideFrame(slide, { title, subtitle: `${spec.subtitle}${pageInfo}`, footer: footerText(spec.source, deck.date, spec.lang) });
    const gap = 0.3;
    const width = twoUp ? (BODY.w - gap) / 2 : BODY.w;
    const perTable = twoUp ? ROWS_PER_COLUMN : rowsPerSlide;
    const fit = fitColumns(spec, width, twoUp ? 10 : 12);
    const headerH = Math.max(0.3, (fit.headerLines * fit.fontSize * 1.25) / 72 + 0.06);
    const parts = twoUp ? [rows.slice(0, ROWS_PER_COLUMN), rows.slice(ROWS_PER_COLUMN)] : [rows];
    // The notes take what the table leaves: a row is no shorter than its text (a client grows it, and
    // the table then ran over the first notes), so a full page keeps its rows and the notes shrink.
    const tableNeeds = headerH + Math.max(...parts.map((p) => p.length)) * ((fit.fontSize * 1.2) / 72 + 0.08);
    const body = addNotes(slide, spec.notes ?? [], spec.lang, SLIDE_H - 0.5 - BODY.y - tableNeeds - 0.05);
    const rowH = Math.min(0.33, (body.h - headerH) / perTable);
    parts.forEach((part, k) => {
      if (part.length === 0 && k > 0) return;
      slide.addTable(tableRows(spec, part, fit.fontSize), {
        x: body.x + k * (width + gap), y: body.y, w: width, colW: fit.widths,
        rowH: [headerH, ...part.map(() => rowH)], border,
      });
    });
  });
  return pages.length;
}
