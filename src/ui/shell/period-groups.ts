/** Periods grouped by granularity for a select: 月 / 季度 / 半年 / 年 (and 累计), latest first. */
import { parsePeriodKey, type Granularity, type PeriodKey } from '../../data/period';

export const GRANULARITY_LABELS: Readonly<Record<Granularity, string>> = {
  M: '月度', Q: '季度', H: '半年', Y: '年度', C: '累计',
};

const ORDER: readonly Granularity[] = ['M', 'Q', 'H', 'Y', 'C'];

export function groupPeriods(keys: readonly PeriodKey[]): { granularity: Granularity; label: string; keys: PeriodKey[] }[] {
  return ORDER.map((g) => ({
    granularity: g,
    label: GRANULARITY_LABELS[g],
    keys: keys.filter((k) => parsePeriodKey(k)?.granularity === g).reverse(),
  })).filter((group) => group.keys.length > 0);
}
