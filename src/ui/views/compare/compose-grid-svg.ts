/**
 * Small multiples export as ONE picture: every panel's chart SVG cloned into a single SVG with its
 * title, re-flowed into as many columns as make the picture closest to 16:9 (the screen grid is
 * tall and narrow; a slide is wide). The export code takes the first chart <svg> (CHART_SVG_SELECTOR)
 * in the container it is given, so the composed root carries CHART_SURFACE_CLASS.
 */
import { CHART_SURFACE_CLASS, CHART_SVG_SELECTOR } from '../../../charts/chart-surface';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_PX = 22;
const GAP = 16;

interface Piece { readonly title: string; readonly svg: SVGSVGElement; readonly w: number; readonly h: number }

/** Masonry into `cols` columns (each piece to the shortest column): positions and overall size. */
export function flowColumns(sizes: readonly { w: number; h: number }[], cols: number): { at: { x: number; y: number }[]; width: number; height: number } {
  const colW = Math.max(0, ...sizes.map((s) => s.w)) + GAP;
  const heights = new Array<number>(cols).fill(0);
  const at = sizes.map((s) => {
    let c = 0;
    for (let i = 1; i < cols; i++) if (heights[i]! < heights[c]!) c = i;
    const pos = { x: c * colW, y: heights[c]! };
    heights[c] = heights[c]! + s.h + GAP;
    return pos;
  });
  return { at, width: cols * colW - GAP, height: Math.max(0, ...heights) - GAP };
}

/** The column count whose layout is closest to 16:9. */
export function bestColumns(sizes: readonly { w: number; h: number }[], maxCols = 8): number {
  let best = 1;
  let bestErr = Infinity;
  for (let c = 1; c <= Math.min(maxCols, Math.max(1, sizes.length)); c++) {
    const { width, height } = flowColumns(sizes, c);
    const err = Math.abs(Math.log(width / Math.max(1, height) / (16 / 9)));
    if (err < bestErr) { bestErr = err; best = c; }
  }
  return best;
}

/** A detached <div> holding the composed SVG, or null when the grid has no charts yet. */
export function composeGridSvg(grid: HTMLElement | null): HTMLElement | null {
  if (!grid) return null;
  const doc = grid.ownerDocument;
  const pieces: Piece[] = [];
  for (const panel of grid.querySelectorAll<HTMLElement>('.small-multiple')) {
    const svg = panel.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR);
    if (!svg) continue;
    const r = svg.getBoundingClientRect();
    pieces.push({ title: panel.querySelector('h3')?.textContent ?? '', svg, w: Math.round(r.width), h: Math.round(r.height) + TITLE_PX });
  }
  if (pieces.length === 0) return null;
  const cols = bestColumns(pieces);
  const { at, width, height } = flowColumns(pieces, cols);
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('class', CHART_SURFACE_CLASS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  pieces.forEach((p, i) => {
    const { x, y } = at[i]!;
    const label = doc.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(x));
    label.setAttribute('y', String(y + TITLE_PX - 6));
    label.setAttribute('font-size', '14');
    label.setAttribute('font-weight', '700');
    label.setAttribute('fill', '#1F2329');
    label.textContent = p.title;
    root.appendChild(label);
    const clone = p.svg.cloneNode(true) as SVGSVGElement;
    clone.removeAttribute('class');
    clone.removeAttribute('style');
    clone.setAttribute('x', String(x));
    clone.setAttribute('y', String(y + TITLE_PX));
    clone.setAttribute('width', String(p.w));
    clone.setAttribute('height', String(p.h - TITLE_PX));
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${p.w} ${p.h - TITLE_PX}`);
    root.appendChild(clone);
  });
  const wrap = doc.createElement('div');
  wrap.appendChild(root);
  return wrap;
}
