/**
 * What pptxgenjs cannot write, added to a chart's XML afterwards:
 * - per-point data labels with our own text (`c:dLbl/c:tx/c:rich`), so a label reads exactly as
 *   the screen writes it (`≈1.2万 ↑12`, a scatter point's name) instead of an Excel number format;
 * - per-series line styles (a dashed median, a dotted trend line, no markers) in a scatter chart,
 *   where pptxgenjs applies one line setting to every series.
 * Charts are found through each slide's relationships, in the order they sit on the slide, since
 * pptxgenjs numbers chart files with a counter global to the module (chart7.xml in a second deck).
 */
import type JSZip from 'jszip';
import { PPT_FONT } from './export-fonts';
import { xmlText } from './xlsx-export';

/** One series' extras; `series` is its position among the chart's `<c:ser>` elements. */
export interface SeriesPatch {
  readonly series: number;
  /** Label text by point index; points without an entry get no label. */
  readonly labels?: ReadonlyMap<number, string>;
  /** `outEnd` (bars), `r` (scatter), `t` (above a line point). */
  readonly labelPosition?: 'outEnd' | 'r' | 't' | 'l';
  /** Label size in points. */
  readonly labelSize?: number;
  /** A line with this colour (hex without #), dash and width in points, and no markers. */
  readonly line?: { readonly color: string; readonly dash: 'solid' | 'dash' | 'sysDot'; readonly width: number };
}

/** Everything to add to one chart. */
export type ChartPatch = readonly SeriesPatch[];

const rPr = (size: number) =>
  `<a:rPr lang="zh-CN" sz="${Math.round(size * 100)}" b="0"><a:solidFill><a:srgbClr val="333333"/></a:solidFill><a:latin typeface="${PPT_FONT}"/><a:ea typeface="${PPT_FONT}"/><a:cs typeface="${PPT_FONT}"/></a:rPr>`;
const FLAGS = '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
const OFF = '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';

/** The `<c:dLbls>` element of one series with a custom text per labelled point. */
export function dataLabelsXml(labels: ReadonlyMap<number, string>, position: string, size: number): string {
  const points = [...labels].sort((a, b) => a[0] - b[0]).map(([idx, text]) =>
    `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>${rPr(size)}<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
    + `<c:dLblPos val="${position}"/>${FLAGS}</c:dLbl>`).join('');
  return `<c:dLbls>${points}${OFF}</c:dLbls>`;
}

function lineXml(line: NonNullable<SeriesPatch['line']>): string {
  return `<c:spPr><a:ln w="${Math.round(line.width * 12700)}" cap="flat"><a:solidFill><a:srgbClr val="${line.color}"/></a:solidFill><a:prstDash val="${line.dash}"/><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
}

function patchSeries(ser: string, p: SeriesPatch): string {
  let out = ser;
  if (p.line !== undefined) {
    // The series' own shape properties and marker (the first spPr after the name), replaced whole.
    out = out.replace(/(<\/c:tx>)\s*<c:spPr>[\s\S]*?<\/c:spPr>\s*(?:<c:marker>[\s\S]*?<\/c:marker>)?/, `$1${lineXml(p.line)}`);
  }
  if (p.labels !== undefined && p.labels.size > 0) {
    const dl = dataLabelsXml(p.labels, p.labelPosition ?? 'outEnd', p.labelSize ?? 10);
    if (/<c:dLbls>[\s\S]*?<\/c:dLbls>/.test(out)) out = out.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, dl);
    else out = out.replace(/(<c:cat>|<c:xVal>)/, `${dl}$1`);
  }
  return out;
}

/** Apply a chart's patch to its XML; series not named in the patch are left as they are. */
export function applyChartPatch(xml: string, patch: ChartPatch): string {
  if (patch.length === 0) return xml;
  let n = -1;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    n++;
    const p = patch.find((s) => s.series === n);
    return p === undefined ? ser : patchSeries(ser, p);
  });
}

/** Chart part paths of a slide, in the order the slide shows them. */
async function slideCharts(zip: JSZip, slide: number): Promise<string[]> {
  const xml = await zip.file(`ppt/slides/slide${slide}.xml`)?.async('string');
  const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string');
  if (xml === undefined || rels === undefined) return [];
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)) target.set(m[1]!, m[2]!);
  return [...xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => {
    const t = target.get(m[1]!) ?? '';
    return `ppt/charts/${t.split('/').pop() ?? ''}`;
  });
}

/** Apply the patches of every slide (1-based slide number → patches of its charts in order). */
export async function patchChartsBySlide(zip: JSZip, patches: ReadonlyMap<number, readonly ChartPatch[]>): Promise<void> {
  for (const [slide, list] of patches) {
    const paths = await slideCharts(zip, slide);
    if (paths.length !== list.length) throw new Error(`slide ${slide}: ${paths.length} charts but ${list.length} chart patches`);
    for (let i = 0; i < paths.length; i++) {
      const file = zip.file(paths[i]!);
      if (file === null) throw new Error(`missing chart part ${paths[i]}`);
      zip.file(paths[i]!, applyChartPatch(await file.async('string'), list[i]!));
    }
  }
}
