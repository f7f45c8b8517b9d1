/** Periods grouped by granularity for a select: 月 / 季度 / 半年 / 年 (and 累计), latest first. */
import { parsePeriodKey, type Granularity, type PeriodKey } from '../../data/vocabulary/period';
import type { Messages } from '../i18n/messages-zh';

const ORDER: readonly Granularity[] = ['M', 'Q', 'H', 'Y', 'C'];

/** `labels`: the catalogue's granularity names (月度 / Monthly …). */
export function groupPeriods(keys: readonly PeriodKey[], labels: Messages['granularity']): { granularity: Granularity; label: string; keys: PeriodKey[] }[] {
  return ORDER.map((g) => ({
    granularity: g,
    label: labels[g],
    keys: keys.filter((k) => parsePeriodKey(k)?.granularity === g).reverse(),
  })).filter((group) => group.keys.length > 0);
}
