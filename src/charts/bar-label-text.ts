/**
 * The text at the end of a bar, one implementation for the screen (bar-chart-parts.tsx) and for
 * exported slides: the qualifier mark, the value in the screen's compact form (`≈90`, `1.2万`,
 * `19.1`), and the change against the comparison period as `↑12` / `↓3` / `±0`.
 */
import { formatNumber } from '../analysis/format-number';
import type { SpecLang } from './chart-spec';

/** The mark of −d given d's: a change more than −3 is a fall of less than 3. */
const FLIPPED: Readonly<Record<string, string>> = { '＞': '＜', '＜': '＞' };

/**
 * `↑12`, `↓3`, `±0`: arrow and sign so the change never depends on colour. `mark` is the change's
 * qualifier mark (ChartSeries.deltaMarks): `↑≈12`, `↑＞0` (more than 0 is a rise), and a fall's
 * size has the mark turned round (a change ＞−3 is `↓＜3`).
 */
export function deltaText(d: number, lang: SpecLang = 'zh', mark = ''): string {
  if (d === 0) return mark === '＞' ? '↑＞0' : mark === '＜' ? '↓＞0' : mark === '' ? '±0' : `${mark}0`;
  const s = formatNumber(Math.abs(d), lang, { compact: true });
  return d > 0 ? `↑${mark}${s}` : `↓${FLIPPED[mark] ?? mark}${s}`;
}

/** The value part of a bar label: `≈90`, `1.2万`. */
export function barValueText(v: number, mark: string | undefined, lang: SpecLang = 'zh'): string {
  return `${mark ?? ''}${formatNumber(v, lang, { compact: true })}`;
}

/** The whole label as one string (slides): `≈90 ↑12`; the change only when known, with its mark. */
export function barLabelText(
  v: number, mark: string | undefined, delta: number | null | undefined, lang: SpecLang = 'zh', deltaMark = '',
): string {
  const value = barValueText(v, mark, lang);
  return delta === null || delta === undefined ? value : `${value} ${deltaText(delta, lang, deltaMark)}`;
}
