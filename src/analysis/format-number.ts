/**
 * Numbers as Chinese reports write them (1.2万, 3.5亿, 3.2个百分点, 2.3倍, 约3500) and as English
 * readers expect (12K, 3.2 pp, 2.3×). Deterministic: the 万/亿 steps are computed here rather than
 * by Intl's compact notation, whose rounding and thresholds vary between ICU versions.
 */
import { QUALIFIERS, type Qualifier } from '../data/dataset/dataset';

export type Lang = 'zh' | 'en';

export interface FormatOptions {
  /** 1.2万 / 12K instead of 12,000. Default false (full numbers, as in tables). */
  readonly compact?: boolean;
  /** Maximum fraction digits (trailing zeros dropped). Default: 1 when compact, else 0 for |v| ≥ 100, 1 for |v| ≥ 10, 2 below. */
  readonly digits?: number;
  /** Keep `digits` fraction digits, trailing zeros too (0.70 beside 0.68 in a column of coefficients). Not with compact. */
  readonly fixed?: boolean;
  /** Unit appended (`人`, `%`); zh without a space, en with one (except `%`). */
  readonly unit?: string;
}

/** Fraction digits with a formatter made ahead; others are made when asked. */
const MADE_DIGITS = 6;

function makeFormatter(locale: string, digits: number, compact: boolean, fixed = false): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, compact
    ? { notation: 'compact', maximumFractionDigits: digits }
    : { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
}

/**
 * Formatters by locale, kind (plain, compact `c`, fixed digits `f`) and digits (0..MADE_DIGITS),
 * made once when the module loads (constructing one costs far more than formatting with it) and
 * never changed.
 */
const FORMATTERS: Readonly<Record<string, readonly Intl.NumberFormat[]>> = Object.freeze(Object.fromEntries(
  ['zh-CN', 'en-US'].flatMap((locale) => (['', 'c', 'f'] as const).map((kind) => [
    `${locale}${kind}`,
    Object.freeze(Array.from({ length: MADE_DIGITS + 1 }, (_, d) => makeFormatter(locale, d, kind === 'c', kind === 'f'))),
  ])),
));

function formatter(locale: string, digits: number, compact: boolean, fixed = false): Intl.NumberFormat {
  return FORMATTERS[`${locale}${compact ? 'c' : fixed ? 'f' : ''}`]?.[digits] ?? makeFormatter(locale, digits, compact, fixed);
}

function grouped(v: number, digits: number, locale: string, fixed = false): string {
  return formatter(locale, digits, false, fixed).format(v);
}

function defaultDigits(v: number): number {
  const a = Math.abs(v);
  return a >= 100 ? 0 : a >= 10 ? 1 : 2;
}

function withUnit(s: string, unit: string | undefined, lang: Lang): string {
  if (!unit) return s;
  return lang === 'zh' || unit === '%' ? s + unit : `${s} ${unit}`;
}

/** A number for display; '—' for NaN, '∞' for Infinity. */
export function formatNumber(v: number, lang: Lang, opts: FormatOptions = {}): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  let s: string;
  if (opts.compact) {
    const digits = opts.digits ?? 1;
    const a = Math.abs(v);
    if (lang === 'zh') {
      if (a >= 1e8) s = grouped(v / 1e8, digits, locale) + '亿';
      else if (a >= 1e4) s = grouped(v / 1e4, digits, locale) + '万';
      else s = grouped(v, a >= 100 ? 0 : digits, locale);
    } else {
      s = formatter(locale, digits, true).format(v);
    }
  } else {
    s = grouped(v, opts.digits ?? defaultDigits(v), locale, opts.fixed === true);
  }
  return withUnit(s, opts.unit, lang);
}

/** The words after a difference of percentages: `个百分点` / ` pp`. */
export function percentPointsUnit(lang: Lang): string {
  return lang === 'zh' ? '个百分点' : ' pp';
}

/** A difference between two percentages: `3.2个百分点` / `3.2 pp` (sign kept when negative). */
export function formatPercentPoints(diff: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(diff)) return '—';
  return `${grouped(diff, digits, lang === 'zh' ? 'zh-CN' : 'en-US')}${percentPointsUnit(lang)}`;
}

/**
 * A ratio between two values: `2.3倍` / `2.3×`; Infinity (lowest is 0) as `最低为0` / `lowest is 0`.
 * One fraction digit unless `digits` says; `fixed` keeps them, trailing zeros too (`5.0倍`).
 */
export function formatRatio(r: number, lang: Lang, opts: Pick<FormatOptions, 'digits' | 'fixed'> = {}): string {
  if (r === Infinity) return lang === 'zh' ? '最低为0' : 'lowest is 0';
  if (!Number.isFinite(r)) return '—';
  const s = grouped(r, opts.digits ?? 1, lang === 'zh' ? 'zh-CN' : 'en-US', opts.fixed === true);
  return lang === 'zh' ? `${s}倍` : `${s}×`;
}

/** The fraction digits of a percentage as formatShare writes it: none, one under 1% so 0.4% is not `0%`. */
export function shareDigits(pct: number): number {
  return Math.abs(pct) < 1 && pct !== 0 ? 1 : 0;
}

/** A share 0..1 as a whole percentage: 0.45 → `45%` (one decimal under 1% so 0.004 is not `0%`). */
export function formatShare(x: number, digits?: number): string {
  if (!Number.isFinite(x)) return '—';
  const pct = x * 100;
  const d = digits ?? shareDigits(pct);
  return `${grouped(pct, d, 'en-US')}%`;
}

/** How to show a value's qualifier: words around the number in text, and a one-character chart mark. */
export interface QualifierMark {
  /** Before the number in Chinese text: `约`, `近`, `不足`, or ''. */
  readonly zhBefore: string;
  /** After the number (and its unit) in Chinese text: `以上`, or ''. */
  readonly zhAfter: string;
  /** Before the number in English text: `about `, `over `, `at least `, `under `, `nearly `, or ''. */
  readonly enBefore: string;
  /** Chart mark: '≈' approximate, '＞' more than, '＜' less than, '' exact. */
  readonly mark: string;
}

const NONE: QualifierMark = { zhBefore: '', zhAfter: '', enBefore: '', mark: '' };

/** The mark for a qualifier (name or Uint8 code from Dataset.obs.qualifier). */
export function qualifierMark(q: Qualifier | number): QualifierMark {
  const name = typeof q === 'number' ? QUALIFIERS[q] : q;
  switch (name) {
    case 'gt': return { zhBefore: '', zhAfter: '以上', enBefore: 'over ', mark: '＞' };
    case 'gte': return { zhBefore: '', zhAfter: '以上', enBefore: 'at least ', mark: '＞' };
    case 'lt': return { zhBefore: '不足', zhAfter: '', enBefore: 'under ', mark: '＜' };
    case 'approx': return { zhBefore: '约', zhAfter: '', enBefore: 'about ', mark: '≈' };
    case 'approx_lt': return { zhBefore: '近', zhAfter: '', enBefore: 'nearly ', mark: '≈' };
    default: return NONE;
  }
}

/** A value with its qualifier carried into text: `约3,500人`, `3,500人以上`, `about 3,500 people`. */
export function formatQualified(v: number, q: Qualifier | number, lang: Lang, opts: FormatOptions = {}): string {
  const m = qualifierMark(q);
  const s = formatNumber(v, lang, opts);
  return lang === 'zh' ? `${m.zhBefore}${s}${m.zhAfter}` : `${m.enBefore}${s}`;
}
