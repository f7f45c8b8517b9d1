/**
 * A workbook whose sheets are named for months (or quarters) without a year (`12月`, `1月`, `2月`;
 * `四季度`, `一季度`), the year in the file name only, whose order runs across a year end: read by
 * the file name's year, 12月 was December of the same year as 1月, eleven months after it. Sheets run forward in time, so the
 * months before the turn are of one year and those after it of the next: which two years is the
 * file name's to say (`2023-2024年`, `2024-2025采暖季`); with one year only (`2024年社区月报`) the
 * side with more months is taken to be that year, and the reading is a guess, said as such. A sheet
 * whose title names its year (`3月` titled `2024年3月`) gives it to its sheets without one, as a
 * sheet named with its year does, unless it is the file name's year too (the others read by it
 * already); against the file name's year, that is warned.
 */
import { fileBaseName } from './name-text';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { findPeriodInText } from '../cells/scan-period-text';
import { sheetNameSpan } from './sheet-period';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { formatPeriodKey, makePeriod } from '../vocabulary/period';

/** How a workbook's month sheets across a year end are read, by the file name's years. */
export interface YearEndSheets {
  readonly kind: 'file-name';
  /** Sheet name → the name its period is read by (`12月` → `2023年12月`, `四季度` → `2023年第四季度`), for every such sheet. */
  readonly periodNames: ReadonlyMap<string, string>;
  /** The years before and after the turn. */
  readonly years: readonly [number, number];
  /** The sheets before and after the turn, in order. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** The file name names one year only (this one): which side is that year is a guess. Null: it spans both. */
  readonly guessedYear: number | null;
  /** The sheets' title rows, not the file name, name the two years (`2023-2024年度社区就业统计`). */
  readonly spanInTitles?: true;
}

/**
 * Sheets without a year among sheets naming theirs (`2023年11月`, `12月`, `2024年1月`): each read
 * by the year its place between them gives (2023年12月), never by the file name's alone.
 */
export interface NeighbourYears {
  readonly kind: 'neighbours';
  /** Sheet name → the name its period is read by, for the sheets without a year. */
  readonly periodNames: ReadonlyMap<string, string>;
  /** The years those sheets were given. */
  readonly given: ReadonlySet<number>;
  /** The sheets naming their years the others were read by. */
  readonly named: readonly string[];
  /** Sheets among `named` whose title row, not their name, names the year (`3月` titled `2024年3月…`). */
  readonly titled?: readonly string[];
  /** The file name's year when none of `named` names it (2023 of `2023年社区月报.xlsx` beside 2024年3月): warned. */
  readonly against?: number;
}

/**
 * Sheets without a year beside sheets naming two or more (`1月` titled `2023年1月…`, `2月` titled
 * `2024年2月…`, then `3月`, `4月`) out of calendar order: no year to give them. They are read by the
 * file name's year (or refused without one), and warned: the year taken is a guess.
 */
export interface UnsettledYears {
  readonly kind: 'unsettled';
  /** Empty: the sheets are read by their names and the file name as they were. */
  readonly periodNames: ReadonlyMap<string, string>;
  /** The sheets without a year, in order. */
  readonly unnamed: readonly string[];
  /** The sheets naming their years, each with its year and whether its title row (not its name) names it. */
  readonly named: readonly { readonly sheet: string; readonly year: number; readonly titled: boolean }[];
  /** The file name's year, the one the sheets without a year were read by; null when it names none. */
  readonly fileYear: number | null;
}

/** Two consecutive years written as a span (`2023-2024年`, `2024—2025年度`, `2024至2025`). */
const TWO_YEARS = /(20\d{2})\s*年?度?\s*[-—–~～至到]\s*(20\d{2})/;

/** The first of two consecutive years `text` names as a span (2023 of `2023-2024年度社区就业统计`), or null. */
export function yearSpanIn(text: string): number | null {
  const m = TWO_YEARS.exec(text);
  return m !== null && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : null;
}
/**
 * A turn further forward than this (`3月` before `1月`, `二季度` before `一季度`) is no year end:
 * sheets in reverse order. Months may skip one or two (10月, 12月, 1月); quarters none.
 */
