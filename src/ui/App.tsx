/**
 * The app shell: header, view tabs, sample banner, toolbar, and the current view in its own
 * error boundary. The dataset is a react-query query: the saved current dataset, else the sample,
 * until the person imports.
 */
import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useId, useMemo, useState, type CSSProperties } from 'react';
import { datasetQueryOptions, SampleLoadError } from './api/dataset-query';
import { resolveViewQuery } from './resolve-query';
import { LoadingIndicator } from './shell/LoadingIndicator';
import { PageDropTarget } from './shell/PageDropTarget';
import { PanelErrorBoundary } from './shell/PanelErrorBoundary';
import { SampleBanner } from './shell/SampleBanner';
import { Toolbar } from './shell/Toolbar';
import { ViewTabs } from './shell/ViewTabs';
import { serializeViewQuery } from './url-state';
import { useViewQuery } from './use-view-query';
import { ColourConventionSelect } from './highlight/ColourConventionSelect';
import { useChangeColours } from './highlight/colour-convention';
import { DataViewLoadable, preloadView, preloadViewsWhenIdle, ViewLoading, ViewRouter } from './ViewRouter';
import { DeckPanel, DeckToggle } from './export/DeckPanel';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { applyHtmlLang, useLang } from './i18n/lang-store';
import { useT } from './i18n/use-t';
import type { Messages } from './i18n/messages-zh';
import { useLeaveWarningWhileImporting } from './import/use-leave-warning';

/** Why the first dataset did not load, in the UI language (the sample's failures are coded). */
function loadErrorText(error: Error, t: Messages, lang: 'zh' | 'en'): string {
  if (!(error instanceof SampleLoadError)) return error.message;
  if (error.status > 0) return t.app.sampleHttp(error.status);
  const reason = error.issue ? (lang === 'en' ? error.issue.messageEn : error.issue.message) : t.app.unknownReason;
  return t.app.sampleRejected(reason);
}

export function App() {
  const { query, setQuery } = useViewQuery();
  const change = useChangeColours();
  const data = useQuery(datasetQueryOptions());
  const current = data.data;
  const resolved = useMemo(() => (current ? resolveViewQuery(current.analysis, query) : query), [current, query]);
  const toData = useCallback(() => setQuery({ view: 'data' }), [setQuery]);
  const lang = useLang();
  const t = useT();
  useEffect(() => {
    applyHtmlLang(lang);
    document.title = t.app.docTitle;
  }, [lang, t]);
  // Once there is a dataset to show, the views' code is loaded while the page has nothing to do.
  const hasData = current !== undefined;
  useEffect(() => (hasData ? preloadViewsWhenIdle() : undefined), [hasData]);
  useLeaveWarningWhileImporting();
  const viewLabel = t.views[query.view];
  const [deckOpen, setDeckOpen] = useState(false);
  const deckId = useId();
  const closeDeck = useCallback(() => {
    setDeckOpen(false);
    document.querySelector<HTMLButtonElement>('.deck-toggle')?.focus();
  }, []);
  return (
    <div className="app" style={{ '--up': change.up, '--down': change.down } as CSSProperties}>
      {current && query.view !== 'data' && <a className="skip-link" href="#filters">{t.app.skipToFilters}</a>}
      <header className="app-header">
        <h1>{t.app.title}</h1>
        {current && <span className="dataset-name">{current.dataset.isSample ? t.app.sampleName : current.dataset.name}</span>}
        <span className="header-settings">
          <DeckToggle open={deckOpen} onToggle={() => setDeckOpen((o) => !o)} panelId={deckId} />
          <LanguageSwitch />
          <ColourConventionSelect />
        </span>
      </header>
      {deckOpen && <DeckPanel id={deckId} onClose={closeDeck} report={current ? { dataset: current.dataset, analysis: current.analysis, query: resolved } : undefined} />}
      <ViewTabs query={query} onSelect={(view) => setQuery({ view })} onPreload={preloadView} />
      {current?.dataset.isSample && <SampleBanner onImport={toData} />}
      <main className="app-main" aria-label={viewLabel} data-dataset-id={current?.dataset.id}>
        {data.isPending && query.view !== 'data' && <LoadingIndicator text={t.app.loadingData} />}
        {data.isError && (
          <div className="panel panel-error" role="alert">
            <p><strong>{t.app.loadFailed}</strong>{loadErrorText(data.error, t, lang)}</p>
            <p>{t.app.loadFailedHint}</p>
            <button type="button" onClick={() => void data.refetch()}>{t.app.retry}</button>
          </div>
        )}
        {query.view === 'data' ? (
          <Suspense fallback={<ViewLoading view="data" />}>
            <DataViewLoadable.View dataset={current?.dataset} report={current?.report ?? null} />
          </Suspense>
        ) : current ? (
          <>
            <PanelErrorBoundary label={t.app.toolbarPanel} resetKey={current.dataset.id}>
              <Toolbar
                dataset={current.dataset} query={resolved} setQuery={setQuery} hidePeriod={query.view === 'trend'}
                hideMetric={query.view === 'overview' || query.view === 'profile'} hideFilters={query.view === 'overview'}
              />
            </PanelErrorBoundary>
            <PanelErrorBoundary label={viewLabel} resetKey={`${current.dataset.id}${serializeViewQuery(resolved)}${lang}`}>
              <ViewRouter dataset={current.dataset} analysis={current.analysis} query={resolved} setQuery={setQuery} />
            </PanelErrorBoundary>
          </>
        ) : null}
      </main>
      <PageDropTarget current={current?.dataset} onImported={toData} />
    </div>
  );
}
