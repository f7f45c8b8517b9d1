/**
 * Post-processing of pptxgenjs output with JSZip, for what pptxgenjs cannot be told:
 * - chart text gets only `<a:latin>` (PptxGenJS#1420), so CJK falls back to the theme font and
 *   shows tofu in LibreOffice/macOS: add `<a:ea>` (and `<a:cs>`) next to each chart `<a:latin>`;
 * - the theme's East Asian font is empty (PptxGenJS#1288): set it to 微软雅黑;
 * - missing values must be gaps: force `c:dispBlanksAs val="gap"` and drop the empty `<c:v></c:v>`
 *   points pptxgenjs writes for null (an absent point is a blank; an empty one may read as 0);
 * - the title of a vertical axis is turned on its side (a lone 个 reads like ←): write it upright,
 *   one character under the other, as Chinese charts do (`vert="wordArtVert"`, stacked: LibreOffice
 *   turns `eaVert` on its side again).
 */
import type JSZip from 'jszip';
import { PPT_FONT } from './export-fonts';

/** Add `<a:ea>`/`<a:cs>` after every `<a:latin …/>` that lacks them; force gap for blanks. */
export function patchChartXml(xml: string, font = PPT_FONT): string {
  return xml
    .replace(/<a:latin\b([^>]*?)\/>(?!\s*<a:ea\b)/g, (_m, attrs: string) => `<a:latin${attrs}/><a:ea typeface="${font}"/><a:cs typeface="${font}"/>`)
    .replace(/<c:dispBlanksAs val="[^"]*"\/>/g, '<c:dispBlanksAs val="gap"/>')
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
    .replace(/<c:(valAx|catAx)>[\s\S]*?<\/c:\1>/g, uprightTitle);
}

/** A vertical axis's title (axis at the left or right) written upright and stacked. */
function uprightTitle(axis: string): string {
  if (!/<c:axPos val="[lr]"\/>/.test(axis)) return axis;
  return axis.replace(/(<c:title>\s*<c:tx>\s*<c:rich>\s*)<a:bodyPr\b[^>]*\/>/, '$1<a:bodyPr rot="0" vert="wordArtVert"/>');
}

/** Fill every empty East Asian theme font slot with `font`. */
export function patchThemeXml(xml: string, font = PPT_FONT): string {
  return xml.replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${font}"/>`);
}

/** Apply the patches to a loaded .pptx zip in place. */
export async function patchDeckZip(zip: JSZip): Promise<void> {
  const jobs: Promise<void>[] = [];
  zip.forEach((path, file) => {
    if (/^ppt\/charts\/chart\d+\.xml$/.test(path)) {
      jobs.push(file.async('string').then((xml) => { zip.file(path, patchChartXml(xml)); }));
    } else if (/^ppt\/theme\/theme\d+\.xml$/.test(path)) {
      jobs.push(file.async('string').then((xml) => { zip.file(path, patchThemeXml(xml)); }));
    }
  });
  await Promise.all(jobs);
}
