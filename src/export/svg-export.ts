/**
 * A chart's live SVG → a NEW self-contained 16:9 SVG document: white background, title and
 * subtitle on top, the chart scaled into the body, source and export date at the bottom.
 * Built with the DOM and XMLSerializer (which escapes text), never by string concatenation.
 * Computed styles are inlined because a serialised SVG loses the page's CSS (reliability §5).
 */
import { exportWords } from './export-words';
import { CJK_FONT_STACK } from './export-fonts';
import { sanitizeSvgTree } from './svg-sanitize';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Text and geometry of the frame around the chart. Sizes are CSS pixels of the exported image. */
export interface SvgFrame {
  readonly title: string;
  readonly subtitle: string;
  /** `数据来源：…` is prefixed. */
  readonly source: string;
  /** Export date as printed (`2024年7月5日`, `5 Jul 2024`, or ISO). */
  readonly date: string;
  /** Language of the frame's labels (absent: zh). */
  readonly lang?: 'zh' | 'en';
  readonly width?: number;
  readonly height?: number;
  /** Series keys printed under the subtitle (line swatch and name); absent or empty: none. */
  readonly legend?: readonly LegendKey[];
  /** Footnotes printed under the chart (at most NOTE_LINES lines, wrapped); absent: none. */
  readonly notes?: readonly string[];
}

/** One legend entry of an exported image. */
export interface LegendKey {
  readonly label: string;
  /** Hex colour of the series. */
  readonly color: string;
  /** Dashed swatch (reference series such as a median). */
  readonly dashed?: boolean;
}

/** Most note lines an image prints under its chart; the rest of a long note list is dropped. */
export const NOTE_LINES = 3;

/** Text width in ems at the frame's font: CJK and full-width 1 em, other characters about 0.55 em. */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.55;
  return n;
}

/**
 * Notes as lines of at most `maxEm` ems: each note starts a line and breaks at a space (English)
 * or anywhere (Chinese); no more than `maxLines` lines, the last cut with `…` if more is left.
 */
export function wrapNotes(notes: readonly string[], maxEm: number, maxLines = NOTE_LINES): string[] {
  const lines: string[] = [];
  let more = false;
  for (const note of notes) {
    let rest = note.trim();
    while (rest !== '') {
      if (lines.length === maxLines) { more = true; break; }
      if (ems(rest) <= maxEm) { lines.push(rest); rest = ''; break; }
      let cut = 0;
      let width = 0;
      for (const ch of rest) {
        const w = ems(ch);
        if (width + w > maxEm) break;
        width += w;
        cut += ch.length;
      }
      const space = rest.lastIndexOf(' ', cut);
      if (space > cut / 2) cut = space;
      lines.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    if (more) break;
  }
  const last = lines[lines.length - 1];
  if (more && last !== undefined) lines[lines.length - 1] = ems(last) + 1 <= maxEm ? `${last}…` : `${last.replace(/.$/u, '')}…`;
  return lines;
}

/** Presentation properties copied from computed style onto the clone. */
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

/**
 * Copy computed presentation styles from each original element onto its clone, so the file looks
 * the same without the page's CSS. The root gets every property (it carries what the page
 * inherited into the chart); a descendant gets a property only when it has no attribute of its
 * own and its computed value differs from its parent's (inherited values need no repeating).
 * Text always gets the CJK font stack: page web fonts are not available to a standalone file.
 */
function inlineStyles(original: Element, clone: Element): void {
  const view = original.ownerDocument.defaultView;
  const originals = [original, ...Array.from(original.getElementsByTagName('*'))];
  const clones = [clone, ...Array.from(clone.getElementsByTagName('*'))];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((el, i) => {
    const target = clones[i];
    if (target === undefined) return;
    const computed = view?.getComputedStyle(el);
    if (computed !== undefined) {
      computedOf.set(el, computed);
      const parent = i === 0 ? undefined : computedOf.get(el.parentElement as Element);
      for (const prop of STYLE_PROPS) {
        const value = computed.getPropertyValue(prop);
        if (value === '' || el.hasAttribute(prop)) continue;
        if (parent !== undefined && parent.getPropertyValue(prop) === value) continue;
        target.setAttribute(prop, value);
      }
      if (computed.getPropertyValue('display') === 'none') target.setAttribute('display', 'none');
    }
    if (TEXT_TAGS.has(el.localName)) target.setAttribute('font-family', CJK_FONT_STACK);
  });
}

/** The chart's own coordinate box: its viewBox, else width/height attributes, else its layout box. */
function chartBox(svg: SVGSVGElement): { w: number; h: number; viewBox: string } {
  const vb = svg.getAttribute('viewBox');
  if (vb !== null && vb.trim() !== '') {
    const [, , w, h] = vb.trim().split(/[\s,]+/).map(Number);
    if (w !== undefined && h !== undefined && w > 0 && h > 0) return { w, h, viewBox: vb };
  }
  const rect = svg.getBoundingClientRect();
  const w = Number.parseFloat(svg.getAttribute('width') ?? '') || rect.width || 800;
  const h = Number.parseFloat(svg.getAttribute('height') ?? '') || rect.height || 450;
  return { w, h, viewBox: `0 0 ${w} ${h}` };
}

function textEl(doc: Document, text: string, attrs: Record<string, string | number>): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.textContent = text;
  return el;
}

