/**
 * What a 期间 column says as a whole about the cells the grammar alone does not read: `24.3` (a
 * two-digit year and its month) and `2024年3` (a year and a month without 月) are months when every
 * other cell of the column that is a period is a month too (a quarter or year beside them leaves
 * `24.3` or `2024年3` in doubt). A period without its year (`4月`) in a table whose title and file
 * name give none takes the year of the column when every cell giving a year gives the same one.
 * Read once per table from the rows held before it is read
 * (read-rows.ts), never per row; row-periods.ts asks only for texts the grammar refused.
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { normalisePeriodText } from '../cells/period-words';

/** The period column's cells in the rows held before the table was read, with their lines. */
export interface ColumnSample {
  readonly texts: readonly string[];
  readonly lines: readonly number[];
}

/** `24.3`: a two-digit year, a dot, a month. */
const SHORT_DOT = /^(\d{2})\.(\d{1,2})$/;
/** `2024年3`: a year and a month without 月. */
const NO_YUE = /^((?:19|20)\d{2})年(\d{1,2})$/;

/** A short form as the grammar writes it (`24.3` → `2024年3月`, `2024年3` → `2024年3月`), its kind; null for another text. */
export function shortForm(text: string): { full: string; twoDigit: boolean } | null {
  const s = normalisePeriodText(text);
  const m = SHORT_DOT.exec(s) ?? NO_YUE.exec(s);
  if (m === null) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const twoDigit = m[1]!.length === 2;
  return { full: `${twoDigit ? `20${m[1]}` : m[1]}年${month}月`, twoDigit };
}

/** What the column's cells say, read once. */
export interface ColumnReading {
  /** Every period of the column is a month, or a short form of one: short forms are read as months. */
  readonly shortForms: boolean;
  /** The years the cells that give one name, in order. */
  readonly years: readonly number[];
  /** Lines of those cells (the first few). */
  readonly yearLines: readonly number[];
  /** The earliest month of the months written with their year (`2023年11月` → 11); 13 when none. */
  readonly firstMonth: number;
  /** The first line of a December written with its year (`2023年12月`); 0 when none. */
  readonly decemberLine: number;
}

const YEAR_LINES_KEPT = 10;

export function readColumn(sample: ColumnSample): ColumnReading {
  let months = true;
  let doubtful = false;
  const years = new Set<number>();
  const yearLines: number[] = [];
  let firstMonth = 13;
  let decemberLine = 0;
  // Each distinct text's year (null: none), read once; its month when it is one with its year written (0: not).
  const yearOf = new Map<string, number | null>();
  const monthOf = new Map<string, number>();
  for (let k = 0; k < sample.texts.length; k++) {
    const text = sample.texts[k]!.trim();
    if (text === '') continue;
    let year = yearOf.get(text);
    if (year === undefined) {
      year = null;
      const short = shortForm(text);
      if (short !== null) year = Number(short.full.slice(0, 4));
      else {
        // `24.15`: no month, a number; the column is no column of months written short.
        if (SHORT_DOT.test(normalisePeriodText(text))) doubtful = true;
        const own = parsePeriodLabel(text);
        if (own !== null) year = own.period.year;
        monthOf.set(text, own !== null && own.period.granularity === 'M' && !own.cumulative ? own.period.index : 0);
        const p = own ?? parsePeriodLabel(text, { defaultYear: 2000 });
        if (p !== null && (p.period.granularity !== 'M' || p.cumulative)) months = false;
      }
      yearOf.set(text, year);
    }
    if (year === null) continue;
    const month = monthOf.get(text) ?? 0;
    if (month > 0) firstMonth = Math.min(firstMonth, month);
    if (month === 12 && decemberLine === 0) decemberLine = sample.lines[k]!;
    years.add(year);
    if (yearLines.length < YEAR_LINES_KEPT) yearLines.push(sample.lines[k]!);
  }
  return { shortForms: months && !doubtful, years: [...years].sort((a, b) => a - b), yearLines, firstMonth, decemberLine };
}

/** The cells of `column` in `rows` from `from` on, with their lines (a copy: the rows may be released). */
export function columnSample(rows: readonly (readonly string[])[], lines: readonly number[], from: number, column: number): ColumnSample {
  const texts: string[] = [];
  const at: number[] = [];
  for (let r = from; r < rows.length; r++) {
    texts.push(rows[r]![column] ?? '');
    at.push(lines[r]!);
  }
  return { texts, lines: at };
}
