/**
 * The text of each page of a PDF printed by Chromium, without a PDF library: objects are read from
 * the file, Flate streams inflated (node:zlib), and the glyph codes of each text-showing operator
 * (Tj, TJ, ', ") mapped to Unicode through the font's ToUnicode CMap. Enough for Chromium's (Skia)
 * output, which CI can read without poppler; pdf-text.test.ts checks it against pdftotext where
 * that is installed. Whitespace is not reliable in PDF text: compare with squash().
 */
import { inflateSync } from 'node:zlib';

interface PdfObject { dict: string; stream: Buffer | null }
interface Font { readonly bytes: 1 | 2; readonly map: Map<number, string> }

function hexBytes(hex: string): number[] {
  const h = hex.replace(/\s/g, '');
  const out: number[] = [];
  for (let i = 0; i + 2 <= h.length; i += 2) out.push(parseInt(h.slice(i, i + 2), 16));
  return out;
}

/** Bytes of a PDF literal string body (escapes \n \( \) \\ and octal \ddd). */
function literalBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { out.push(c.charCodeAt(0) & 0xff); continue; }
    const n = body[++i] ?? '';
    const oct = /^[0-7]{1,3}/.exec(body.slice(i));
    if (oct) { out.push(parseInt(oct[0], 8) & 0xff); i += oct[0].length - 1; continue; }
    const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    if (n in esc) out.push(esc[n]!);
    else if (n !== '\n' && n !== '\r') out.push(n.charCodeAt(0) & 0xff);
  }
  return out;
}

/** Text with every whitespace removed, for comparing PDF text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (s >= 0 && /^\s*<</.test(body)) {
      dict = body.slice(0, s);
      const from = start + s + (body.slice(s).startsWith('stream\r\n') ? 8 : 7);
      const len = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      const to = len ? from + Number(len[1]) : text.indexOf('endstream', from);
      const raw = pdf.subarray(from, to);
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexToStr = (h: string) => {
    let s = '';
    for (let i = 0; i + 4 <= h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const p of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(p[1]!, 16), hexToStr(p[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const p of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(p[1]!, 16);
      const hi = parseInt(p[2]!, 16);
      if (p[3] !== undefined) {
        const base = parseInt(p[3], 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + (c - lo)));
      } else {
        const list = [...p[4]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => hexToStr(x[1]!));
        for (let c = lo; c <= hi; c++) map.set(c, list[c - lo] ?? '');
      }
    }
  }
  return map;
}

function resolveDict(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const r = ref(dict, key);
  if (r !== null) return objects.get(r)?.dict ?? '';
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  // Inline dictionary: take the balanced << … >> after the key.
  let i = dict.indexOf('<<', at);
  let depth = 0;
  const start = i;
  for (; i < dict.length; i++) {
    if (dict.startsWith('<<', i)) { depth++; i++; } else if (dict.startsWith('>>', i)) { depth--; i++; if (depth === 0) break; }
  }
  return dict.slice(start, i + 1);
}

function pageText(objects: Map<number, PdfObject>, page: string, own?: Buffer, depth = 0): string {
  const resources = resolveDict(objects, page, 'Resources');
  const xobjects = new Map<string, number>();
  for (const x of resolveDict(objects, resources, 'XObject').matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) xobjects.set(x[1]!, Number(x[2]));
  const fontDict = resolveDict(objects, resources, 'Font');
  // Type0 fonts show 2-byte glyph codes; Skia writes CJK (CFF) faces as Type3 fonts with 1-byte codes.
  const fonts = new Map<string, Font>();
  for (const f of fontDict.matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(f[2]))?.dict ?? '';
    const tu = ref(font, 'ToUnicode');
    const cmap = tu === null ? null : objects.get(tu)?.stream?.toString('latin1');
    fonts.set(f[1]!, { bytes: /\/Subtype\s*\/Type0/.test(font) ? 2 : 1, map: cmap ? parseCMap(cmap) : new Map() });
  }
  const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page)?.[1] ?? '';
  const streams = own !== undefined ? [own.toString('latin1')] : [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '');
  let out = '';
  let font: Font = { bytes: 2, map: new Map() };
  /** Inside a marked-content span with /ActualText: its glyphs are already written. */
  let actual: string | null = null;
  const decode = (codes: number[]) => {
    let s = '';
    for (let i = 0; i + font.bytes <= codes.length; i += font.bytes) {
      s += font.map.get(font.bytes === 2 ? codes[i]! * 256 + codes[i + 1]! : codes[i]!) ?? '';
    }
    return s;
  };
  const strings = (src: string) => [...src.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:\\[\s\S]|[^\\)])*)\)/g)]
    .map((m) => decode(m[1] !== undefined ? hexBytes(m[1]) : literalBytes(m[2]!))).join('');
  const ops = /\/ActualText\s*<(?<actual>[0-9a-fA-F\s]*)>|\bEMC\b|\/(?<form>[^\s/<>[\]()]+)\s+Do\b|\/(?<font>[^\s/<>[\]()]+)\s+[\d.]+\s+Tf|\[(?<array>(?:\\[\s\S]|[^\]\\])*)\]\s*TJ|(?<str><[0-9a-fA-F\s]*>|\((?:\\[\s\S]|[^\\)])*\))\s*(?:Tj|'|")|\bET\b/g;
  for (const content of streams) {
    for (const t of content.matchAll(ops)) {
      const g = t.groups ?? {};
      if (t[0] === 'EMC') { actual = null; continue; }
      if (g.actual !== undefined) {
        // Glyphs whose ToUnicode is a radical look-alike (⼈ for 人) carry the real text here.
        const b = hexBytes(g.actual);
        let txt = '';
        for (let i = b[0] === 0xfe && b[1] === 0xff ? 2 : 0; i + 1 < b.length; i += 2) txt += String.fromCharCode(b[i]! * 256 + b[i + 1]!);
        out += txt;
        actual = txt;
      } else if (g.form !== undefined) {
        // A form XObject (Chromium draws the page-margin boxes this way): its own stream and resources.
        const form = objects.get(xobjects.get(g.form) ?? -1);
        if (form?.stream && depth < 4 && /\/Subtype\s*\/Form/.test(form.dict)) out += pageText(objects, form.dict, form.stream, depth + 1);
      } else if (g.font !== undefined) font = fonts.get(g.font) ?? { bytes: 2, map: new Map() };
      else if (actual !== null) continue;
      else if (g.array !== undefined) out += strings(g.array);
      else if (g.str !== undefined) out += strings(g.str);
      else out += '\n';
    }
  }
  return out;
}

/** The text of every page, in page order. */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const buf = Buffer.from(pdf);
  const objects = readObjects(buf);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const pages: string[] = [];
  const walk = (n: number | null) => {
    if (n === null) return;
    const node = objects.get(n)?.dict ?? '';
    if (/\/Type\s*\/Pages/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else if (/\/Type\s*\/Page\b/.test(node)) pages.push(pageText(objects, node));
  };
  walk(catalog ? ref(catalog.dict, 'Pages') : null);
  return pages;
}
