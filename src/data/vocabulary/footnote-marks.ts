/**
 * Marks beside a name, a period or a number that do not change what it is: a template's
 * required-field star before a header (`*社区名称`, `社区名称*`) and a footnote mark whose note is
 * under the table (`再就业人数①`, `12*`, `35※`, `人数¹`, `再就业人数（注1）`, `花园路社区[1]`). Circled and superscript
 * digits are no digits, though NFKC makes them so (`12①` would be the number 121): a mark is taken
 * off before a text is normalised.
 */

/** Numbered marks: ①-⑳, ⑴-⒇, ⒈-⒛, superscript ¹²³⁰⁴-⁹, ❶-❿ and ➀-➓ (pattern source of a character class body). */
const NUMBERED = '\u2460-\u249B\u00B9\u00B2\u00B3\u2070\u2074-\u2079\u2776-\u2793';
/** Symbol marks, half- and full-width. */
const SYMBOLS = '*＊※#＃△▲☆★';

/** A numbered mark anywhere in a text. */
export const NUMBERED_MARK = new RegExp(`[${NUMBERED}]`);

/**
 * A footnote mark ending a text: one or two symbols (more are a masked number, `1****`), numbered
 * marks, a bracketed 注 (`（注1）`, `(见注)`), 注 and its number (`注①`), or a reference in square
 * brackets as Word and WPS write them (`[1]`, `［注］`, `【注1】`).
 */
const TRAILING = new RegExp(`(?:(?<![${SYMBOLS}])[${SYMBOLS}]{1,2}|[${NUMBERED}]+|[（(](?:见|附|详见)?注[\\d${NUMBERED}]*[）)]|注[\\d${NUMBERED}]+`
  + `|[[［【](?:(?:见|附|详见)?注[\\d${NUMBERED}]*|[\\d${NUMBERED}]{1,2})[\\]］】])$`);

/** A required-field star before a header. */
const LEADING_STAR = /^[*＊]+\s*/;

/** A text without its mark, and the mark as written. */
export interface Marked {
  readonly text: string;
  readonly mark: string;
}

/** A header without its marks, and the marks as written ('' for none). */
export interface MarkedHeader {
  readonly text: string;
  /** A required-field star before it. */
  readonly star: string;
  /** A footnote mark after it. */
  readonly footnote: string;
}

/** `text` (trimmed) without the footnote mark ending it; null when it has none, or is nothing but marks. */
export function withoutFootnoteMark(text: string): Marked | null {
  const t = text.trim();
  const m = TRAILING.exec(t);
  const before = m === null ? '' : t.slice(0, m.index).trimEnd();
  return before === '' ? null : { text: before, mark: m![0] };
}

/** A header without a required-field star before it and a footnote mark after it; null when it has neither. */
export function headerWithoutMarks(name: string): MarkedHeader | null {
  const t = name.trim();
  const star = LEADING_STAR.exec(t)?.[0] ?? '';
  const rest = t.slice(star.length);
  if (rest === '') return null;
  const after = withoutFootnoteMark(rest);
  if (star === '' && after === null) return null;
  return { text: after?.text ?? rest, star: star.trim(), footnote: after?.mark ?? '' };
}