const MAX_STEP = { M: 3, Q: 1 } as const;
const CYCLE = { M: 12, Q: 4 } as const;

/** A month (quarter) sheet: its name, its month (quarter) and the year its name (or its title) gives, if any. */
interface Part { readonly sheet: string; readonly month: number; readonly year: number | null }

/**
 * The year a sheet's title names (a period in its first three rows), null when none names one; a
 * title naming two consecutive years (`2023-2024年度…`) is read by its first, and says it is a `span`.
 */
function titleYear(rows: readonly (readonly string[])[]): { year: number | null; span?: true } {
  for (const r of rows.slice(0, 3)) {
    for (const c of r) {
      const span = c !== '' ? yearSpanIn(c) : null;
      if (span !== null) return { year: span, span: true };
      const p = c !== '' ? findPeriodInText(c) : null;
      if (p !== null) return { year: p.period.year };
    }
  }
  return { year: null };
}

/**
 * The years of the sheets without one among `parts` (in order, some naming their years): each the
 * year its place after the named sheet before it gives (or before the one after it), a year end
 * crossed between neighbours only as at one (12月 to 1月, MAX_STEP); null when the named sheets'
 * order is not the calendar's (reverse, or a year skipped).
 */
function neighbourYears(parts: readonly Part[], g: 'M' | 'Q'): NeighbourYears | null {
  const cycle = CYCLE[g];
  const ords: (number | null)[] = parts.map((p) => (p.year !== null ? p.year * cycle + p.month - 1 : null));
  const first = ords.findIndex((o) => o !== null);
  // Forward from the first named sheet: the next occurrence of each month.
  for (let k = first + 1; k < parts.length; k++) {
    const prev = ords[k - 1]!;
    let next = prev - (prev % cycle) + parts[k]!.month - 1;
    if (next <= prev) next += cycle;
    const crossed = Math.floor(next / cycle) !== Math.floor(prev / cycle);
    if (ords[k] === null) {
      if (crossed && next - prev > MAX_STEP[g]) return null;
      ords[k] = next;
    } else if (ords[k] !== next) return null;
  }
  // Back from it: the previous occurrence.
  for (let k = first - 1; k >= 0; k--) {
    const after = ords[k + 1]!;
    let before = after - (after % cycle) + parts[k]!.month - 1;
    if (before >= after) before -= cycle;
    if (Math.floor(before / cycle) !== Math.floor(after / cycle) && after - before > MAX_STEP[g]) return null;
    ords[k] = before;
  }
  const periodNames = new Map(parts.flatMap((p, k) => (p.year !== null ? [] : [[p.sheet,
    formatPeriodLabel(formatPeriodKey(makePeriod(Math.floor(ords[k]! / cycle), g, (ords[k]! % cycle) + 1)), 'zh')] as const])));
  const given = new Set(parts.flatMap((p, k) => (p.year !== null ? [] : [Math.floor(ords[k]! / cycle)])));
  return periodNames.size === 0 ? null : { kind: 'neighbours', periodNames, given, named: parts.filter((p) => p.year !== null).map((p) => p.sheet) };
}

/**
 * The one year the sheets naming theirs (by name or title) all name, for those without one, when
 * their order says none (4月 before 3月 titled 2024年3月: latest first); null when they name two.
 */
function titlesYear(parts: readonly Part[], g: 'M' | 'Q'): NeighbourYears | null {
  const years = new Set(parts.flatMap((p) => (p.year !== null ? [p.year] : [])));
  const [year] = years;
  if (years.size !== 1 || year === undefined) return null;
  const periodNames = new Map(parts.flatMap((p) => (p.year !== null ? [] : [[p.sheet, formatPeriodLabel(formatPeriodKey(makePeriod(year, g, p.month)), 'zh')] as const])));
  return periodNames.size === 0 ? null : { kind: 'neighbours', periodNames, given: years, named: parts.filter((p) => p.year !== null).map((p) => p.sheet) };
}

