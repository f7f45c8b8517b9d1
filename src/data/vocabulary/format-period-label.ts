/**
 * Canonical period keys → labels people read: `2024年第一季度` / `2024 Q1`. The Chinese long form
 * is exactly what `parsePeriodLabel` reads back, so labels can round-trip through exported files.
 */
import { assertNever, parsePeriodKey } from './period';
import type { Period, PeriodKey } from './period';

export type Lang = 'zh' | 'en';

const QUARTER_ZH = ['一', '二', '三', '四'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Full label: zh `2024年3月`, `2024年第一季度`, `2024年上半年`, `2024年`, `2024年1-9月累计`
 * (`2024年1月累计` for C01); en `Mar 2024`, `2024 Q1`, `2024 H1`, `2024`, `2024 Jan–Sep (cum.)`.
 * Throws on a key that is not canonical (a programmer's mistake).
 */
export function formatPeriodLabel(key: PeriodKey, lang: Lang): string {
  const p = mustParse(key);
  return lang === 'zh' ? zhLabel(p, String(p.year)) : enLabel(p, String(p.year));
}

export interface ShortLabelOptions {
  /** Drop the year (`3月`, `Q1`), for axes whose ticks all fall in one year. */
  omitYear?: boolean;
}

/**
 * Compact axis label. zh: `24年3月`, `24年第一季度`, `24年上半年`, `2024年`, `24年1-9月累计`
 * (the two-digit year form is still read back by `parsePeriodLabel`); en: `Mar 24`, `24 Q1`, `24 H1`,
 * `2024`, `24 Jan–Sep (cum.)`. With `omitYear`: `3月`, `第一季度`, `上半年`, `1-9月累计` / `Mar`, `Q1`, `H1`.
 * A year period always keeps its year.
 */
export function shortPeriodLabel(key: PeriodKey, lang: Lang, opts: ShortLabelOptions = {}): string {
  const p = mustParse(key);
  if (p.granularity === 'Y') return lang === 'zh' ? `${p.year}年` : String(p.year);
  const year = opts.omitYear ? '' : String(p.year).slice(2);
  return lang === 'zh' ? zhLabel(p, year) : enLabel(p, year);
}

function zhLabel(p: Period, year: string): string {
  const y = year === '' ? '' : `${year}年`;
  switch (p.granularity) {
    case 'Y': return y;
    case 'H': return `${y}${p.index === 1 ? '上' : '下'}半年`;
    case 'Q': return `${y}第${QUARTER_ZH[p.index - 1]}季度`;
    case 'M': return `${y}${p.index}月`;
    case 'C': return p.index === 1 ? `${y}1月累计` : `${y}1-${p.index}月累计`;
    default: return assertNever(p.granularity);
  }
}

function enLabel(p: Period, year: string): string {
  const join = (a: string, b: string): string => [a, b].filter((s) => s !== '').join(' ');
  switch (p.granularity) {
    case 'Y': return year;
    case 'H': return join(year, `H${p.index}`);
    case 'Q': return join(year, `Q${p.index}`);
    case 'M': return join(MONTH_EN[p.index - 1]!, year);
    case 'C': return join(year, p.index === 1 ? 'Jan (cum.)' : `Jan–${MONTH_EN[p.index - 1]} (cum.)`);
    default: return assertNever(p.granularity);
  }
}

function mustParse(key: PeriodKey): Period {
  const p = parsePeriodKey(key);
  if (!p) throw new Error(`not a canonical period key: ${JSON.stringify(key)}`);
  return p;
}
