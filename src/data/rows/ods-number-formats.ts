/**
 * The number formats of an .ods that SheetJS reads wrong, put back as Excel writes them: SheetJS
 * drops a number style's display factor (LibreOffice's `0.0,"万"`: `number:display-factor="1000"`)
 * and any condition but `value()>=0` (`[>=10000]0.0,"万";0`: a `style:map`), so 15000 shown
 * 15.0万 was read as 15000万. Only such styles are rebuilt; the cells of every other style keep
 * SheetJS's format. Read once per file from content.xml and styles.xml, never per cell.
 */
import type * as Xlsx from '@e965/xlsx';

/** `value()>=10000` → `>=10000` (Excel's condition); null for any other condition. */
function condition(odf: string): string | null {
  const m = /^value\(\)\s*(>=|<=|!=|<>|=|<|>)\s*(-?\d+(?:\.\d+)?)$/.exec(odf.replace(/&gt;/g, '>').replace(/&lt;/g, '<').trim());
  return m ? `${m[1] === '!=' ? '<>' : m[1]}${m[2]}` : null;
}

interface NumberStyle {
  /** The style alone as an Excel section, or null when it is more than numbers and text. */
  readonly section: string | null;
  readonly factor: number;
  readonly maps: readonly { readonly condition: string | null; readonly style: string }[];
}

const attrOf = (attrs: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The number styles (<number:number-style>) in the XML texts, by name. */
function numberStyles(xmls: readonly string[]): Map<string, NumberStyle> {
  const styles = new Map<string, NumberStyle>();
  for (const xml of xmls) {
    for (const m of xml.matchAll(/<number:number-style\b([^>]*)>(.*?)<\/number:number-style>/gs)) {
      let section: string | null = '';
      let factor = 1;
      const maps: { condition: string | null; style: string }[] = [];
      for (const e of m[2]!.matchAll(/<number:number\b([^>]*?)\/?>|<number:text>(.*?)<\/number:text>|<style:map\b([^>]*?)\/?>|<(number:[a-z-]+)\b/gs)) {
        if (e[1] !== undefined) {
          const decimals = Number(attrOf(e[1], 'number:decimal-places') ?? 0);
          factor = Number(attrOf(e[1], 'number:display-factor') ?? 1) || 1;
          const whole = Number(attrOf(e[1], 'number:min-integer-digits') ?? 1) > 0 ? '0' : '#';
          const commas = Math.log10(factor) / 3;
          section = section === null || !Number.isInteger(commas) ? null
            : `${section}${attrOf(e[1], 'number:grouping') === 'true' ? `#,##${whole}` : whole}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}${','.repeat(commas)}`;
        } else if (e[2] !== undefined) {
          if (section !== null) section += `"${unescapeXml(e[2]).replace(/"/g, '')}"`;
        } else if (e[3] !== undefined) {
          maps.push({ condition: condition(attrOf(e[3], 'style:condition') ?? ''), style: attrOf(e[3], 'style:apply-style-name') ?? '' });
        } else {
          section = null;
        }
      }
      styles.set(attrOf(m[1]!, 'style:name') ?? '', { section, factor, maps });
    }
  }
  return styles;
}

/**
 * The Excel format of each number style SheetJS reads wrong (one with a display factor, or with a
 * condition of its own, or mapping to such a style), by name: `[>=10000]0.0,"万";0`.
 */
function rebuiltFormats(styles: ReadonlyMap<string, NumberStyle>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, s] of styles) {
    const mapped = s.maps.map((m) => ({ ...m, target: styles.get(m.style) }));
    const odd = s.factor !== 1 || mapped.some((m) => m.condition !== '>=0' || (m.target !== undefined && m.target.factor !== 1));
    if (!odd || s.section === null || mapped.length > 2 || mapped.some((m) => m.condition === null || !m.target?.section)) continue;
    out.set(name, [...mapped.map((m) => `[${m.condition}]${m.target!.section}`), s.section].join(';'));
  }
  return out;
}

/**
 * Gives the number cells of the styles SheetJS reads wrong their Excel format (`z`), in a workbook
 * read with `dense: true`. `content` and `styles` are the texts of content.xml and styles.xml.
 */
export function applyOdsNumberFormats(content: string, styles: string, wb: Xlsx.WorkBook): void {
  const formats = rebuiltFormats(numberStyles([styles, content]));
  if (formats.size === 0) return;
  // Cell styles (table-cell family) → the format of their number style.
  const cellFormats = new Map<string, string>();
  for (const xml of [styles, content]) {
    for (const m of xml.matchAll(/<style:style\b([^>]*)>/g)) {
      const f = formats.get(attrOf(m[1]!, 'style:data-style-name') ?? '');
      if (f !== undefined) cellFormats.set(attrOf(m[1]!, 'style:name') ?? '', f);
    }
  }
  if (cellFormats.size === 0) return;
  let sheet = -1;
  let data: (Xlsx.CellObject | null | undefined)[][] | undefined;
  let columns: { to: number; style: string }[] = [];
  let row = -1;
  let rows = 1;
  let rowStyle: string | undefined;
  let column = 0;
  /** The sheet's widest row: the cells repeated past it (a row's empty rest) are not looked at. */
  let width = 0;
  const tags = /<table:table(?=[\s>])|<table:table-column\b([^>]*)>|<table:table-row\b([^>]*)>|<table:(?:covered-)?table-cell\b([^>]*)>/g;
  for (const m of content.matchAll(tags)) {
    if (m[1] === undefined && m[2] === undefined && m[3] === undefined) {
      const ws = wb.Sheets[wb.SheetNames[++sheet] ?? ''];
      data = ws ? (ws as { '!data'?: (Xlsx.CellObject | null | undefined)[][] })['!data'] : undefined;
      width = data ? data.reduce((w, r) => Math.max(w, r?.length ?? 0), 0) : 0;
      columns = [];
      row = -1;
      rows = 1;
      continue;
    }
    if (m[1] !== undefined) {
      const n = Number(attrOf(m[1], 'table:number-columns-repeated') ?? 1) || 1;
      columns.push({ to: (columns.at(-1)?.to ?? 0) + n, style: attrOf(m[1], 'table:default-cell-style-name') ?? '' });
    } else if (m[2] !== undefined) {
      row += rows;
      rows = Number(attrOf(m[2], 'table:number-rows-repeated') ?? 1) || 1;
      rowStyle = attrOf(m[2], 'table:default-cell-style-name');
      column = 0;
    } else if (data) {
      const n = Number(attrOf(m[3]!, 'table:number-columns-repeated') ?? 1) || 1;
      const own = attrOf(m[3]!, 'table:style-name');
      for (let c = column; c < Math.min(column + n, width); c++) {
        const style = own ?? rowStyle ?? columns.find((k) => c < k.to)?.style ?? '';
        const f = cellFormats.get(style);
        if (f === undefined) continue;
        for (let r = row; r < row + rows && r < data.length; r++) {
          const cell = data[r]?.[c];
          if (cell && cell.t === 'n') cell.z = f;
        }
      }
      column += n;
    }
  }
}
