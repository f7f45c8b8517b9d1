/**
 * The 栏次 row of an official statistical form: under the header, the name columns labelled 甲, 乙 …
 * (or 栏次) and the figure columns numbered 1, 2, 3 …. It is not a community called 甲 with the
 * values 1, 2, 3.
 */

/** A name column's label in a 栏次 row. */
const LABEL = /^(?:[甲乙丙丁戊己庚辛壬癸]|[A-Za-z]|栏次|栏号|行次|列次|序号)$/;
const SMALL_INTEGER = /^\d{1,3}$/;

/**
 * True for a 栏次 row: labels first (甲, 乙, A, 栏次; blank cells anywhere), then integers rising by
 * one, at least two of them. Without a label it is not one: `1,2,3` under `a,b,c` is data, and a
 * row of numbers without a name is refused as such (whose values are they?), never skipped unsaid.
 */
export function columnNumberRow(row: readonly string[]): boolean {
  let labels = 0;
  let numbers = 0;
  let next = 0;
  for (const raw of row) {
    const cell = raw.trim().normalize('NFKC');
    if (cell === '') continue;
    if (SMALL_INTEGER.test(cell)) {
      const v = Number(cell);
      if (numbers > 0 && v !== next) return false;
      next = v + 1;
      numbers++;
      continue;
    }
    if (numbers > 0 || !LABEL.test(cell)) return false;
    labels++;
  }
  return labels > 0 && numbers >= 2;
}
