/** The toolbar over a view: 指标, 期间, 街道/镇, and 绝对值 / 每千人 / 每百户. */
import { useId } from 'react';
import { availablePeriods } from '../../analysis/available-periods';
import { parents } from '../../analysis/find-units';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { groupedMetricOptions, metricOptions } from '../metric-options';
import type { PerBase, ViewQuery } from '../view-query';
import { groupPeriods } from './period-groups';

const PER_LABELS: readonly { per: PerBase; label: string }[] = [
  { per: 'none', label: '绝对值' },
  { per: '1000', label: '每千人' },
  { per: '100hh', label: '每百户' },
];

export interface ToolbarProps {
  readonly dataset: Dataset;
  /** The resolved query (valid metric and period). */
  readonly query: ViewQuery;
  readonly setQuery: (patch: Partial<ViewQuery>) => void;
  /** Hide the period select (the trend view picks a granularity instead). */
  readonly hidePeriod?: boolean;
}

export function Toolbar({ dataset, query, setQuery, hidePeriod }: ToolbarProps) {
  const id = useId();
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const hasHouseholds = dataset.metrics.some((m) => m.id === 'households');
  const perChoices = PER_LABELS.filter((p) => p.per !== '100hh' || hasHouseholds);
  const perDisabled = metric?.kind === 'ratio';
  return (
    <div className="toolbar" role="group" aria-label="筛选条件">
      <label htmlFor={`${id}-metric`}>指标</label>
      <select id={`${id}-metric`} value={query.metric} onChange={(e) => setQuery({ metric: e.target.value })}>
        {groupedMetricOptions(dataset).map((g) => (
          <optgroup key={g.family} label={g.label}>
            {g.metrics.map((m) => <option key={m.id} value={m.id}>{m.zh}（{m.unit || '—'}）</option>)}
          </optgroup>
        ))}
      </select>
      {!hidePeriod && (
        <>
          <label htmlFor={`${id}-period`}>期间</label>
          <select id={`${id}-period`} value={query.period} onChange={(e) => setQuery({ period: e.target.value })}>
            {groupPeriods(availablePeriods(dataset)).map((g) => (
              <optgroup key={g.granularity} label={g.label}>
                {g.keys.map((k) => <option key={k} value={k}>{formatPeriodLabel(k, 'zh')}</option>)}
              </optgroup>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-parent`}>街道/镇</label>
      <select id={`${id}-parent`} value={query.parent} onChange={(e) => setQuery({ parent: e.target.value })}>
        <option value="">全部街道/镇</option>
        {parents(dataset).map((p) => <option key={p} value={p}>{p}</option>)}
      </select>
      <div className="segmented" role="group" aria-label="数值口径">
        {perChoices.map((p) => (
          <button
            key={p.per}
            type="button"
            aria-pressed={query.per === p.per}
            disabled={perDisabled && p.per !== 'none'}
            title={perDisabled && p.per !== 'none' ? '比率指标无需按人口折算' : undefined}
            onClick={() => setQuery({ per: p.per })}
          >
            {p.label}
          </button>
        ))}
      </div>
    </div>
  );
}
