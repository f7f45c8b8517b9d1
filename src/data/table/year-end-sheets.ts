/**
 * A workbook whose sheets are named for months (or quarters) without a year (`12月`, `1月`, `2月`;
 * `四季度`, `一季度`), the year in the file name only, whose order runs across a year end: read by
 * the file name's year, 12月 was December of the same year as 1月, eleven months after it. Sheets run forward in time, so the
 * months before the turn are of one year and those after it of the next: which two years is the
 * file name's to say (`2023-2024年`, `2024-2025采暖季`); with one year only (`2024年社区月报`) the
 * side with more months is taken to be that year, and the reading is a guess, said as such.
 */
import { fileBaseName } from './name-text';
import { findPeriodInText } from '../cells/scan-period-text';
import { sheetNameSpan } from './sheet-period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, makePeriod } from '../vocabulary/period';

/** How a workbook's month sheets across a year end are read. */
export interface YearEndSheets {
  /** Sheet name → the name its period is read by (`12月` → `2023年12月`, `四季度` → `2023年第四季度`), for every such sheet. */
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
/**
 * A turn further forward than this (`3月` before `1月`, `二季度` before `一季度`) is no year end:
 * sheets in reverse order. Months may skip one or two (10月, 12月, 1月); quarters none.
 */
const MAX_STEP = { M: 3, Q: 1 } as const;
const CYCLE = { M: 12, Q: 4 } as const;

/**
 * The reading of `sheets` (in workbook order, each its name and first rows) as month sheets across a
 * year end, or null when they are not: fewer than two month sheets, any of them naming its own year
 * (in the name or a title row), months in order or in reverse, or no year in the file name.
 */
export function yearEndSheets(sheets: readonly { sheet: string; rows: readonly (readonly string[])[] }[], fileName: string): YearEndSheets | null {
  const parts = { M: [] as { sheet: string; month: number }[], Q: [] as { sheet: string; month: number }[] };
  for (const s of sheets) {
    const named = sheetNameSpan(s.sheet, '');
    if (named === null) continue;
    const p = named.period;
    // A sheet naming its year (in its name, or its title below) is read by it; the others' year is then no guess of ours.
    if (named.yearKnown) return null;
    const g = p.period.granularity;
    if (p.cumulative || (g !== 'M' && g !== 'Q')) continue;
    if (s.rows.slice(0, 3).some((r) => r.some((c) => c !== '' && findPeriodInText(c) !== null))) return null;
    parts[g].push({ sheet: s.sheet, month: p.period.index });
  }
  // Month sheets, else quarter sheets (a 一季度 beside its months is their sum, read by its own name).
  const g = parts.M.length >= 2 ? 'M' : 'Q';
  const months = parts[g];
  if (months.length < 2) return null;
  const drops = months.flatMap((m, k) => (k > 0 && m.month <= months[k - 1]!.month ? [k] : []));
  if (drops.length !== 1) return null;
  const turn = drops[0]!;
  const step = months[turn]!.month - months[turn - 1]!.month + CYCLE[g];
  if (step > MAX_STEP[g] || months[months.length - 1]!.month >= months[0]!.month) return null;
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
  const periodNames = new Map(months.map((m, k) => [m.sheet, formatPeriodLabel(formatPeriodKey(makePeriod(chosen[k < turn ? 0 : 1], g, m.month)), 'zh')]));
  return {
    periodNames, years: chosen, guessed: years === null,
    before: months.slice(0, turn).map((m) => m.sheet), after: months.slice(turn).map((m) => m.sheet),
  };
}
