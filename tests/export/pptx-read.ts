/**
 * Reads an exported .pptx back as plain facts for the tests: each slide's paragraphs, line shapes
 * and text boxes (inches), tables, and each chart with its frame, plot layout, axis ends, series
 * values, per-point label texts and line dash. Regex over the XML pptxgenjs writes (and our patches).
 */
import JSZip from 'jszip';

export interface Box { x: number; y: number; w: number; h: number }
export interface XmlSeries {
  /** The chart group holding it: barChart, lineChart or scatterChart. */
  group: string;
  name: string;
  cats: string[];
  /** Point index → value (absent: a gap). For scatter: the Y values. */
  vals: Map<number, number>;
  /** Scatter only: point index → X value. */
  xs: Map<number, number>;
  labels: Map<number, string>;
  /** prstDash of the series line, or null (no line / solid fill only). */
  dash: string | null;
}
export interface XmlChart {
  path: string;
  xml: string;
  types: string[];
  barDir: string | null;
  series: XmlSeries[];
  /** Value axis ends (Y for scatter); X axis ends for scatter. */
  val: { min: number | null; max: number | null };
  x: { min: number | null; max: number | null };
  layout: Box | null;
  tickLblSkip: number | null;
  catFont: number | null;
}
export interface XmlShape { kind: 'line' | 'text'; box: Box; dash: string | null; text: string }
export interface XmlSlide { n: number; xml: string; texts: string[]; shapes: XmlShape[]; charts: { frame: Box; chart: XmlChart }[]; tables: string[][][] }

const EMU = 914400;
const num = (s: string | undefined) => (s === undefined ? null : Number(s));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function box(xml: string): Box {
  const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(xml);
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  return { x: Number(off?.[1] ?? 0) / EMU, y: Number(off?.[2] ?? 0) / EMU, w: Number(ext?.[1] ?? 0) / EMU, h: Number(ext?.[2] ?? 0) / EMU };
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((m) => unescape([...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')))
    .filter((t) => t !== '');
}

function points(block: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of (block ?? '').matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)) out.set(Number(m[1]), unescape(m[2]!));
  return out;
}

function axisEnds(block: string | undefined): { min: number | null; max: number | null } {
  const scaling = /<c:scaling>([\s\S]*?)<\/c:scaling>/.exec(block ?? '')?.[1] ?? '';
  return { min: num(/<c:min val="([^"]+)"/.exec(scaling)?.[1]), max: num(/<c:max val="([^"]+)"/.exec(scaling)?.[1]) };
}

export function readChart(path: string, xml: string): XmlChart {
  const blocks = [...xml.matchAll(/<c:(barChart|lineChart|scatterChart)>([\s\S]*?)<\/c:\1>/g)];
  const series = blocks.flatMap((b) => [...b[2]!.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m): XmlSeries => {
    const s = m[1]!;
    const name = unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(s)?.[1] ?? '');
    const cats = [...points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(s)?.[1])].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
    const yBlock = /<c:val>([\s\S]*?)<\/c:val>/.exec(s)?.[1] ?? /<c:yVal>([\s\S]*?)<\/c:yVal>/.exec(s)?.[1];
    const vals = new Map([...points(yBlock)].map(([i, v]) => [i, Number(v)]));
    const xs = new Map([...points(/<c:xVal>([\s\S]*?)<\/c:xVal>/.exec(s)?.[1])].map(([i, v]) => [i, Number(v)]));
    const labels = new Map<number, string>();
    for (const d of s.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>([\s\S]*?)<\/c:dLbl>/g)) {
      labels.set(Number(d[1]), unescape([...d[2]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')));
    }
    const own = /<\/c:tx>\s*<c:spPr>([\s\S]*?)<\/c:spPr>/.exec(s)?.[1] ?? '';
    const ln = /<a:ln[^>]*>([\s\S]*?)<\/a:ln>/.exec(own)?.[1] ?? '';
    const dash = ln.includes('<a:noFill/>') ? null : (/<a:prstDash val="([^"]+)"/.exec(ln)?.[1] ?? null);
    return { group: b[1]!, name, cats, vals, xs, labels, dash };
  }));
  const valAxes = [...xml.matchAll(/<c:valAx>([\s\S]*?)<\/c:valAx>/g)].map((m) => m[1]!);
  const catAx = /<c:catAx>([\s\S]*?)<\/c:catAx>/.exec(xml)?.[1];
  const scatter = xml.includes('<c:scatterChart>');
  const lay = /<c:plotArea>\s*<c:layout>([\s\S]*?)<\/c:layout>/.exec(xml)?.[1] ?? '';
  const lv = (k: string) => num(new RegExp(`<c:${k} val="([^"]+)"`).exec(lay)?.[1]);
  const layout = lay.includes('manualLayout') ? { x: lv('x')!, y: lv('y')!, w: lv('w')!, h: lv('h')! } : null;
  return {
    path, xml,
    types: [...xml.matchAll(/<c:(barChart|lineChart|scatterChart)>/g)].map((m) => m[1]!),
    barDir: /<c:barDir val="([^"]+)"/.exec(xml)?.[1] ?? null,
    series,
    val: axisEnds(scatter ? valAxes[1] : valAxes[0]),
    x: axisEnds(scatter ? valAxes[0] : undefined),
    layout,
    tickLblSkip: num(/<c:tickLblSkip val="(\d+)"/.exec(catAx ?? '')?.[1]),
    catFont: num(/<a:defRPr sz="(\d+)"/.exec(catAx ?? '')?.[1]) === null ? null : Number(/<a:defRPr sz="(\d+)"/.exec(catAx ?? '')![1]) / 100,
  };
}

/** Every slide of the deck, in order. */
export async function readDeck(bytes: Uint8Array): Promise<XmlSlide[]> {
  const zip = await JSZip.loadAsync(bytes);
  const n = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
  const slides: XmlSlide[] = [];
  for (let i = 1; i <= n; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async('string');
    const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const shapes: XmlShape[] = [];
    for (const m of xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
      const sp = m[1]!;
      const line = sp.includes('prst="line"');
      shapes.push({ kind: line ? 'line' : 'text', box: box(sp), dash: /<a:prstDash val="([^"]+)"/.exec(sp)?.[1] ?? null, text: paragraphs(sp).join('\n') });
    }
    const charts: XmlSlide['charts'] = [];
    for (const m of xml.matchAll(/<p:graphicFrame>([\s\S]*?)<\/p:graphicFrame>/g)) {
      const rid = /<c:chart [^>]*r:id="([^"]+)"/.exec(m[1]!)?.[1];
      if (rid === undefined) continue;
      const path = `ppt/charts/${target.get(rid)!.split('/').pop()}`;
      charts.push({ frame: box(/<p:xfrm>([\s\S]*?)<\/p:xfrm>/.exec(m[1]!)![1]!), chart: readChart(path, await zip.file(path)!.async('string')) });
    }
    const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((t) =>
      [...t[1]!.matchAll(/<a:tr [^>]*>([\s\S]*?)<\/a:tr>/g)].map((r) => [...r[1]!.matchAll(/<a:tc[^>]*>([\s\S]*?)<\/a:tc>/g)].map((c) => paragraphs(c[1]!).join(''))));
    slides.push({ n: i, xml, texts: paragraphs(xml), shapes, charts, tables });
  }
  return slides;
}
