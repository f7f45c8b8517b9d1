/**
 * A year mistyped where a title, file name or sheet name writes its period. The letters O (o) or
 * l (I) typed for 0 or 1 in a year that is otherwise one (`2O24年3月`): only one year can be
 * meant, so it is read, and said. A number before 年 that is no year (`2204年3月`, `20244年`,
 * `204年3月`): which year was meant is a guess, so it is never read, and said.
 */
import { lettersForDigits } from './letters-for-digits';
import { CN, MONTH_NUMBER } from './period-words';
import { note, type ValueNote } from './value-note';
import { YEARS_COUNTED_AFTER } from '../vocabulary/years-counted';

/** A year as the period grammar reads one: 19xx or 20xx. */
const A_YEAR = /^(?:19|20)\d{2}$/;
/** Four characters before 年, digits with the letters O, o, l or I among them (`2O24年`). */
const LETTER_YEAR = /(?<![A-Za-z\d])[\dOolI]{4}(?=年)/g;
/** What follows a period's year: a month, a quarter, a half, 度 or 全年 (pattern source). */
const PART = `(?:${MONTH_NUMBER}月|第?[1-4${CN}]季|[上下]半年|度|全年)`;
/** Words after 年 (or 年的) that make the number before it a count of years (`2500年历史`), longest first (pattern source). */
const COUNTED = [...YEARS_COUNTED_AFTER].sort((a, b) => b.length - a.length).join('|');
/**
 * A number before 年 where a year stands: 3 to 5 digits with a period's part after 年 (`2204年3月`,
 * `204年3月`), or 4 or 5 digits from 2 alone (`20244年社区统计`); never a count (`从事社区工作24年`,
 * `103周年`, `具有2500年历史`: YEARS_COUNTED_AFTER) nor a number within a longer one.
 */
const NUMBER_YEAR = new RegExp(`(?<![\\d.])(?:(\\d{3,5})年(?=${PART})|(2\\d{3,4})年(?!的?(?:${COUNTED})))`, 'g');

/**
 * `text` with each year written with letters for digits in digits (same length), and a warning for
 * each; `read` false where the period is not read for it (a 期间 cell, refused: `notes` say what it should be).
 */
export function lettersInYears(text: string, read = true): { text: string; notes: ValueNote[]; years: string[] } {
  const notes: ValueNote[] = [];
  const years: string[] = [];
  const fixed = text.replace(LETTER_YEAR, (typed) => {
    const typo = lettersForDigits(typed);
    if (typo === null || !A_YEAR.test(typo.digits)) return typed;
    years.push(typo.digits);
    notes.push(note('period-year-letter', 'warning', `年份“${typed}”中${typo.zh}，${read ? `已按${typo.digits}年读取` : `应为${typo.digits}`}；请在源表改正`,
      `The year "${typed}" has ${typo.en}; ${read ? 'read as' : 'it should be'} ${typo.digits}. Please correct it at the source.`));
    return typo.digits;
  });
  return { text: fixed, notes, years };
}

/** Why a 期间 cell's year is none (`2204年3月`, `2O24年3月`: refused, never guessed in a cell), or null. */
export function cellYearTypo(text: string): ValueNote | null {
  return lettersInYears(text, false).notes[0] ?? numbersNoYear(text)[0] ?? null;
}

/** A warning for each number before 年 in `text` that stands where a year does but is none (`2204年3月`), never read as one. */
export function numbersNoYear(text: string): ValueNote[] {
  const out: ValueNote[] = [];
  NUMBER_YEAR.lastIndex = 0;
  for (let m = NUMBER_YEAR.exec(text); m; m = NUMBER_YEAR.exec(text)) {
    const n = m[1] ?? m[2]!;
    if (A_YEAR.test(n)) continue;
    out.push(note('period-year-typo', 'warning', `“${n}年”中的“${n}”不是年份（年份应是19或20开头的四位数），未作为统计期间；请改正为正确的年份`,
      `"${n}年": ${n} is no year (a year is four digits from 19 or 20); not used as the period. Please correct the year.`));
  }
  return out;
}
