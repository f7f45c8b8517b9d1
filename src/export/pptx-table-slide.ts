/**
 * One TableSpec → one or more slides with a NATIVE PowerPoint table. Long tables are split into
 * pages of `rowsPerSlide` rows; each page repeats the header and says `（续）` in its title.
 * We page ourselves instead of pptxgenjs `autoPage` so the page size is predictable and the
 * title/footer frame is on every page.
 */
import type PptxGenJS from 'pptxgenjs';
import type { TableSpec } from '../charts/chart-spec';
import { BASE_TEXT, BODY, addNotes, addSlideFrame, footerText } from './pptx-layout';
import { exportWords } from './export-words';
import { cellText } from './table-cell-text';

/** Rows per slide: 15 fit the wide layout at 12 pt with header and notes. */
export const ROWS_PER_SLIDE = 15;

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

/** Add the table's slides to `pptx`; returns how many slides were added. */
export function addTableSlides(pptx: PptxGenJS, spec: TableSpec, date: string, rowsPerSlide = ROWS_PER_SLIDE): number {
  const pages = pageRows(spec.rows, rowsPerSlide);
  const cellBase = { ...BASE_TEXT, fontSize: 12, valign: 'middle' as const, margin: [2, 6, 2, 6] as [number, number, number, number] };
  const header: PptxGenJS.TableRow = spec.columns.map((c) => ({
    text: c.label,
    options: { ...cellBase, bold: true, fill: { color: 'EEF2F7' }, align: c.numeric === true ? 'right' as const : 'left' as const },
  }));
  const w = exportWords(spec.lang);
  pages.forEach((rows, pageIndex) => {
    const slide = pptx.addSlide();
    const title = pageIndex === 0 ? spec.title : w.continued(spec.title);
    const pageInfo = pages.length > 1 ? w.page(pageIndex + 1, pages.length) : '';
    addSlideFrame(slide, { title, subtitle: `${spec.subtitle}${pageInfo}`, footer: footerText(spec.source, date, spec.lang) });
    addNotes(slide, spec.notes ?? [], spec.lang);
    const body: PptxGenJS.TableRow[] = rows.map((row, r) => spec.columns.map((c, i) => ({
      text: cellText(row[i] ?? null, c),
      options: {
        ...cellBase,
        align: c.numeric === true ? 'right' as const : 'left' as const,
        fill: { color: r % 2 === 1 ? 'F7F7F7' : 'FFFFFF' },
      },
    })));
    slide.addTable([header, ...body], {
      x: BODY.x, y: BODY.y, w: BODY.w, colW: columnWidths(spec, BODY.w),
      rowH: Math.min(0.33, BODY.h / (rowsPerSlide + 1)),
      border: { type: 'solid', pt: 0.5, color: 'CCCCCC' },
    });
  });
  return pages.length;
}