/** The sheets of `parts` without a year, when those naming theirs name two or more (else null). */
function unsettledYears(parts: readonly Part[], titled: ReadonlySet<string>, fileYear: number | null): UnsettledYears | null {
  const named = parts.flatMap((p) => (p.year !== null ? [{ sheet: p.sheet, year: p.year, titled: titled.has(p.sheet) }] : []));
  const unnamed = parts.filter((p) => p.year === null).map((p) => p.sheet);
  return unnamed.length > 0 && new Set(named.map((n) => n.year)).size > 1 ? { kind: 'unsettled', periodNames: new Map(), unnamed, named, fileYear } : null;
}

/**
 * The reading of `sheets` (in workbook order, each its name and first rows) as month sheets across a
 * year end, or null when they are not: fewer than two month sheets, any without a year naming it in a
 * title row, months in order or in reverse, or no year in the file name. Sheets naming their years
 * give it to those between and beside them that do not (neighbourYears).
 */
export function yearEndSheets(sheets: readonly { sheet: string; rows: readonly (readonly string[])[] }[], fileName: string): YearEndSheets | NeighbourYears | UnsettledYears | null {
  const parts = { M: [] as Part[], Q: [] as Part[] };
  const titled: { sheet: string; year: number; span: boolean }[] = [];
  for (const s of sheets) {
    const named = sheetNameSpan(s.sheet, '');
    if (named === null) continue;
    const p = named.period;
    const g = p.period.granularity;
    if (p.cumulative || (g !== 'M' && g !== 'Q')) continue;
    // A sheet whose title names its year is read by it: the year of its sheets without one (below).
    const title = named.yearKnown ? null : titleYear(s.rows);
    const year = named.yearKnown ? p.period.year : title!.year;
    if (!named.yearKnown && year !== null) titled.push({ sheet: s.sheet, year, span: title!.span === true });
    parts[g].push({ sheet: s.sheet, month: p.period.index, year });
  }
  const base = fileBaseName(fileName);
  const fileYear = findPeriodInText(base)?.period.year ?? null;
  // Sheets naming years the file name does not name give another year against it: said in a warning.
  // (Given the file name's own, as 1月 after 12月 titled 2023年12月 in 2024年…, they read as it says.)
  const against = (found: NeighbourYears | null, parts: readonly Part[]): NeighbourYears | null =>
    found !== null && fileYear !== null && !parts.some((p) => p.year === fileYear) && [...found.given].some((y) => y !== fileYear)
      ? { ...found, against: fileYear } : found;
  // Titles naming the two years the sheets run across (`2023-2024年度…` over 12月, 1月, 2月) read them
  // as a file name naming both does; titled so over months that do not turn, they are their first year's.
  const spans = new Set(titled.map((t) => (t.span ? t.year : NaN)));
  const [span] = spans;
  if (titled.length > 0 && spans.size === 1 && span !== undefined && !Number.isNaN(span)) {
    const g = parts.M.length >= 2 ? 'M' : 'Q';
    const turned = parts[g].every((p) => p.year === null || p.year === span) ? yearEndTurn(parts[g].map((p) => ({ ...p, year: null })), g, base, span) : null;
    if (turned !== null) return turned;
  }
  if (titled.length > 0) {
    // Titles naming the file name's year leave the others to it, as they read; titles naming another
    // (a sheet retitled for a new year in last year's workbook), or the only year, give it to the
    // sheets without one: the sheets of one workbook are of one run of months.
    if (fileYear !== null && titled.every((t) => t.year === fileYear)) return null;
    const g = parts.M.length >= 2 ? 'M' : 'Q';
    const found = parts[g].length >= 2 ? neighbourYears(parts[g], g) ?? titlesYear(parts[g], g) : null;
    return found === null ? unsettledYears(parts[g], new Set(titled.map((t) => t.sheet)), fileYear)
      : against({ ...found, titled: titled.map((t) => t.sheet) }, parts[g]);
  }
  // Month sheets, else quarter sheets (a 一季度 beside its months is their sum, read by its own name).
  const g = parts.M.length >= 2 ? 'M' : 'Q';
  const months = parts[g];
  if (months.length < 2) return null;
  if (months.some((m) => m.year !== null)) {
    return months.some((m) => m.year === null) ? against(neighbourYears(months, g), months) ?? unsettledYears(months, new Set(), fileYear) : null;
  }
  return yearEndTurn(months, g, base);
}

