/**
 * 对比: one metric × one period, every unit (or one street's) as a bar sorted best → worst, with
 * the median and mean marked; optionally a second period side by side (grouped bars sorted by the
 * main period, the change as ↑/↓), or small multiples by street on one scale. At city scale
 * (more than CITY_SCALE units) only the first and last TOP_BOTTOM units are drawn, with a histogram
 * of all of them, so the page never holds thousands of SVG marks. Units with no value are listed
 * under the chart, never drawn as 0. A click on a bar or a name highlights the unit everywhere.
 */
import { useMemo } from 'react';
import { buildCompareBarsSpec } from '../../charts/compare-bars-spec';
import type { CompareSpecContext } from '../../charts/compare-chart-spec';
import { sourceLine } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { metricOptions } from '../metric-options';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';
import { CompareBarsPanel } from './compare/CompareBarsPanel';
import { CompareControls } from './compare/CompareControls';
import { DistributionPanel } from './compare/DistributionPanel';
import { MissingUnits } from './compare/MissingUnits';
import { SmallMultiplesPanel } from './compare/SmallMultiplesPanel';
import { useCompareData } from './compare/use-compare-data';
import '../shared/chart-views.css';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

/**
 * More units with a value than this and the chart shows only the first and last TOP_BOTTOM. 津南区's
 * 154 communities (two periods: 308 bars) still show in full; recharts slows past a few hundred marks.
 */
export const CITY_SCALE = 200;
/** Bars at each end at city scale. */
export const TOP_BOTTOM = 15;
/** Small multiples draw every unit: above this many, ask for a street first. */
export const SMALL_MULTIPLES_MAX = 400;

export interface CompareViewProps extends ViewProps {
  readonly dataset: Dataset;
  /** Fixed chart width (tests); omit to fill the panel. */
  readonly chartWidth?: number;
}

export function CompareView({ dataset, query, setQuery, chartWidth }: CompareViewProps) {
  const byStreet = query.by === 'street';
  const t = useT();
  const lang = useLang();
  const metric = metricOptions(dataset).find((m) => m.id === query.metric);
  const data = useCompareData(dataset, metric, query, lang);
  const source = sourceLine(dataset, lang);
  const count = (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  const ctx = useMemo<(CompareSpecContext & { direction: NonNullable<typeof metric>['direction'] }) | null>(
    () => (metric && query.period
      ? { metric, periodLabel: formatPeriodLabel(query.period, lang), parent: query.parent, per: query.per, source, direction: metric.direction, lang }
      : null),
    [metric, query.period, query.parent, query.per, source, lang],
  );
  if (!metric || !data || !ctx) return <EmptyState title={t.empty.noCompare}>{t.empty.importHint}</EmptyState>;
  const { result, other } = data;
  const controls = (
    <CompareControls
      compare={query.compare}
      choices={data.choices}
      previous={data.previous}
      lastYear={data.lastYear}
      onCompare={(compare) => setQuery({ compare })}
      byStreet={byStreet}
      onByStreet={(on) => setQuery({ by: on ? 'street' : undefined })}
      units={dataset.units}
    />
  );
  if (result.items.length === 0) {
    return (
      <>
        {controls}
        <EmptyState title={t.empty.noPeriodMetric(ctx.periodLabel, lang === 'en' ? metric.en : metric.zh)}>
          {t.empty.changeHint(query.parent !== '', result.missing.length)}
        </EmptyState>
      </>
    );
  }
  const footer = <MissingUnits missing={result.missing} />;
  const city = result.items.length > CITY_SCALE;
  let body;
  if (byStreet && result.items.length <= SMALL_MULTIPLES_MAX) {
    body = <SmallMultiplesPanel result={result} ctx={ctx} other={other} footer={footer} chartWidth={chartWidth === undefined ? undefined : 360} />;
  } else {
    const spec = buildCompareBarsSpec(result, ctx, { other, topBottom: city ? TOP_BOTTOM : undefined });
    body = (
      <>
        {byStreet && (
          <p className="panel notice" role="status">
            {t.compare.byStreetNeedsParent(count(result.items.length), SMALL_MULTIPLES_MAX)}
          </p>
        )}
        {city && (
          <p className="city-note" role="note">
            {t.compare.cityNote(count(result.items.length), TOP_BOTTOM)}
            <button type="button" onClick={() => setQuery({ view: 'league' })}>{t.compare.allLeague(count(result.items.length))}</button>
          </p>
        )}
        <CompareBarsPanel spec={spec} chartWidth={chartWidth} footer={footer} />
        {city && <DistributionPanel result={result} ctx={ctx} n={TOP_BOTTOM} chartWidth={chartWidth} />}
      </>
    );
  }
  return (
    <>
      {controls}
      {body}
    </>
  );
}
