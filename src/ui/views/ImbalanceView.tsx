/**
 * 均衡: which work is most unequal across communities, who lags far behind and for how long,
 * whether the gap is widening, and sentences to paste into the report.
 */
import { useMemo, useRef } from 'react';
import { buildHeatmapTableSpec, buildLaggardTableSpec, buildSpreadTableSpec, buildSpreadTrendSpec, type ImbalanceSpecContext } from '../../charts/imbalance-specs';
import { sourceLine } from '../../charts/spec-text';
import { resolveMetric } from '../../analysis/resolve-metric';
import { percentileMatrix } from '../../analysis/heatmap';
import { imbalanceOverview } from '../../analysis/imbalance';
import { buildNarrative } from '../../analysis/narrative';
import { PERSISTENT_RUN, persistentLaggards } from '../../analysis/persistent-laggards';
import { spreadTrend } from '../../analysis/spread-trend';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../data/vocabulary/period';
import { EmptyState } from '../shared/EmptyState';
import { LAGGARD_SHARE } from '../url-state';
import type { ViewProps } from '../view-query';
import { Heatmap } from './imbalance/Heatmap';
import { ImbalanceSection } from './imbalance/ImbalanceSection';
import { LaggardList } from './imbalance/LaggardList';
import { NarrativePanel } from './imbalance/NarrativePanel';
import { SpreadTable } from './imbalance/SpreadTable';
import { SpreadTrendChart } from './imbalance/SpreadTrendChart';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export function ImbalanceView({ dataset, query, setQuery }: ViewProps & { dataset: Dataset }) {
  const share = query.share ?? LAGGARD_SHARE.default;
  const t = useT();
  const m = t.imbalance;
  const lang = useLang();
  const { period } = query;
  const opts = useMemo(() => ({ parent: query.parent || undefined, per: query.per, laggardShare: share }), [query.parent, query.per, share]);
  const rows = useMemo(() => (period ? imbalanceOverview(dataset, period, opts) : []), [dataset, period, opts]);
  const selected = rows.find((r) => r.metric.id === query.metric) ?? rows.find((r) => r.ranked) ?? rows[0];
  const granularity = parsePeriodKey(period)?.granularity;
  const rollUp = granularity && granularity !== 'C' ? granularity : undefined;
  const metricId = selected?.metric.id;
  const trend = useMemo(
    () => (metricId && rollUp ? spreadTrend(dataset, metricId, rollUp, { upTo: period, parent: opts.parent, per: opts.per }) : null),
    [dataset, metricId, rollUp, period, opts.parent, opts.per],
  );
  const persistent = useMemo(
    () => (metricId && rollUp ? persistentLaggards(dataset, metricId, rollUp, PERSISTENT_RUN, { upTo: period, parent: opts.parent, per: opts.per }) : []),
    [dataset, metricId, rollUp, period, opts.parent, opts.per],
  );
  const heatIds = useMemo(() => rows.filter((r) => r.ranked).map((r) => r.metric.id), [rows]);
  const matrix = useMemo(() => percentileMatrix(dataset, period, heatIds, { parent: opts.parent, per: opts.per }), [dataset, period, heatIds, opts.parent, opts.per]);
  const narrative = useMemo(
    () => (period ? buildNarrative(dataset, period, lang, { ...opts, focusMetric: metricId }).sentences : []),
    [dataset, period, opts, metricId, lang],
  );
  const trendBox = useRef<HTMLDivElement>(null);
  const source = sourceLine(dataset, lang);
  const ctx = useMemo<ImbalanceSpecContext>(
    () => ({ periodLabel: formatPeriodLabel(period, lang), parent: query.parent, per: query.per, source, lang }),
    [period, lang, query.parent, query.per, source],
  );
  const spreadTable = useMemo(() => buildSpreadTableSpec(rows, ctx), [rows, ctx]);
  const laggardTable = useMemo(() => (selected ? buildLaggardTableSpec(selected, persistent, share, ctx) : undefined), [selected, persistent, share, ctx]);
  const trendSpec = useMemo(() => (trend && selected && rollUp && trend.points.length >= 2
    ? buildSpreadTrendSpec(trend, { ...ctx, metric: selected.metric, periodName: (k) => formatPeriodLabel(k, lang), granularityLabel: t.granularity[rollUp] })
    : undefined), [trend, selected, rollUp, ctx, lang, t]);
  const heatTable = useMemo(() => {
    const defs = matrix.metrics.map((id) => resolveMetric(dataset, id));
    if (matrix.units.length === 0 || defs.some((d) => d === undefined)) return undefined;
    return buildHeatmapTableSpec(matrix, dataset.units, defs.map((d) => d!), ctx);
  }, [matrix, dataset, ctx]);
  if (!selected) return <EmptyState title={t.empty.noImbalance}>{t.empty.noImbalanceHint}</EmptyState>;
  const periodText = formatPeriodLabel(period, lang);
  const metricLabel = lang === 'en' ? selected.metric.en : selected.metric.zh;
  return (
    <div className="imbalance-view">
      <section className="panel" aria-labelledby="imb-narrative">
        <h2 id="imb-narrative">{m.heading(periodText, query.parent)}</h2>
        <NarrativePanel sentences={narrative} lang={lang} />
      </section>
      <ImbalanceSection id="imb-spread" title={m.spread} help={m.spreadHelp} table={spreadTable}>
        <SpreadTable rows={rows} selected={selected.metric.id} onSelect={(metric) => setQuery({ metric })} />
      </ImbalanceSection>
      <ImbalanceSection id="imb-laggards" title={m.laggards(metricLabel)} table={laggardTable}>
        <LaggardList imbalance={selected} persistent={persistent} share={share} onShare={(s) => setQuery({ share: s === LAGGARD_SHARE.default ? undefined : s })} />
      </ImbalanceSection>
      <ImbalanceSection id="imb-trend" title={m.trend(metricLabel)} spec={trendSpec} svgContainer={() => trendBox.current}>
        {trend ? <SpreadTrendChart trend={trend} spec={trendSpec} metricLabel={metricLabel} box={trendBox} /> : <p className="muted">{m.noTrendCumulative}</p>}
      </ImbalanceSection>
      {heatIds.length > 0 && (
        <ImbalanceSection id="imb-heatmap" title={m.heatmap} table={heatTable}>
          <Heatmap dataset={dataset} matrix={matrix} caption={m.heatmapCaption(periodText, query.parent)} />
        </ImbalanceSection>
      )}
    </div>
  );
}
