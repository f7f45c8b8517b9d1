/**
 * A table drawn as SVG, for the PNG and SVG of a table view (排行, 均衡 tables, 总览): two blocks
 * of up to ROWS_PER_BLOCK rows side by side, cells as the slides write them (`+12`, `↑3`, `1,568`),
 * percentile cells in the heatmap's colours. A ranked table longer than fits keeps its top and
 * bottom with a `…（中间N个单位略）` row; any other long table its first rows; the note says so.
 * Built with the DOM (text nodes escape themselves), then framed by serializeChartSvg.
 */
import type { TableSpec } from '../charts/chart-spec';
import { gapLabel } from '../charts/compare-bars-spec';
import { heatColour } from '../charts/heat-colour';
import { exportWords } from './export-words';
import { cellText } from './table-cell-text';
import { textEms } from '../charts/label-placement';
import { columnEms, withoutEmptyColumns } from './table-fit';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Rows per block; two blocks side by side. */
export const ROWS_PER_BLOCK = 20;
const W = 1776;
const H = 740;

/** The rows an image shows (null: the gap row) and the note to print, if rows were left out. */
export function imageRows(spec: TableSpec): { rows: (number | null)[]; note: string | null; hidden: number } {
  const n = spec.rows.length;
  const max = 2 * ROWS_PER_BLOCK;
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= max) return { rows: all, note: null, hidden: 0 };
  const w = exportWords(spec.lang);
  if (spec.ranked === true) {
    const top = ROWS_PER_BLOCK - 1;
    const bottom = ROWS_PER_BLOCK;
    return { rows: [...all.slice(0, top), null, ...all.slice(n - bottom)], note: w.imageRowsRanked(n, top, bottom), hidden: n - top - bottom };
  }
  return { rows: all.slice(0, max), note: w.imageRowsFirst(n, max), hidden: 0 };
}

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The table's drawing (detached, in `doc`) and the notes to print under it. */
export function tableSvg(input: TableSpec, doc: Document = document): { svg: SVGSVGElement; notes: string[] } {
  const spec = withoutEmptyColumns(input);
  const { rows, note, hidden } = imageRows(spec);
  const svg = el(doc, 'svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}` }) as SVGSVGElement;
  const blocks = rows.length > ROWS_PER_BLOCK ? [rows.slice(0, ROWS_PER_BLOCK), rows.slice(ROWS_PER_BLOCK)] : [rows];
  const gap = 40;
  const blockW = blocks.length === 1 ? W : (W - gap) / 2;
  const rowH = H / (ROWS_PER_BLOCK + 1);
  // Columns as wide as their widest cell; the font shrinks until a block's columns fit.
  const weights = columnEms(spec).map((e, i) => Math.max(e, textEms(spec.columns[i]!.label)) + 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const font = Math.max(12, Math.min(22, Math.floor(rowH * 0.6), Math.floor(blockW / sum)));
  blocks.forEach((block, b) => {
    const x0 = b * (blockW + gap);
    let x = x0;
    const xs = weights.map((wt) => { const at = x; x += (blockW * wt) / sum; return at; });
    const colW = (i: number) => (blockW * weights[i]!) / sum;
    svg.appendChild(el(doc, 'rect', { x: x0, y: 0, width: blockW, height: rowH, fill: '#EEF2F7' }));
    spec.columns.forEach((c, i) => {
      const right = c.numeric === true;
      svg.appendChild(el(doc, 'text', {
        x: right ? xs[i]! + colW(i) - 8 : xs[i]! + 8, y: rowH * 0.68, 'font-size': font, 'font-weight': 700, fill: '#222222', 'text-anchor': right ? 'end' : 'start',
      }, c.label));
    });
    block.forEach((r, k) => {
      const y = (k + 1) * rowH;
      if (k % 2 === 1) svg.appendChild(el(doc, 'rect', { x: x0, y, width: blockW, height: rowH, fill: '#F7F7F7' }));
      if (r === null) {
        svg.appendChild(el(doc, 'text', { x: x0 + 8, y: y + rowH * 0.68, 'font-size': font, 'font-style': 'italic', fill: '#5C6370' }, gapLabel(hidden, spec.lang)));
        return;
      }
      const row = spec.rows[r]!;
      spec.columns.forEach((c, i) => {
        const v = row[i] ?? null;
        const right = c.numeric === true;
        let fill = '#222222';
        if (c.heat === true) {
          const h = heatColour(typeof v === 'number' ? v / 100 : NaN);
          svg.appendChild(el(doc, 'rect', { x: xs[i]!, y, width: colW(i), height: rowH, fill: h.background }));
          fill = h.color;
        }
        svg.appendChild(el(doc, 'text', {
          x: right ? xs[i]! + colW(i) - 8 : xs[i]! + 8, y: y + rowH * 0.68, 'font-size': font, fill, 'text-anchor': right ? 'end' : 'start',
        }, cellText(v, c, spec.lang, r)));
      });
    });
    svg.appendChild(el(doc, 'line', { x1: x0, x2: x0 + blockW, y1: rowH, y2: rowH, stroke: '#888888', 'stroke-width': 1.5 }));
  });
  return { svg, notes: [...(note === null ? [] : [note]), ...(spec.notes ?? [])] };
}
