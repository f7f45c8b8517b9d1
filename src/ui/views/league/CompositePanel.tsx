/**
 * 综合指数: units ranked on a weighted index over chosen metrics (direction-aware percentile or
 * z-score), with each metric's score, units lacking a metric flagged, and the method stated
 * under the table (compositeIndex's methodNote).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { CompositeRow } from '../../../analysis/composite-index';
import type { Analysis } from '../../../analysis/model/analysis';
import { compositeScoreText } from '../../../charts/composite-table-spec';
import type { Dataset } from '../../../data/dataset/dataset';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import { tableWords } from '../../../charts/table-words';
import { metricOptions } from '../../metric-options';
import { EmptyState } from '../../shared/EmptyState';
import { ExportSlot } from '../../shared/ExportSlot';
import type { ViewProps, ViewQuery } from '../../view-query';
import { CompositeControls } from './CompositeControls';
import {
  activeWeights, compositeCandidates, settingsFromQuery, shownSettings, weightsForQuery, type CompositeSettings,
} from './composite-weights';
import { VirtualTable } from './VirtualTable';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { getCompositeQueryOptions } from './composite-view-model';

export interface CompositePanelProps {
  readonly dataset: Dataset;
  readonly analysis: Analysis;
  readonly query: ViewQuery;
  /** Writes the method and the weights to the URL. */
  readonly setQuery: ViewProps['setQuery'];
  readonly periodLabel: string;
}

export function CompositePanel({ dataset, analysis, query, setQuery, periodLabel }: CompositePanelProps) {
  const t = useT();
  const c = t.composite;
  const l = t.league;
  const lang = useLang();
  const name = (m: MetricDef) => (lang === 'en' ? m.en : m.zh);
  const candidates = useMemo(() => compositeCandidates(metricOptions(dataset)), [dataset]);
  const fromUrl = useMemo(
    () => settingsFromQuery(candidates, { metric: query.metric, method: query.method, weights: query.weights }),
    [candidates, query.metric, query.method, query.weights],
  );
  // The last edit, kept only for the text as typed: the URL is the state (see shownSettings).
  const [edited, setEdited] = useState<CompositeSettings | null>(null);
  const settings = shownSettings(fromUrl, edited);
  const change = (next: CompositeSettings) => {
    setEdited(next);
    setQuery({ method: next.method === 'percentile' ? undefined : next.method, weights: weightsForQuery(next) });
  };
  const weights = useMemo(() => activeWeights(settings), [settings]);
  const vm = useQuery(getCompositeQueryOptions(analysis, query, weights, settings.method, lang)).data;
  const result = vm?.result ?? null;
  const chosen = vm?.chosen ?? [];
  const table = vm?.table ?? null;
  const tw = tableWords(lang);
  const title = tw.compositeTitle(query.parent);
  const defs = new Map<string, MetricDef>(candidates.map((m) => [m.id, m]));
  const names = (ids: readonly string[]) => ids.map((id) => { const d = defs.get(id); return d ? name(d) : id; }).join(lang === 'en' ? ', ' : '、');
  return (
    <>
      <CompositeControls candidates={candidates} settings={settings} onChange={change} />
      {!result || !table ? (
        <EmptyState title={c.noMetric}>{c.noMetricHint}</EmptyState>
      ) : result.rows.length === 0 ? (
        <EmptyState title={c.noData(periodLabel)}>{c.noDataHint}</EmptyState>
      ) : (
        <>
          <div className="table-toolbar">
            <p className="table-summary">{c.summary(result.rows.length)}</p>
            <ExportSlot table={table} />
          </div>
          <VirtualTable<CompositeRow>
            caption={l.caption(title, periodLabel)}
            regionLabel={c.region}
            className="league-table composite-table"
            columnWidths={['64px', '20%', '16%', '12%', ...chosen.map(() => `${Math.floor(40 / chosen.length)}%`)]}
            rows={result.rows}
            rowKey={(r) => r.unit}
            head={(
              <>
                <th scope="col" className="num">{l.rank}</th>
                <th scope="col">{l.community}</th>
                <th scope="col">{l.parent}</th>
                <th scope="col" className="num">{tw.compositeScore}</th>
                {chosen.map((m) => <th key={m.id} scope="col" className="num">{tw.compositeScoreOf(name(m))}</th>)}
              </>
            )}
            cells={(r) => (
              <>
                <td className="num">{r.rank}</td>
                <th scope="row">
                  {r.name}
                  {r.missing.length > 0 && (
                    <span className="partial-mark" title={c.missing(names(r.missing))}>{tw.compositeMissing(r.missing.length)}</span>
                  )}
                  {r.partial.length > 0 && (
                    <span className="partial-mark" title={c.partial(names(r.partial))}>{tw.compositePartial(r.partial.length)}</span>
                  )}
                </th>
                <td>{r.parent || '—'}</td>
                <td className="num strong">{compositeScoreText(r.score, settings.method, lang)}</td>
                {r.parts.map((p) => <td key={p.metric} className="num">{compositeScoreText(p.score, settings.method, lang)}</td>)}
              </>
            )}
          />
          <p className="method-note">{table.notes?.[0]}</p>
          <p className="source">{t.chart.source(table.source)}</p>
        </>
      )}
    </>
  );
}
