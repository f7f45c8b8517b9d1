/** The toolbar over a view: 指标, 期间, 街道/镇, and 绝对值 / 每千人 / 每百户. */
import { useId } from 'react';
import { availablePeriods } from '../../analysis/available-periods';
import { parents } from '../../analysis/find-units';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { groupedMetricOptions, metricOptions } from '../metric-options';
import { hasPerBase } from '../resolve-query';
import type { PerBase, ViewQuery } from '../view-query';
import { groupPeriods } from './period-groups';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

const PER_KEYS: readonly { per: PerBase; key: 'perNone' | 'per1000' | 'per100hh' }[] = [
  { per: 'none', key: 'perNone' },
  { per: '1000', key: 'per1000' },
  { per: '100hh', key: 'per100hh' },
];

export interface ToolbarProps {
  readonly dataset: Dataset;
  /** The resolved query (valid metric and period). */
  readonly query: ViewQuery;
  readonly setQuery: (patch: Partial<ViewQuery>) => void;
  /** Hide the period select (the trend view picks a granularity instead). */
  readonly hidePeriod?: boolean;
  /** Hide the metric select (views that show every metric: 总览, 画像). */
  readonly hideMetric?: boolean;
  /** Hide 街道/镇 and 绝对值/每千人/每百户 (views they do not act on: 总览). */
  readonly hideFilters?: boolean;
}

export function Toolbar({ dataset, query, setQuery, hidePeriod, hideMetric, hideFilters }: ToolbarProps) {
  const id = useId();
  const t = useT();
  const lang = useLang();
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  // 每千人 without 常住人口 (or 每百户 without 户数) would only empty the view.
  const perChoices = PER_KEYS.filter((p) => hasPerBase(dataset, p.per));
  const perDisabled = metric?.kind === 'ratio';
  return (
    <div id="filters" tabIndex={-1} className="toolbar" role="group" aria-label={t.toolbar.group}>
      {!hideMetric && (
        <>
          <label htmlFor={`${id}-metric`}>{t.toolbar.metric}</label>
          <select id={`${id}-metric`} value={query.metric} onChange={(e) => setQuery({ metric: e.target.value })}>
            {groupedMetricOptions(dataset, t.families).map((g) => (
              <optgroup key={g.family} label={g.label}>
                {g.metrics.map((m) => <option key={m.id} value={m.id}>{t.toolbar.metricOption(lang === 'en' ? m.en : m.zh, lang === 'en' ? m.unitEn : m.unit)}</option>)}
              </optgroup>
            ))}
          </select>
        </>
      )}
      {!hidePeriod && (
        <>
          <label htmlFor={`${id}-period`}>{t.toolbar.period}</label>
          <select id={`${id}-period`} value={query.period} onChange={(e) => setQuery({ period: e.target.value })}>
            {groupPeriods(availablePeriods(dataset), t.granularity).map((g) => (
              <optgroup key={g.granularity} label={g.label}>
                {g.keys.map((k) => <option key={k} value={k}>{formatPeriodLabel(k, lang)}</option>)}
              </optgroup>
            ))}
          </select>
        </>
      )}
      {!hideFilters && (
        <>
          <label htmlFor={`${id}-parent`}>{t.toolbar.parent}</label>
          <select id={`${id}-parent`} value={query.parent} onChange={(e) => setQuery({ parent: e.target.value })}>
            <option value="">{t.toolbar.allParents}</option>
            {parents(dataset).map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
          <div className="segmented" role="group" aria-label={t.toolbar.perGroup}>
            {perChoices.map((p) => (
              <button
                key={p.per}
                type="button"
                aria-pressed={query.per === p.per}
                disabled={perDisabled && p.per !== 'none'}
                title={perDisabled && p.per !== 'none' ? t.toolbar.ratioNoPer : undefined}
                onClick={() => setQuery({ per: p.per })}
              >
                {t.toolbar[p.key]}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
