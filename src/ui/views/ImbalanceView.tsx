/**
 * 均衡: which work is most unequal across communities, who lags far behind and for how long,
 * whether the gap is widening, and sentences to paste into the report.
 */
import { useMemo, useState } from 'react';
import { percentileMatrix } from '../../analysis/heatmap';
import { imbalanceOverview } from '../../analysis/imbalance';
import { buildNarrative } from '../../analysis/narrative';
import { persistentLaggards } from '../../analysis/persistent-laggards';
import { spreadTrend } from '../../analysis/spread-trend';
import type { Dataset } from '../../data/dataset';
import { formatPeriodLabel } from '../../data/format-period-label';
import { parsePeriodKey } from '../../data/period';
import { EmptyState } from '../shared/EmptyState';
import type { ViewProps } from '../view-query';
import { Heatmap } from './imbalance/Heatmap';
import { LaggardList } from './imbalance/LaggardList';
import { NarrativePanel } from './imbalance/NarrativePanel';
import { SpreadTable } from './imbalance/SpreadTable';
import { SpreadTrendChart } from './imbalance/SpreadTrendChart';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export function ImbalanceView({ dataset, query, setQuery }: ViewProps & { dataset: Dataset }) {
  const [share, setShare] = useState(0.5);
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
    () => (metricId && rollUp ? persistentLaggards(dataset, metricId, rollUp, 3, { upTo: period, parent: opts.parent, per: opts.per }) : []),
    [dataset, metricId, rollUp, period, opts.parent, opts.per],
  );
  const heatIds = useMemo(() => rows.filter((r) => r.ranked).map((r) => r.metric.id), [rows]);
  const matrix = useMemo(() => percentileMatrix(dataset, period, heatIds, { parent: opts.parent, per: opts.per }), [dataset, period, heatIds, opts.parent, opts.per]);
  const narrative = useMemo(
    () => (period ? buildNarrative(dataset, period, lang, { ...opts, focusMetric: metricId }).sentences : []),
    [dataset, period, opts, metricId, lang],
  );
  if (!selected) return <EmptyState title={t.empty.noImbalance}>{t.empty.noImbalanceHint}</EmptyState>;
  const periodText = formatPeriodLabel(period, lang);
  const metricLabel = lang === 'en' ? selected.metric.en : selected.metric.zh;
  return (
    <div className="imbalance-view">
      <section className="panel" aria-labelledby="imb-narrative">
        <h2 id="imb-narrative">{m.heading(periodText, query.parent)}</h2>
        <NarrativePanel sentences={narrative} lang={lang} />
      </section>
      <section className="panel" aria-labelledby="imb-spread">
        <h2 id="imb-spread">{m.spread}</h2>
        <p className="subtitle">{m.spreadHelp}</p>
        <SpreadTable rows={rows} selected={selected.metric.id} onSelect={(metric) => setQuery({ metric })} />
      </section>
      <section className="panel" aria-labelledby="imb-laggards">
        <h2 id="imb-laggards">{m.laggards(metricLabel)}</h2>
        <LaggardList imbalance={selected} persistent={persistent} share={share} onShare={setShare} />
      </section>
      <section className="panel" aria-labelledby="imb-trend">
        <h2 id="imb-trend">{m.trend(metricLabel)}</h2>
        {trend ? <SpreadTrendChart trend={trend} metricLabel={metricLabel} /> : <p className="muted">{m.noTrendCumulative}</p>}
      </section>
      {heatIds.length > 0 && (
        <section className="panel" aria-labelledby="imb-heatmap">
          <h2 id="imb-heatmap">{m.heatmap}</h2>
          <Heatmap dataset={dataset} matrix={matrix} caption={m.heatmapCaption(periodText, query.parent)} />
        </section>
      )}
    </div>
  );
}
