/**
 * The text at the end of a bar, one implementation for the screen (bar-chart-parts.tsx) and for
 * exported slides: the qualifier mark, the value in the screen's compact form (`≈90`, `1.2万`,
 * `19.1`), and the change against the comparison period as `↑12` / `↓3` / `±0`.
 */
import { formatNumber } from '../analysis/format-number';
import type { SpecLang } from './chart-spec';

/** `↑12`, `↓3`, `±0`: arrow and sign so the change never depends on colour. */
export function deltaText(d: number, lang: SpecLang = 'zh'): string {
  if (d === 0) return '±0';
  const s = formatNumber(Math.abs(d), lang, { compact: true });
  return d > 0 ? `↑${s}` : `↓${s}`;
}

/** The value part of a bar label: `≈90`, `1.2万`. */
export function barValueText(v: number, mark: string | undefined, lang: SpecLang = 'zh'): string {
  return `${mark ?? ''}${formatNumber(v, lang, { compact: true })}`;
}

/** The whole label as one string (slides): `≈90 ↑12`; the change only when known. */
export function barLabelText(v: number, mark: string | undefined, delta: number | null | undefined, lang: SpecLang = 'zh'): string {
  const value = barValueText(v, mark, lang);
  return delta === null || delta === undefined ? value : `${value} ${deltaText(delta, lang)}`;
}