/**
 * The reading of `months` (none naming its year, in order) across one year end by the two years
 * the file name names (`2023-2024年`), or else the titles (`titleSpan`, the first), or else by the
 * one year it names, a guess; null when they do not turn once, or no year is named.
 */
function yearEndTurn(months: readonly Part[], g: 'M' | 'Q', base: string, titleSpan?: number): YearEndSheets | null {
  if (months.length < 2) return null;
  const drops = months.flatMap((m, k) => (k > 0 && m.month <= months[k - 1]!.month ? [k] : []));
  if (drops.length !== 1) return null;
  const turn = drops[0]!;
  const step = months[turn]!.month - months[turn - 1]!.month + CYCLE[g];
  if (step > MAX_STEP[g] || months[months.length - 1]!.month >= months[0]!.month) return null;
  const named = yearSpanIn(base) ?? undefined;
  const first = named ?? titleSpan;
  const years: [number, number] | null = first !== undefined ? [first, first + 1] : null;
  let chosen = years;
  let guessedYear: number | null = null;
  if (chosen === null) {
    const year = findPeriodInText(base)?.period.year;
    if (year === undefined) return null;
    chosen = turn * 2 > months.length ? [year, year + 1] : [year - 1, year];
    guessedYear = year;
  }
  const periodNames = new Map(months.map((m, k) => [m.sheet, formatPeriodLabel(formatPeriodKey(makePeriod(chosen[k < turn ? 0 : 1], g, m.month)), 'zh')]));
  return {
    kind: 'file-name', periodNames, years: chosen, guessedYear,
    before: months.slice(0, turn).map((m) => m.sheet), after: months.slice(turn).map((m) => m.sheet),
    ...(named === undefined && titleSpan !== undefined ? { spanInTitles: true as const } : {}),
  };
}

/**
 * What reading month sheets by their order says: the years of each side of a year end, and whether
 * they are a guess; or the years sheets without one took from their neighbours.
 */
