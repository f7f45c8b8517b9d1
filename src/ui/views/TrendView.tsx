/**
 * 趋势: a line over periods for chosen units against the median of all units (dashed). The
 * granularity follows the period in the URL; choosing 月/季/半年/年 moves to the latest such period.
 * A unit's value that covers only part of a period is a hollow point; a missing value is a gap.
 * The chosen units are the URL `units`, i.e. the units highlighted in every view; a click on a
 * line brings it forward here (the others fade) without changing the selection.
 */
import { useId, useMemo } from 'react';
import { availablePeriods, type RollUpGranularity } from '../../analysis/available-periods';
import { leadingUnits } from '../../analysis/compare-units';
import { findUnitsByName } from '../../analysis/find-units';
import { perCapita } from '../../analysis/per-capita';
import { trendSeries } from '../../analysis/trend-series';
import { SpecLineChart } from '../../charts/SpecLineChart';
import { sourceLine } from '../../charts/spec-text';
import { buildTrendChartSpec } from '../../charts/trend-chart-spec';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../data/vocabulary/period';
import { metricOptions } from '../metric-options';
import { ChartPanel } from '../shared/ChartPanel';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';
import { UnitPicker } from './trend/UnitPicker';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

const GRANULARITIES: readonly RollUpGranularity[] = ['M', 'Q', 'H', 'Y'];
const MAX_UNITS = 7;
const DEFAULT_COUNT = 3;

export interface TrendViewProps extends ViewProps {
  readonly dataset: Dataset;
  readonly chartWidth?: number;
}

export function TrendView({ dataset, query, setQuery, chartWidth }: TrendViewProps) {
  const id = useId();
  const t = useT();
  const lang = useLang();
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const g = parsePeriodKey(query.period)?.granularity;
  const granularity: RollUpGranularity = g === undefined || g === 'C' ? 'M' : g;
  // No units chosen yet: show the three leading units of the current period.
  const chosen = useMemo(() => {
    if (query.units.length > 0) return query.units.filter((n) => findUnitsByName(dataset, [n]).length > 0);
    if (!metric || !query.period) return [];
    const leading = leadingUnits(dataset, { metric: metric.id, period: query.period, parent: query.parent || undefined, per: query.per }, DEFAULT_COUNT);
    return leading.map((u) => dataset.units[u]!.name);
  }, [dataset, metric, query.units, query.period, query.parent, query.per]);
  const result = useMemo(() => {
    if (!metric) return null;
    const r = trendSeries(dataset, { metric: metric.id, granularity, units: findUnitsByName(dataset, chosen), parent: query.parent || undefined, per: query.per });
    // Per unit and period: is this value partial? (trendSeries flags a period when any drawn unit is.)
    const seriesPartial = r.series.map((s) => r.periods.map((key, i) => r.partial[i] === true && perCapita(dataset, metric.id, key, query.per).partial[s.unit] === 1));
    return { ...r, seriesPartial };
  }, [dataset, metric, granularity, chosen, query.parent, query.per]);
  // A focused unit that is not drawn (the chosen units changed) brings nothing forward.
  const focus: ReadonlySet<string> = new Set(query.focus && chosen.includes(query.focus) ? [query.focus] : []);
  if (!metric || !result) return <EmptyState title={t.empty.noTrend}>{t.empty.importHint}</EmptyState>;
  const spec = buildTrendChartSpec(result, {
    metric, per: query.per, parent: query.parent, source: sourceLine(dataset, lang),
    periodLabel: (k) => formatPeriodLabel(k, lang), granularityLabel: t.granularity[granularity], lang,
  });
  const onGranularity = (next: RollUpGranularity) => {
    const keys = availablePeriods(dataset, next);
    setQuery({ period: keys[keys.length - 1] ?? query.period });
  };
  return (
    <>
      <div className="panel trend-controls">
        <div className="field">
          <label htmlFor={`${id}-g`}>{t.trend.granularity}</label>
          <select id={`${id}-g`} value={granularity} onChange={(e) => onGranularity(e.target.value as RollUpGranularity)}>
            {GRANULARITIES.filter((x) => availablePeriods(dataset, x).length > 0).map((x) => (
              <option key={x} value={x}>{t.trend[x]}</option>
            ))}
          </select>
        </div>
        <UnitPicker units={dataset.units} selected={chosen} max={MAX_UNITS} onChange={(names) => setQuery({ units: names })} />
        {query.units.length === 0 && chosen.length > 0 && <p className="muted">{t.trend.defaultNote(chosen.length)}</p>}
        {focus.size > 0 && <button type="button" onClick={() => setQuery({ focus: undefined })}>{t.trend.unfocus([...focus].join(t.compare.nameSep))}</button>}
      </div>
      <ChartPanel spec={spec} chartId="trend">
        <div className={chartWidth === undefined ? 'trend-chart' : undefined}>
          <SpecLineChart
            spec={spec}
            width={chartWidth}
            height={chartWidth === undefined ? '100%' : 400}
            focused={focus}
            onSelectSeries={(name) => setQuery({ focus: focus.has(name) ? undefined : name })}
          />
        </div>
      </ChartPanel>
    </>
  );
}
