/**
 * What the 对比 view draws, computed once per query: the main period's units (compareUnits),
 * the comparison period's values by unit, and the period choices for the 对比期间 control.
 */
import { useMemo } from 'react';
import { availablePeriods, previousKey, sameLastYearKey, type RollUpGranularity } from '../../../analysis/available-periods';
import { compareUnits, type CompareResult } from '../../../analysis/compare-units';
import type { OtherPeriod } from '../../../charts/compare-bars-spec';
import type { Dataset } from '../../../data/dataset/dataset';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import type { ViewQuery } from '../../view-query';

export interface CompareData {
  readonly result: CompareResult;
  /** The comparison period's values, when `compare` is set and has data. */
  readonly other: OtherPeriod | undefined;
  /** Periods of the same granularity as the main one (without it), chronological. */
  readonly choices: readonly string[];
  /** 上期 / 去年同期 keys when the data has them, else ''. */
  readonly previous: string;
  readonly lastYear: string;
}

export function useCompareData(dataset: Dataset, metric: MetricDef | undefined, query: ViewQuery, lang: 'zh' | 'en' = 'zh'): CompareData | null {
  const { period, compare, parent, per } = query;
  return useMemo(() => {
    if (!metric || !period) return null;
    const scope = { metric: metric.id, parent: parent || undefined, per };
    const result = compareUnits(dataset, { ...scope, period });
    const g = parsePeriodKey(period)?.granularity;
    const choices = g && g !== 'C' ? availablePeriods(dataset, g as RollUpGranularity).filter((k) => k !== period) : [];
    const has = (k: string) => choices.includes(k);
    const prev = g && g !== 'C' ? previousKey(period) : '';
    const last = g && g !== 'C' ? sameLastYearKey(period) : '';
    let other: OtherPeriod | undefined;
    if (compare && compare !== period) {
      const r = compareUnits(dataset, { ...scope, period: compare });
      other = {
        label: formatPeriodLabel(compare, lang),
        values: new Map(r.items.map((it) => [it.unit, { value: it.value, qualifier: it.qualifier }])),
      };
    }
    return { result, other, choices, previous: has(prev) ? prev : '', lastYear: has(last) ? last : '' };
  }, [dataset, metric, period, compare, parent, per, lang]);
}
