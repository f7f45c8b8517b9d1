/**
 * 趋势: a line over periods for chosen units against the median of all units (dashed). The
 * granularity follows the period in the URL, unless it would draw fewer than three points (six
 * months are drawn by month, not as two quarters); choosing 月/季/半年/年 moves to the latest such period.
 * A unit's value that covers only part of a period is a hollow point; a missing value is a gap.
 * The chosen units are the URL `units`, i.e. the units highlighted in every view; a click on a
 * line brings it forward here (the others fade) without changing the selection.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { availablePeriods, type RollUpGranularity } from '../../analysis/available-periods';
import { SpecLineChart } from '../../charts/SpecLineChart';
import { ChartPanel } from '../shared/ChartPanel';
import { EmptyState } from '../shared/EmptyState';
import type { DatasetViewProps } from '../ViewRouter';
import { getTrendQueryOptions } from './trend/trend-view-model';
import { UnitPicker } from './trend/UnitPicker';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

const MAX_UNITS = 7;

export interface TrendViewProps extends DatasetViewProps {
  readonly chartWidth?: number;
}

export function TrendView({ dataset, analysis, query, setQuery, chartWidth }: TrendViewProps) {
  const id = useId();
  const t = useT();
  const lang = useLang();
  const vm = useQuery(getTrendQueryOptions(analysis, query, lang)).data;
  if (!vm) return <EmptyState title={t.empty.noTrend}>{t.empty.importHint}</EmptyState>;
  const { granularity, granularities, chosen, spec } = vm;
  // A focused unit that is not drawn (the chosen units changed) brings nothing forward.
  const focus: ReadonlySet<string> = new Set(query.focus && chosen.includes(query.focus) ? [query.focus] : []);
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
            {granularities.map((x) => (
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
