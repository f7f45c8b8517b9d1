/**
 * The app shell: header, view tabs, sample banner, toolbar, and the current view in its own
 * error boundary. The dataset is a react-query query: the saved current dataset, else the sample,
 * until the person imports.
 */
import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, type CSSProperties } from 'react';
import { datasetQueryOptions } from './api/dataset-query';
import { resolveViewQuery } from './resolve-query';
import { LoadingIndicator } from './shell/LoadingIndicator';
import { PageDropTarget } from './shell/PageDropTarget';
import { PanelErrorBoundary } from './shell/PanelErrorBoundary';
import { SampleBanner } from './shell/SampleBanner';
import { Toolbar } from './shell/Toolbar';
import { VIEW_LABELS, ViewTabs } from './shell/ViewTabs';
import { serializeViewQuery } from './url-state';
import { useViewQuery } from './use-view-query';
import { ColourConventionSelect } from './highlight/ColourConventionSelect';
import { useChangeColours } from './highlight/colour-convention';
import { LazyDataView, preloadView, ViewLoading, ViewRouter } from './ViewRouter';

export function App() {
  const { query, setQuery } = useViewQuery();
  const change = useChangeColours();
  const data = useQuery(datasetQueryOptions());
  const current = data.data;
  const resolved = useMemo(() => (current ? resolveViewQuery(current.dataset, query) : query), [current, query]);
  const toData = useCallback(() => setQuery({ view: 'data' }), [setQuery]);
  return (
    <div className="app" style={{ '--up': change.up, '--down': change.down } as CSSProperties}>
      <header className="app-header">
        <h1>社区统计对比看板</h1>
        {current && <span className="dataset-name">{current.dataset.name}</span>}
        <span className="header-settings"><ColourConventionSelect /></span>
      </header>
      <ViewTabs query={query} onSelect={(view) => setQuery({ view })} onPreload={preloadView} />
      {current?.dataset.isSample && <SampleBanner onImport={toData} />}
      <main className="app-main" aria-label={VIEW_LABELS[query.view]}>
        {data.isPending && query.view !== 'data' && <LoadingIndicator text="正在载入数据…" />}
        {data.isError && (
          <div className="panel panel-error" role="alert">
            <p><strong>数据载入失败。</strong>{data.error.message}</p>
            <p>可以点“重试”，或到“数据”页导入自己的CSV文件。</p>
            <button type="button" onClick={() => void data.refetch()}>重试</button>
          </div>
        )}
        {query.view === 'data' ? (
          <Suspense fallback={<ViewLoading view="data" />}>
            <LazyDataView dataset={current?.dataset} report={current?.report ?? null} />
          </Suspense>
        ) : current ? (
          <>
            <PanelErrorBoundary label="筛选栏" resetKey={current.dataset.id}>
              <Toolbar dataset={current.dataset} query={resolved} setQuery={setQuery} hidePeriod={query.view === 'trend'} />
            </PanelErrorBoundary>
            <PanelErrorBoundary label={VIEW_LABELS[query.view]} resetKey={`${current.dataset.id}${serializeViewQuery(resolved)}`}>
              <ViewRouter dataset={current.dataset} query={resolved} setQuery={setQuery} />
            </PanelErrorBoundary>
          </>
        ) : null}
      </main>
      <PageDropTarget current={current?.dataset} onImported={toData} />
    </div>
  );
}
