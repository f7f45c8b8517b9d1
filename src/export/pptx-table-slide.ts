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
import { BASE_TEXT, BODY, addNotes, addSlideFrame, footerText } from './pptx-layout';
import { exportWords } from './export-words';
import { cellText } from './table-cell-text';
import type { DeckContext } from './pptx-deck-context';

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

const toHex = (css: string): string => {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(css);
  if (!m) return css.replace(/^#/, '').toUpperCase();
  return [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('').toUpperCase();
};

function tableRows(spec: TableSpec, rows: readonly TableSpec['rows'][number][], fontSize: number): PptxGenJS.TableRow[] {
  const cellBase = { ...BASE_TEXT, fontSize, valign: 'middle' as const, margin: [1, 4, 1, 4] as [number, number, number, number] };
  const header: PptxGenJS.TableRow = spec.columns.map((c) => ({
    text: c.label,
    options: { ...cellBase, bold: true, fill: { color: 'EEF2F7' }, align: c.numeric === true ? 'right' as const : 'left' as const },
  }));
  const body: PptxGenJS.TableRow[] = rows.map((row, r) => spec.columns.map((c, i) => {
    const v = row[i] ?? null;
    const heat = c.heat === true ? heatColour(typeof v === 'number' ? v / 100 : NaN) : null;
    return {
      text: cellText(v, c),
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
export function addTableSlides(deck: DeckContext, spec: TableSpec, rowsPerSlide = ROWS_PER_SLIDE): number {
  const twoUp = spec.columns.length <= TWO_UP_MAX_COLUMNS && spec.rows.length > rowsPerSlide;
  const perSlide = twoUp ? 2 * ROWS_PER_COLUMN : rowsPerSlide;
  const pages = pageRows(spec.rows, perSlide);
  const w = exportWords(spec.lang);
  const border = { type: 'solid' as const, pt: 0.5, color: 'CCCCCC' };
  pages.forEach((rows, pageIndex) => {
    const { slide } = deck.addSlide();
    const title = pageIndex === 0 ? spec.title : w.continued(spec.title);
    const pageInfo = pages.length > 1 ? w.page(pageIndex + 1, pages.length) : '';
    addSlideFrame(slide, { title, subtitle: `${spec.subtitle}${pageInfo}`, footer: footerText(spec.source, deck.date, spec.lang) });
    addNotes(slide, spec.notes ?? [], spec.lang);
    if (!twoUp) {
      slide.addTable(tableRows(spec, rows, 12), {
        x: BODY.x, y: BODY.y, w: BODY.w, colW: columnWidths(spec, BODY.w),
        rowH: Math.min(0.33, BODY.h / (rowsPerSlide + 1)), border,
      });
      return;
    }
    const gap = 0.3;
    const half = (BODY.w - gap) / 2;
    [rows.slice(0, ROWS_PER_COLUMN), rows.slice(ROWS_PER_COLUMN)].forEach((part, k) => {
      if (part.length === 0) return;
      slide.addTable(tableRows(spec, part, 10), {
        x: BODY.x + k * (half + gap), y: BODY.y, w: half, colW: columnWidths(spec, half),
        rowH: BODY.h / (ROWS_PER_COLUMN + 1), border,
      });
    });
  });
  return pages.length;
}
