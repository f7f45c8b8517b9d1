/**
 * The amounts of one money column (元), kept to find the cells about 1万 times (or a ten-thousandth
 * of) the column's typical amount: 17000 typed in 元 among 1.5, 1.6 … under 慰问救助金额（万元）.
 * Values and lines live in growable typed arrays (12 bytes an amount, no object per cell): a city
 * file's money column holds hundreds of thousands of them.
 */

/** How far from the column's typical amount a cell must be to look written in 元 for 万元 or back (about 1万 times, with room for real spread). */
const SCALE_LOW = 2000;
const SCALE_HIGH = 50000;

export interface ScaleOutliers {
  /** The column's median amount (absolute). */
  readonly typical: number;
  /** The cells are above the typical amount (元 typed into a 万元 column), else below it. */
  readonly up: boolean;
  readonly cells: readonly { readonly value: number; readonly line: number }[];
}

export class AmountScale {
  private n = 0;
  private value = new Float64Array(64);
  private line = new Uint32Array(64);
  /** The smallest and largest absolute amounts: a column within 2000 times of itself has no outlier to look for. */
  private min = Infinity;
  private max = 0;

  /** Adds a cell's amount (zero and non-finite amounts say nothing of the scale). */
  add(value: number, line: number): void {
    if (value === 0 || !Number.isFinite(value)) return;
    if (this.n === this.value.length) {
      const v = new Float64Array(this.n * 2);
      v.set(this.value);
      this.value = v;
      const l = new Uint32Array(this.n * 2);
      l.set(this.line);
      this.line = l;
    }
    this.value[this.n] = value;
    this.line[this.n++] = line;
    const abs = value < 0 ? -value : value;
    if (abs < this.min) this.min = abs;
    if (abs > this.max) this.max = abs;
  }

  /** The median of the whole amounts (absolute; NaN when none): what a column of amounts in 元 typically holds beside its fractions. */
  wholeMedian(): number {
    const whole: number[] = [];
    for (let i = 0; i < this.n; i++) if (Number.isInteger(this.value[i]!)) whole.push(Math.abs(this.value[i]!));
    return whole.length === 0 ? NaN : medianOf(Float64Array.from(whole));
  }

  /** The cells about 1万 times above or below the median amount, in the order added; null when none (or fewer than 3 amounts). */
  outliers(): ScaleOutliers | null {
    const n = this.n;
    // The median lies between the smallest and largest amounts: none is 2000 times from it unless they are.
    if (n < 3 || this.max < this.min * SCALE_LOW) return null;
    const abs = new Float64Array(n);
    for (let i = 0; i < n; i++) abs[i] = Math.abs(this.value[i]!);
    const typical = medianOf(abs);
    const cells: { value: number; line: number }[] = [];
    for (let i = 0; i < n; i++) {
      const far = Math.abs(this.value[i]!) / typical;
      if ((far >= SCALE_LOW && far <= SCALE_HIGH) || (far <= 1 / SCALE_LOW && far >= 1 / SCALE_HIGH)) cells.push({ value: this.value[i]!, line: this.line[i]! });
    }
    return cells.length === 0 ? null : { typical, up: cells[0]!.value / typical > 1, cells };
  }
}

/** The median of `a` (not empty), which it reorders: one selection pass, not a sort. */
export function medianOf(a: Float64Array): number {
  const h = a.length >> 1;
  const upper = select(a, h);
  if (a.length % 2 === 1) return upper;
  // The lower middle of an even count is the largest of the half below the upper one.
  let lower = -Infinity;
  for (let i = 0; i < h; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/**
 * The k-th smallest of `a` (0-based), moving its elements so that those before k are no larger and
 * those after it no smaller (Hoare's selection): the median of a column in one pass, not a sort.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) { const t = a[i]!; a[i] = a[j]!; a[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}
