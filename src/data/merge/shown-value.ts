/**
 * How the merge's messages (merge-records.ts) show a cell's value: as the source wrote it, or, for
 * a cell of no text, what it was read as, in Chinese.
 */
import { QUALIFIER_CODE } from '../dataset/dataset';

const MISSING = QUALIFIER_CODE.missing;
const RANGE = QUALIFIER_CODE.range;
const ERROR = QUALIFIER_CODE.error;
const INVALID = QUALIFIER_CODE.invalid;

/** A blank cell as a message shows it: its text (`—`, `无`) or 空. */
export function shownBlank(raw: string | undefined): string {
  return raw !== undefined && raw !== '' ? `“${raw}”` : '空';
}

/** The same in an English message: `blank` for a cell of no text. */
export function shownBlankEn(raw: string | undefined): string {
  return raw !== undefined && raw !== '' ? `“${raw}”` : 'blank';
}

/** A value that replaces a number, as a correction's warning shows it: a range says that no number of it is taken. */
export function shownReplacement(v: number, q: number, raw: string | undefined): string {
  return q === RANGE && raw !== undefined ? `“${raw}”（区间，未取数值）` : shownValue(v, q, raw);
}

/** A cell of no number and no text, as a message shows it: what it was read as, in Chinese. */
const NO_NUMBER_SHOWN: Readonly<Record<number, string>> = { [MISSING]: '空', [RANGE]: '区间', [ERROR]: 'Excel错误值', [INVALID]: '文字' };

/** A value as a merge message shows it: its source text (with what a scale made of it), its number, or what a cell of no number was read as. */
export function shownValue(v: number, q: number, raw: string | undefined): string {
  // A number a table's 万元 scaled (`0.1` → 1000) is shown with what it was read as.
  if (raw !== undefined && raw !== '') return Number.isFinite(v) && Number(raw) !== v && Number.isFinite(Number(raw)) ? `${raw}（即${v}）` : raw;
  return Number.isNaN(v) ? NO_NUMBER_SHOWN[q] ?? '空' : String(v);
}