export function yearEndIssue(y: YearEndSheets | NeighbourYears | UnsettledYears, name: string, fileName: string): ImportIssue {
  if (y.kind === 'unsettled') return unsettledIssue(y, name, fileName);
  if (y.kind === 'neighbours') {
    const read = [...y.periodNames].map(([sheet, label]) => `“${sheet.trim()}”读作${label}`).join('、');
    const readEn = [...y.periodNames].map(([a, b]) => `${a} as ${b}`).join(', ');
    const list = (sheets: readonly string[]): string => sheets.slice(0, 3).map((s) => `“${s.trim()}”`).join('、') + (sheets.length > 3 ? '等' : '');
    const t = y.titled;
    const [zh, en] = t !== undefined
      ? [`工作表名和标题行都没有写年份的工作表，按同一工作簿中${list(t)}标题行所写的年份（及工作表的先后）读取：${read}`,
        `Sheets named without a year and untitled are read by the year the title rows of ${t.join(', ')} give: ${readEn}`]
      : [`工作表名没有写年份的，按前后写了年份的工作表（${list(y.named)}）的顺序读取：${read}`, `Sheets named without a year are read by the order of those naming theirs: ${readEn}`];
    const at = { file: name, sheet: [...y.periodNames.keys()][0]! };
    if (y.against === undefined) return makeIssue('info', 'period-year-from-sheets', at, zh, `${en}.`);
    return makeIssue('warning', 'period-year-from-sheets', at,
      `${zh}；但文件名“${fileBaseName(fileName)}”写的是${y.against}年，请核对哪一个正确（是否沿用了另一年的工作簿？）。如应为${y.against}年，请把工作表名改为写明年份的名称（如“${y.against}年${at.sheet.trim()}”）后重新导入`,
      `${en}; but the file name says ${y.against}. Name the sheets with their years if this is wrong.`);
  }
  const side = (sheets: readonly string[], year: number): string => `${sheets.map((t) => `“${t.trim()}”`).join('')}按${year}年`;
  const read = `已把${side(y.before, y.years[0])}、${side(y.after, y.years[1])}读取`;
  const en = `read as ${y.before.join(', ')} of ${y.years[0]} and ${y.after.join(', ')} of ${y.years[1]}`;
  const base = fileBaseName(fileName);
  const fileYear = y.guessedYear;
  if (fileYear === null) {
    return makeIssue('info', 'period-year-end', { file: name, sheet: y.before[0]! },
      `工作表依次为${[...y.before, ...y.after].map((t) => t.trim()).join('、')}，跨了年（${y.spanInTitles === true ? '标题行' : `文件名“${base}”`}写的是${y.years[0]}—${y.years[1]}年）：${read}`,
      `The month sheets run across a year end (the ${y.spanInTitles === true ? 'title rows span' : 'file name spans'} ${y.years[0]}-${y.years[1]}): ${en}.`);
  }
  return makeIssue('warning', 'period-year-end', { file: name, sheet: (fileYear === y.years[0] ? y.after : y.before)[0]! },
    `工作表依次为${[...y.before, ...y.after].map((t) => t.trim()).join('、')}，跨了年，而工作表名和标题都没有写年份，文件名“${base}”只写了${fileYear}年：${read}。如年份不对，请把工作表名改为写明年份的名称（如“${y.years[0]}年${y.before[y.before.length - 1]!.trim()}”）后重新导入`,
    `The month sheets run across a year end and only the file name gives a year (${fileYear}): ${en}. Name the sheets with their years if this is wrong.`);
}

/** Sheets without a year beside sheets naming two: the year taken (the file name's) named as a guess, or none. */
function unsettledIssue(y: UnsettledYears, name: string, fileName: string): ImportIssue {
  const sheets = y.unnamed.map((t) => `“${t.trim()}”`).join('');
  const years = y.named.map((n) => (n.titled ? `“${n.sheet.trim()}”标题行写的是${n.year}年` : `“${n.sheet.trim()}”`)).join('、');
  const yearsEn = y.named.map((n) => `${n.sheet} ${n.year}`).join(', ');
  const head = `工作表${sheets}的表名和标题行都没有写年份，同一工作簿中写了年份的工作表年份不一（${years}）`;
  const at = { file: name, sheet: y.unnamed[0]! };
  if (y.fileYear === null) {
    return makeIssue('warning', 'period-year-unsettled', at, `${head}，无法据此确定它们的年份`,
      `Sheets ${y.unnamed.join(', ')} name no year, and the sheets naming theirs name different years (${yearsEn}): no year could be taken from them.`);
  }
  const other = y.named.find((n) => n.year !== y.fileYear)?.year ?? y.named[0]!.year;
  return makeIssue('warning', 'period-year-unsettled', at,
    `${head}，已按文件名“${fileBaseName(fileName)}”读作${y.fileYear}年，请核对${sheets}是哪一年的表。如不是${y.fileYear}年，请把工作表名改为写明年份的名称（如“${other}年${at.sheet.trim()}”）后重新导入`,
    `Sheets ${y.unnamed.join(', ')} name no year, and the sheets naming theirs name different years (${yearsEn}): read by the file name's ${y.fileYear}. Name the sheets with their years if this is wrong.`);
}
