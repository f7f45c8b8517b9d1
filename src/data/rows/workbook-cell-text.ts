/**
 * A workbook cell → the text a person sees, in the forms the shared parsers read: cached formula
 * values, `12.5%` for percent formats, `2024-03` / `2024-03-15` for dates, `30:00` for durations,
 * numbers as plain `String(n)` rounded to 15 significant digits, text as written.
 */
import type * as Xlsx from '@e965/xlsx';
import { CONTROL } from './row-hygiene';
import { VALUE_UNITS } from '../vocabulary/measure-units';

/** The part of SheetJS that reads number formats and date serials. */
type SheetFormats = Pick<typeof Xlsx, 'SSF'>;


/** SheetJS's text for a date in a format it knows only by number (its fallback is m/d/yy). */
const SHOWN_AS_DATE = /^\d{1,2}\/\d{1,2}\/\d{2}$/;

/** A number as plain text, rounded to 15 significant digits (no `0.30000000000000004`). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** True when a number format shows a percentage (a `%` outside quotes, brackets and escapes). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%');
}

/** Literal words a number format may write before the number that the value parser reads (约3000). */
const PREFIX_WORD = /^(?:约|近|超过|不足)?$/;
/**
 * ... and after it: a magnitude, a unit the value parser reads after a number (VALUE_UNITS), 余/多
 * (`0.0"万元"`, `0"户"`, `0"余人"`, `0"件"`). Not `%` or `‰`: a percent is the format's own (isPercentFormat).
 */
const SUFFIX_UNIT = VALUE_UNITS.map(([w]) => w).filter((w) => w !== '%' && w !== '‰').join('|');
const SUFFIX_WORD = new RegExp(`^(?:[万亿千]|百万)?(?:${SUFFIX_UNIT})?(?:余|多)?(?:${SUFFIX_UNIT})?$`);

/** ... or a period's (`0"月"` shows 3 as 3月 in a header of months, `"第"0"季度"`): the period parser reads them. */
const PERIOD_BEFORE = /^第?$/;
const PERIOD_AFTER = /^(?:月|月份|季度|年|年度)$/;

/**
 * The words a number format writes around the number when the value or period parser reads them
 * (`0.0"万元"` → after 万元, `"约"0` → before 约), or null. A format that divides the number
 * itself (`#,##0,"千"`, a comma before the literal) shows a scaled copy of the true value, so it
 * gives null too, as do words the parser does not read (`"第"0"名"`).
 */
