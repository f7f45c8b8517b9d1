/**
 * A workbook whose sheets are named for months without a year (`12月`, `1月`, `2月`), the year in
 * the file name only, whose order runs across a year end: read by the file name's year, 12月 was
 * December of the same year as 1月, eleven months after it. Sheets run forward in time, so the
 * months before the turn are of one year and those after it of the next: which two years is the
 * file name's to say (`2023-2024年`, `2024-2025采暖季`); with one year only (`2024年社区月报`) the
 * side with more months is taken to be that year, and the reading is a guess, said as such.
 */
import { fileBaseName } from './name-text';
import { findPeriodInText } from '../cells/scan-period-text';
import { sheetNameSpan } from './sheet-period';

/** How a workbook's month sheets across a year end are read. */
export interface YearEndSheets {
  /** Sheet name → the name its period is read by (`12月` → `2023年12月`), for every month sheet. */
  readonly periodNames: ReadonlyMap<string, string>;
  /** The years before and after the turn. */
  readonly years: readonly [number, number];
  /** The sheets before and after the turn, in order. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** The file name names one year only: which side is that year is a guess. */
  readonly guessed: boolean;
}

/** Two consecutive years written as a span (`2023-2024年`, `2024—2025年度`, `2024至2025`). */
const TWO_YEARS = /(20\d{2})\s*年?度?\s*[-—–~～至到]\s*(20\d{2})/;
/** A turn further than this many months forward (`3月` before `1月`) is no year end: sheets in reverse order. */
const MAX_STEP = 3;

/**
 * The reading of `sheets` (in workbook order, each its name and first rows) as month sheets across a
 * year end, or null when they are not: fewer than two month sheets, any of them naming its own year
 * (in the name or a title row), months in order or in reverse, or no year in the file name.
 */
export function yearEndSheets(sheets: readonly { sheet: string; rows: readonly (readonly string[])[] }[], fileName: string): YearEndSheets | null {
  const months: { sheet: string; month: number }[] = [];
  for (const s of sheets) {
    const named = sheetNameSpan(s.sheet, '');
    if (named === null) continue;
    const p = named.period;
    // A sheet naming its year (in its name, or its title below) is read by it; the others' year is then no guess of ours.
    if (named.yearKnown) return null;
    if (p.cumulative || p.period.granularity !== 'M') continue;
    if (s.rows.slice(0, 3).some((r) => r.some((c) => c !== '' && findPeriodInText(c) !== null))) return null;
    months.push({ sheet: s.sheet, month: p.period.index });
  }
  if (months.length < 2) return null;
  const drops = months.flatMap((m, k) => (k > 0 && m.month <= months[k - 1]!.month ? [k] : []));
  if (drops.length !== 1) return null;
  const turn = drops[0]!;
  const step = months[turn]!.month - months[turn - 1]!.month + 12;
  if (step > MAX_STEP || months[months.length - 1]!.month >= months[0]!.month) return null;
  const base = fileBaseName(fileName);
  const span = TWO_YEARS.exec(base);
  const first = span !== null ? Number(span[1]) : undefined;
  const years: [number, number] | null = first !== undefined && Number(span![2]) === first + 1 ? [first, first + 1] : null;
  let chosen = years;
  if (chosen === null) {
    const year = findPeriodInText(base)?.period.year;
    if (year === undefined) return null;
    chosen = turn * 2 > months.length ? [year, year + 1] : [year - 1, year];
  }
  const periodNames = new Map(months.map((m, k) => [m.sheet, `${chosen[k < turn ? 0 : 1]}年${m.month}月`]));
  return {
    periodNames, years: chosen, guessed: years === null,
    before: months.slice(0, turn).map((m) => m.sheet), after: months.slice(turn).map((m) => m.sheet),
  };
}