/** Serialise `svg` inside a titled 16:9 frame; returns the SVG document text. */
export function serializeChartSvg(svg: SVGSVGElement, frame: SvgFrame): string {
  const doc = svg.ownerDocument;
  const width = frame.width ?? 1920;
  const height = frame.height ?? 1080;
  const u = width / 1920; // layout unit: sizes below are for 1920 wide
  const pad = 72 * u;

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', CJK_FONT_STACK);
  root.setAttribute('fill', '#222222');

  const bg = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: 0, y: 0, width, height, fill: '#FFFFFF' })) bg.setAttribute(k, String(v));
  root.appendChild(bg);

  const base = { 'font-family': CJK_FONT_STACK };
  root.appendChild(textEl(doc, frame.title, { ...base, x: pad, y: 100 * u, 'font-size': 52 * u, 'font-weight': 700, fill: '#1A1A1A' }));
  if (frame.subtitle !== '') root.appendChild(textEl(doc, frame.subtitle, { ...base, x: pad, y: 160 * u, 'font-size': 30 * u, fill: '#555555' }));

  const box = chartBox(svg);
  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  sanitizeSvgTree(chart);
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  const noteSize = 22 * u;
  const noteLines = wrapNotes(frame.notes ?? [], (width - 2 * pad) / noteSize);
  const legend = frame.legend ?? [];
  const top = (legend.length > 0 ? 240 : 200) * u;
  const bottom = height - 110 * u - noteLines.length * 32 * u;
  for (const [k, v] of Object.entries({ x: pad, y: top, width: width - 2 * pad, height: bottom - top, viewBox: box.viewBox, preserveAspectRatio: 'xMidYMid meet' })) {
    chart.setAttribute(k, String(v));
  }
  root.appendChild(chart);

  let lx = pad;
  for (const key of legend) {
    const ly = 200 * u;
    const swatch = doc.createElementNS(SVG_NS, 'line');
    const attrs: Record<string, string | number> = { x1: lx, x2: lx + 40 * u, y1: ly - 8 * u, y2: ly - 8 * u, stroke: key.color, 'stroke-width': 5 * u };
    if (key.dashed === true) attrs['stroke-dasharray'] = `${10 * u} ${7 * u}`;
    for (const [k, v] of Object.entries(attrs)) swatch.setAttribute(k, String(v));
    root.appendChild(swatch);
    root.appendChild(textEl(doc, key.label, { ...base, x: lx + 50 * u, y: ly, 'font-size': 24 * u, fill: '#333333' }));
    lx += 50 * u + ems(key.label) * 24 * u + 40 * u;
  }
  noteLines.forEach((line, i) => {
    root.appendChild(textEl(doc, line, { ...base, x: pad, y: bottom + 30 * u + i * 32 * u, 'font-size': noteSize, fill: '#555555' }));
  });
  const footY = height - 48 * u;
  const w = exportWords(frame.lang);
  root.appendChild(textEl(doc, w.source(frame.source), { ...base, x: pad, y: footY, 'font-size': 24 * u, fill: '#666666' }));
  root.appendChild(textEl(doc, w.date(frame.date), { ...base, x: width - pad, y: footY, 'font-size': 24 * u, fill: '#666666', 'text-anchor': 'end' }));

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