export function formatWords(format: string | undefined): { before: string; after: string } | null {
  if (!format) return null;
  const first = format.split(';')[0]!.replace(/\[[^\]]*\]/g, '');
  const bare = first.replace(/"[^"]*"|\\./g, ' ');
  if (/[0#?],(?![0#?])/.test(bare) || /[0#?],\s*$/.test(bare)) return null;
  const at = [...first.matchAll(/"[^"]*"|\\.|[0#?]/g)];
  const isDigit = (m: RegExpMatchArray): boolean => /^[0#?]$/.test(m[0]);
  const firstDigit = at.findIndex(isDigit);
  if (firstDigit < 0) return null;
  const lastDigit = at.length - 1 - [...at].reverse().findIndex(isDigit);
  const text = (ms: RegExpMatchArray[]): string => ms.filter((m) => !isDigit(m)).map((m) => (m[0].startsWith('"') ? m[0].slice(1, -1) : m[0].slice(1))).join('').trim();
  const before = text(at.slice(0, firstDigit));
  const after = text(at.slice(lastDigit + 1));
  if (before === '' && after === '') return null;
  return (PREFIX_WORD.test(before) && SUFFIX_WORD.test(after)) || (PERIOD_BEFORE.test(before) && PERIOD_AFTER.test(after)) ? { before, after } : null;
}

/** The word of each power of ten a format may divide by (千, 万, 百万, 亿). */
const MAGNITUDE_WORDS: Readonly<Record<number, string>> = { 3: '千', 4: '万', 6: '百万', 8: '亿' };

/**
 * The power of ten a number format divides the number by to show it (its first section), or 0:
 * three for each comma after the last digit (`#,##0,"千"`), and the digits after a literal dot
 * when there is no decimal point (`0!.0000` shows 15000 as 1.5000, `0!.0,"万"` as 1.5万: the 万 trick).
 */
export function formatDivision(format: string | undefined): number {
  if (!format) return 0;
  const first = format.split(';')[0]!.replace(/\[[^\]]*\]/g, '');
  const tokens = [...first.matchAll(/"[^"]*"|[\\!].|[0#?]|[.,]/g)].map((m) => m[0]);
  const digits = tokens.map((t, k) => (/^[0#?]$/.test(t) ? k : -1)).filter((k) => k >= 0);
  if (digits.length === 0) return 0;
  const last = digits[digits.length - 1]!;
  let commas = 0;
  for (let k = last + 1; k < tokens.length && tokens[k] === ','; k++) commas++;
  const literalDot = tokens.findIndex((t, k) => (t === '"."' || t === '!.' || t === '\\.') && k > digits[0]! && k < last);
  const after = literalDot >= 0 && !tokens.includes('.') ? digits.filter((k) => k > literalDot).length : 0;
  return 3 * commas + after;
}

function dividedBy(pow: number): FormatFacts['divided'] {
  const word = MAGNITUDE_WORDS[pow];
  return word !== undefined ? { word, by: 10 ** pow } : null;
}

/**
 * The magnitude word a dividing format writes when it is not the one it divides by (`0.0,"万"`
 * divides by 1000 and writes 万: 12000 is shown 12.0万, as if 120000), or null.
 */
function misnamedMagnitude(format: string, divided: FormatFacts['divided']): string | null {
  if (divided === null) return null;
  const literals = [...format.split(';')[0]!.matchAll(/"([^"]*)"|\\(.)/g)].map((m) => m[1] ?? m[2]).join('');
  const words = Object.values(MAGNITUDE_WORDS).sort((a, b) => b.length - a.length);
  const written = words.find((w) => literals.includes(w));
  return written !== undefined && written !== divided.word ? written : null;
}

/** A section's condition (`[>=10000]`, `[<0]`), as Excel and SheetJS read it. */
const CONDITION = /\[(=|>=?|<[>=]?)(-?\d+(?:\.\d*)?)\]/;

function meets(v: number, m: RegExpMatchArray | null): boolean {
  if (m === null) return false;
  const t = Number(m[2]);
  switch (m[1]) {
    case '=': return v === t;
    case '>': return v > t;
    case '<': return v < t;
    case '<>': return v !== t;
    case '>=': return v >= t;
    default: return v <= t;
  }
}

/**
 * The section of a conditional format that shows `v` (`[>=10000]0.0,"万";0`: the first for 12000,
 * `0` for 500), as SheetJS picks it; undefined when neither of the first two sections has a condition.
 */
export function conditionalSection(format: string, v: number): string | undefined {
  const sections = format.split(';');
  const m1 = sections[0]!.match(CONDITION);
  const m2 = sections[1]?.match(CONDITION) ?? null;
  if (m1 === null && m2 === null) return undefined;
  if (meets(v, m1)) return sections[0];
  if (meets(v, m2)) return sections[1];
  return sections[m1 !== null && m2 !== null ? 2 : 1] ?? sections[0];
}

/** What a number format shows, read from its text once (formats, not cells: a sheet has a few dozen of them). */
export interface FormatFacts {
  /** A percentage (isPercentFormat). */
  readonly percent: boolean;
  /** A date format; `time` when it shows only a time of day or a duration ([h]:mm). */
  readonly date: boolean;
  readonly time: boolean;
  /** A date format that shows no year (`m"月"`, `m/d`): the year in the cell is seen nowhere. */
  readonly yearless: boolean;
  /** A date format that shows only the year (`yyyy`, `yyyy"年"`): the cell means the year, not its first day. */
  readonly yearOnly: boolean;
  /** Words shown around a number the value parser reads (formatWords). */
  readonly words: { before: string; after: string } | null;
  /** The magnitude the format divides the number by to show it (`万`, 10⁴ for `0!.0000`), or null (formatDivision). */
  readonly divided: { readonly word: string; readonly by: number } | null;
  /** The magnitude word the format writes when it is not the one it divides by (`0.0,"万"`: 万, dividing by 千), or null. */
  readonly misnamed: string | null;
  /** Negatives have a section of their own (the format has a `;`). */
  readonly ownNegative: boolean;
  /** Its section for positives, or for negatives, shows nothing (`;;;`, blank in Excel). */
  readonly hidesPositive: boolean;
  readonly hidesNegative: boolean;
}

const GENERAL: FormatFacts = { percent: false, date: false, time: false, yearless: false, yearOnly: false, words: null, divided: null, misnamed: null, ownNegative: false, hidesPositive: false, hidesNegative: false };

/** The facts of each number format met in one workbook, read once per format string. */
export class NumberFormats {
  private readonly facts = new Map<string, FormatFacts>();

  constructor(readonly lib: SheetFormats) {}

  of(format: string | undefined): FormatFacts {
    if (format === undefined || format === '' || format === 'General') return GENERAL;
    let f = this.facts.get(format);
    if (f === undefined) this.facts.set(format, (f = this.read(format)));
    return f;
  }

  /** The facts of the section that shows `v`: a conditional format's (conditionalSection), else the format's. */
  ofValue(format: string | undefined, v: number): FormatFacts {
    const section = format === undefined ? undefined : conditionalSection(format, v);
    return this.of(section ?? format);
  }

  private read(format: string): FormatFacts {
    const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    // An era (g) alone is no date: LibreOffice writes Chinese numerals' General (Excel's [DBNum1]G/通用格式) as [$-1E000804]g/"通用格式".
    const date = this.lib.SSF.is_date(format) && /[ymdhse]/i.test(codes);
    const time = date && isTimeFormat(format);
    const sections = format.split(';');
    const divided = dividedBy(formatDivision(format));
    const empty = (section: string | undefined): boolean => section !== undefined && section.replace(/\[[^\]]*\]/g, '').trim() === '';
    return {
      percent: isPercentFormat(format), date, time,
      yearless: date && !time && !/[ye]/i.test(codes),
      yearOnly: date && !time && /[ye]/i.test(codes) && !/[mdhs]/i.test(codes),
      words: formatWords(format),
      divided,
      misnamed: misnamedMagnitude(format, divided),
      ownNegative: sections.length > 1,
      // A zero hidden by its section (`0;-0;;@`) is not said: it shows 0 as blank.
      hidesPositive: sections.length > 1 && empty(sections[0]),
      hidesNegative: sections.length > 1 && empty(sections[1]),
    };
  }
}

/** True when a number's format shows nothing for it (`;;;`, or `0;-0;` for a negative): the value is in the cell but invisible in Excel. */
export function hiddenByFormat(formats: NumberFormats, cell: Xlsx.CellObject): boolean {
  if (cell.t !== 'n' || typeof cell.v !== 'number' || cell.v === 0) return false;
  const f = formats.of(typeof cell.z === 'string' ? cell.z : undefined);
  return cell.v > 0 ? f.hidesPositive : f.hidesNegative;
}

/**
 * The magnitude word a number's format shows it with when the format divides by another (`0.0,"万"`
 * shows 12000 as 12.0万: read as the 12000 in the cell), or null.
 */
export function misnamedByFormat(formats: NumberFormats, cell: Xlsx.CellObject): { readonly written: string; readonly by: number } | null {
  if (cell.t !== 'n' || typeof cell.v !== 'number') return null;
  const f = formats.ofValue(typeof cell.z === 'string' ? cell.z : undefined, cell.v);
  return (cell.v < 0 && f.ownNegative) || f.misnamed === null || f.divided === null ? null : { written: f.misnamed, by: f.divided.by };
}

/**
 * The year of a date cell whose format does not show it (`m"月"`, `m/d`), or null: the year is
 * in the cell (often last year's, from a template) but nowhere on the sheet.
 */
export function hiddenYear(formats: NumberFormats, cell: Xlsx.CellObject, date1904: boolean): number | null {
  if (cell.t !== 'n' || typeof cell.v !== 'number' || cell.v < 1 || !formats.of(typeof cell.z === 'string' ? cell.z : undefined).yearless) return null;
  return formats.lib.SSF.parse_date_code(cell.v, { date1904 })?.y ?? null;
}

/** A year and a two-digit month after a dot, as a two-decimal format shows `2024.1` (`2024.10`). */
const YEAR_DOT_MONTH = /^(?:19|20)\d\d\.(?:0[1-9]|1[0-2])$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A time format without a date part: hours or seconds, no year or day (`[h]:mm`, `hh:mm:ss`, `mm:ss`). */
function isTimeFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[(?:red|black|blue|green|white|yellow|magenta|cyan|color\s*\d+|\$[^\]]*)\]/gi, '');
  return /\[?[hs]/i.test(bare) && !/[yd]/i.test(bare.replace(/\[[hms]+\]/gi, ''));
}

/** A date serial as the period parser reads it: `2024-03` for the 1st of a month, else `2024-03-15`. */
function dateText(lib: SheetFormats, serial: number, date1904: boolean): string | null {
  if (serial < 1) return null; // a time of day, not a date
  const d = lib.SSF.parse_date_code(serial, { date1904 });
  if (!d || !d.y) return null;
  return d.d === 1 ? `${d.y}-${pad2(d.m)}` : `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
}

/** A date serial's year as the period parser reads a year (`2024年`). */
function yearText(lib: SheetFormats, serial: number, date1904: boolean): string | null {
  if (serial < 1) return null;
  const d = lib.SSF.parse_date_code(serial, { date1904 });
  return d && d.y ? `${d.y}年` : null;
}

/**
 * OOXML's escape of a control character (`_x000d_` for a CR, `_x000A_` for a LF), left as text
 * where nothing undoes it: LibreOffice's .xls writes a pasted CR so, in a format without escapes,
 * and SheetJS reads .xlsx escapes only once (`_x005F_x000D_`, double-escaped by some exporters).
 */
const ESCAPED_CONTROL = /_x00[01][0-9a-f]_/gi;

function unescapeControls(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(ESCAPED_CONTROL, (m) => String.fromCharCode(parseInt(m.slice(2, 6), 16)));
}

/** The text of one cell; null `v` with a formula is reported by the caller. */
export function cellText(formats: NumberFormats, cell: Xlsx.CellObject, date1904: boolean): string {
  const v = cell.v;
  const lib = formats.lib;
  switch (cell.t) {
    case 'n': {
      if (typeof v !== 'number') return cell.w ?? '';
      const z = typeof cell.z === 'string' ? cell.z : undefined;
      const f = formats.ofValue(z, v);
      if (f.percent) return `${numberText(v * 100)}%`;
      if (f.date) {
        // A duration or time of day ([h]:mm, hh:mm:ss) is not a date: the text Excel shows (`30:00`).
        if (f.time) return cell.w ?? numberText(v);
        // A date shown as 2024 or 2024年 means the year: its day (often 1 January, as typed `2024-1-1`
        // or left by a template) would make it January's.
        if (f.yearOnly) return yearText(lib, v, date1904) ?? cell.w ?? numberText(v);
        return dateText(lib, v, date1904) ?? cell.w ?? numberText(v);
      }
      // 15000 in a `0!.0000` cell is shown 1.5000: the number is the base unit's, and a （万元） header
      // means what is shown. Written as 1.5万, it is 15000 under 元 and 1.5万元 under 万元.
      if (f.divided !== null && !(v < 0 && f.ownNegative)) return `${numberText(v / f.divided.by)}${f.divided.word}`;
      // 1.5 in a `0.0"万元"` cell is shown, and meant, as 1.5万元 (3000 in `"约"0` as 约3000): the words
      // shown, for the value parser to read with its notes. A negative may have a section of its own.
      const words = v < 0 && f.ownNegative ? null : f.words;
      if (words !== null) return `${words.before}${numberText(v)}${words.after}`;
      // A built-in format SheetJS has no pattern for (Chinese Excel's 57, 年月) it shows as m/d/yy: a date.
      if (z === undefined && cell.w !== undefined && SHOWN_AS_DATE.test(cell.w)) return dateText(lib, v, date1904) ?? numberText(v);
      // 2024.10 typed as a number in a two-decimal format shows October; the number alone (2024.1)
      // would be read as January. The text shown is the same number, so nothing is lost for a value.
      if (v >= 1900 && v < 2100 && cell.w !== undefined && YEAR_DOT_MONTH.test(cell.w)) return cell.w;
      return numberText(v);
    }
    case 's': return typeof v === 'string' ? unescapeControls(v).replace(CONTROL, '') : String(v ?? '');
    case 'b': return v ? 'TRUE' : 'FALSE';
    case 'd': return v instanceof Date ? `${v.getFullYear()}-${pad2(v.getMonth() + 1)}-${pad2(v.getDate())}` : (cell.w ?? '');
    case 'e': return cell.w ?? '#N/A';
    default: return '';
  }
}
