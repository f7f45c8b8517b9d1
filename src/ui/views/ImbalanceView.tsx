/**
 * 均衡: which work is most unequal across communities, who lags far behind and for how long,
 * whether the gap is widening, and sentences to paste into the report.
 */
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import { EmptyState } from '../shared/EmptyState';
import { LAGGARD_SHARE } from '../url-state';
import type { DatasetViewProps } from '../ViewRouter';
import { getImbalanceQueryOptions } from './imbalance/imbalance-view-model';
import { Heatmap } from './imbalance/Heatmap';
import { ImbalanceSection } from './imbalance/ImbalanceSection';
import { LaggardList } from './imbalance/LaggardList';
import { NarrativePanel } from './imbalance/NarrativePanel';
import { SpreadTable } from './imbalance/SpreadTable';
import { SpreadTrendChart } from './imbalance/SpreadTrendChart';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export function ImbalanceView({ dataset, analysis, query, setQuery }: DatasetViewProps) {
  const share = query.share ?? LAGGARD_SHARE.default;
  const t = useT();
  const m = t.imbalance;
  const lang = useLang();
  const { period } = query;
  const vm = useQuery(getImbalanceQueryOptions(analysis, query, share, lang)).data;
  const trendBox = useRef<HTMLDivElement>(null);
  if (!vm) return <EmptyState title={t.empty.noImbalance}>{t.empty.noImbalanceHint}</EmptyState>;
  const { rows, selected, trend, persistent, heatIds, matrix, narrative, spreadTable, laggardTable, trendSpec, heatTable } = vm;
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
        <LaggardList imbalance={selected} persistent={persistent} per={query.per} share={share} onShare={(s) => setQuery({ share: s === LAGGARD_SHARE.default ? undefined : s })} />
      </ImbalanceSection>
      <ImbalanceSection id="imb-trend" title={m.trend(metricLabel)} spec={trendSpec} svgContainer={() => trendBox.current}>
        {trend ? <SpreadTrendChart trend={trend} spec={trendSpec} metricLabel={metricLabel} box={trendBox} /> : <p className="muted">{m.noTrendCumulative}</p>}
      </ImbalanceSection>
      {heatIds.length > 0 && (
        <ImbalanceSection id="imb-heatmap" title={m.heatmap} table={heatTable}>
          <Heatmap dataset={dataset} matrix={matrix} per={query.per} caption={m.heatmapCaption(periodText, query.parent)} />
        </ImbalanceSection>
      )}
    </div>
  );
}
