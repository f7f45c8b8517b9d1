/**
 * Dates read as the month they fall in (2024-03-31, 3/15/2024, an Excel serial 45352): the first
 * or last day stands for its month (a 截至 date is its last day) and is said in an info; a day
 * within the month, a serial number and an ambiguous day/month order are warnings.
 */
import { makePeriod } from '../vocabulary/period';
import { note, type ValueNote } from './value-note';
import { plain, withNote, type ParsedPeriod } from './parsed-period';

/** Serial range read as dates: 1950-01-01 … 2099-12-31 (smaller numbers are more likely counts). */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;

/**
 * A date read as its month, marked with its day: `asMonth` (an info) for the first or last day,
 * which stand for the month (a 截至 date is its last day); a warning for a day within it
 * (`2024-03-15`), a point in the month or a report's date that may not be the figures' month.
 */
function onDate(parsed: ParsedPeriod, shown: string, year: number, month: number, day: number, asMonth: ValueNote): ParsedPeriod {
  parsed.day = day === 1 ? 'first' : !validDay(year, month, day + 1) ? 'last' : 'within';
  parsed.notes.push(parsed.day === 'within' ? midMonthNote(shown, year, month, day) : asMonth);
  return parsed;
}

/**
 * The date `shown` (`2024-03-01`, `20240331`, `1-Mar-2024`) of `year`-`month`-`day` read as its
 * month, with onDate's mark and note (the info date-as-month for a first or last day).
 */
export function dateAsMonth(shown: string, year: number, month: number, day: number): ParsedPeriod {
  return onDate(plain(makePeriod(year, 'M', month)), shown, year, month, day,
    note('date-as-month', 'info', `日期“${shown}”按所在月份（${year}年${month}月）统计。`, `Date "${shown}" read as its month.`));
}

function midMonthNote(shown: string, year: number, month: number, day: number): ValueNote {
  return note('date-mid-month', 'warning',
    `日期“${shown}”是${year}年${month}月${day}日，不是月初或月末，已按所在月份（${year}年${month}月）统计；请核对该数是否就是${year}年${month}月的数，最好在源表写成“${year}年${month}月”`,
    `Date "${shown}" is a day within ${year}-${String(month).padStart(2, '0')}, neither its first nor last; read as that month. Please check.`);
}

export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `a/b/yyyy`: unambiguous when one side exceeds 12; else read month-first (Excel en-US) with a warning. */
export function slashDate(s: string, a: number, b: number, year: number): ParsedPeriod | null {
  if (a > 12 && validDay(year, b, a)) return onDate(plain(makePeriod(year, 'M', b)), s, year, b, a, note('date-as-month', 'info',
    `日期“${s}”按日/月/年理解为${year}年${b}月。`, `Date "${s}" read day-first as ${year}-${b}.`));
  if (!validDay(year, a, b)) return null;
  const parsed = plain(makePeriod(year, 'M', a));
  if (b > 12 || a === b) return onDate(parsed, s, year, a, b, note('date-as-month', 'info',
    `日期“${s}”按月/日/年理解为${year}年${a}月。`, `Date "${s}" read month-first as ${year}-${a}.`));
  return withNote(parsed, note('ambiguous-date', 'warning',
    `日期“${s}”可能是${year}年${a}月，也可能是${year}年${b}月；已按月/日/年理解为${year}年${a}月，请核对，最好在源表写成“${year}年${a}月”。`,
    `Date "${s}" is ambiguous (${year}-${a} or ${year}-${b}); read month-first as ${year}-${a}. Please check.`));
}

/**
 * Excel 1900 system: serial 1 = 1900-01-01 and serial 60 is the fictitious 1900-02-29, so from
 * serial 61 on, day 0 is 1899-12-30. Serials below SERIAL_MIN are not read as dates at all.
 */
export function excelSerial(s: string, serial: number): ParsedPeriod | null {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  return withNote(plain(makePeriod(year, 'M', month)), note('excel-serial', 'warning',
    `“${s}”像是Excel日期序号，按${year}年${month}月理解；请在Excel中把期间列设为日期或文本格式后重新导出。`,
    `"${s}" looks like an Excel date serial; read as ${year}-${String(month).padStart(2, '0')}. Format the column as a date or text in Excel and export again.`));
}
