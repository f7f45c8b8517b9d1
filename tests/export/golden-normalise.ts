/**
 * Normalisation before golden comparison: one tag per line,
 * numbers rounded to 2 decimals, and the names that change from run to run replaced (pptxgenjs
 * numbers chart files with a counter global to its module; recharts numbers its clip paths and lines).
 */

/** XML with one element per line and whitespace between tags removed. */
export function oneTagPerLine(xml: string): string {
  return xml.replace(/>\s+</g, '><').replace(/></g, '>\n<').trim() + '\n';
}

/** Normalised slide or chart XML. */
export function normalisePptxXml(xml: string): string {
  return oneTagPerLine(xml
    .replace(/chart\d+\.xml/g, 'chartN.xml')
    .replace(/Microsoft_Excel_Worksheet\d+/g, 'Microsoft_Excel_WorksheetN'));
}

/** Normalised SVG: clip-path ids and long decimals made stable. */
export function normaliseSvg(svg: string): string {
  return oneTagPerLine(svg
    .replace(/recharts\d+-clip/g, 'recharts-clip')
    // React's useId numbers (recharts' line ids): they count every component drawn before in the run.
    .replace(/_r_[0-9a-z]+_/g, '_r_N_')
    .replace(/clip[a-zA-Z0-9_-]*r[0-9a-z]*[_:-]?/g, (m) => (m.startsWith('clip') ? 'clipN' : m))
    .replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100)));
}
