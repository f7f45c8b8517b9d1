/**
 * A workbook cell → the text a person sees, in the forms the shared parsers read: cached formula
 * values, `12.5%` for percent formats, `2024-03` / `2024-03-15` for dates, `30:00` for durations,
 * numbers as plain `String(n)` rounded to 15 significant digits, text as written.
 */
import type * as Xlsx from '@e965/xlsx';
import { CONTROL } from './row-hygiene';

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

/** A Chinese magnitude in a format's literal text (`0.0"万元"`, `0.00"万人"`, `0"千"`). */
const MAGNITUDE = /[万亿千]/;

/**
 * The literal text a number format writes after the number when it names a magnitude
 * (`0.0"万元"` → `万元`), or null. A format that divides the number itself (`#,##0,"千"`, a
 * comma before the literal) shows a scaled copy of the true value, so it gives null too.
 */
export function magnitudeSuffix(format: string | undefined): string | null {
  if (!format) return null;
  const first = format.split(';')[0]!.replace(/\[[^\]]*\]/g, '');
  const bare = first.replace(/"[^"]*"|\\./g, ' ');
  if (/[0#?],(?![0#?])/.test(bare) || /[0#?],\s*$/.test(bare)) return null;
  const literal = [...first.matchAll(/"([^"]*)"|\\(.)/g)].map((m) => m[1] ?? m[2]).join('').trim();
  return MAGNITUDE.test(literal) ? literal : null;
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

/** The text of one cell; null `v` with a formula is reported by the caller. */
export function cellText(lib: SheetFormats, cell: Xlsx.CellObject, date1904: boolean): string {
  const v = cell.v;
  switch (cell.t) {
    case 'n': {
      if (typeof v !== 'number') return cell.w ?? '';
      const z = typeof cell.z === 'string' ? cell.z : undefined;
      if (isPercentFormat(z)) return `${numberText(v * 100)}%`;
      if (z && z !== 'General' && lib.SSF.is_date(z)) {
        // A duration or time of day ([h]:mm, hh:mm:ss) is not a date: the text Excel shows (`30:00`).
        if (isTimeFormat(z)) return cell.w ?? numberText(v);
        return dateText(lib, v, date1904) ?? cell.w ?? numberText(v);
      }
      // 1.5 in a `0.0"万元"` cell is shown, and meant, as 1.5万元: the text shown, for the value parser to scale with its note.
      const suffix = magnitudeSuffix(z);
      if (suffix !== null) return `${numberText(v)}${suffix}`;
      // A built-in format SheetJS has no pattern for (Chinese Excel's 57, 年月) it shows as m/d/yy: a date.
      if (z === undefined && cell.w !== undefined && SHOWN_AS_DATE.test(cell.w)) return dateText(lib, v, date1904) ?? numberText(v);
      // 2024.10 typed as a number in a two-decimal format shows October; the number alone (2024.1)
      // would be read as January. The text shown is the same number, so nothing is lost for a value.
      if (v >= 1900 && v < 2100 && cell.w !== undefined && YEAR_DOT_MONTH.test(cell.w)) return cell.w;
      return numberText(v);
    }
    case 's': return typeof v === 'string' ? v.replace(CONTROL, '') : String(v ?? '');
    case 'b': return v ? 'TRUE' : 'FALSE';
    case 'd': return v instanceof Date ? `${v.getFullYear()}-${pad2(v.getMonth() + 1)}-${pad2(v.getDate())}` : (cell.w ?? '');
    case 'e': return cell.w ?? '#N/A';
    default: return '';
  }
}
