/**
 * The 栏次 row of an official statistical form: under the header, the name columns labelled 甲, 乙 …
 * (or 栏次) and the figure columns numbered 1, 2, 3 …. It is not a community called 甲 with the
 * values 1, 2, 3.
 */

/** A name column's label in a 栏次 row. */
const LABEL = /^(?:[甲乙丙丁戊己庚辛壬癸]|[A-Za-z]|栏次|栏号|行次|列次|序号)$/;
const SMALL_INTEGER = /^\d{1,3}$/;

/** A cell as its number or label: NFKC (① is 1), out of its brackets (`(1)`, `（甲）`), without 栏 (`1栏`). */
function bare(raw: string): string {
  const cell = raw.trim().normalize('NFKC');
  const m = /^\((.{1,3})\)$|^(\d{1,3})栏$/.exec(cell);
  return m === null ? cell : (m[1] ?? m[2]!);
}

/** The label runs a 栏次 row without numbers is written in: the heavenly stems, or letters. */
const RUNS = ['甲乙丙丁戊己庚辛壬癸', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * True for a 栏次 row: labels first (甲, 乙, A, 栏次; blank cells anywhere), then integers rising by
 * one, at least two of them (in brackets too, `(1)`, `（2）`, or as `1栏`, `①`); or labels only, every column's (`甲,乙,丙,丁`, `栏次,A,B,C`), when at
 * least two of them run in order (甲 乙 丙, A B C): no community is named 甲 with the values 乙, 丙.
 * Without a label it is not one: `1,2,3` under `a,b,c` is data, and a row of numbers without a name
 * is refused as such (whose values are they?), never skipped unsaid.
 */
export function columnNumberRow(row: readonly string[]): boolean {
  let labels = 0;
  let numbers = 0;
  let next = 0;
  // The run of one-character labels (甲 乙 丙 …, A B C …): its alphabet, and the place of the last.
  let run: string | null = null;
  let at = -1;
  let inRun = 0;
  for (const raw of row) {
    const cell = bare(raw);
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
    if (cell.length !== 1) continue;
    const upper = cell.toUpperCase();
    const alphabet: string = run ?? RUNS.find((r) => r.includes(upper)) ?? '';
    const k = alphabet.indexOf(upper);
    if (run === null) { run = alphabet; at = k; inRun = 1; continue; }
    if (k === at + 1) { at = k; inRun++; } else inRun = -Infinity;
  }
  if (numbers >= 2) return labels > 0;
  return numbers === 0 && inRun >= 2;
}
