/**
 * Picks the view for `query.view`. Every view is its own chunk (React.lazy), so the shell loads
 * light and recharts arrives with the first chart view. To add a view: one line in VIEW_LOADERS
 * (and its name in the i18n catalogues' `views` and view-query's VIEWS).
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { Analysis } from '../analysis/model/analysis';
import type { Dataset } from '../data/dataset/dataset';
import { HighlightProvider } from './highlight/highlight';
import { LoadingIndicator } from './shell/LoadingIndicator';
import { whenIdle } from './shared/when-idle';
import type { ViewName, ViewProps } from './view-query';
import { useT } from './i18n/use-t';

/**
 * What a dataset view receives: the dataset (for its display fields and unit lists) and its
 * analysis model (for everything computed).
 */
export type DatasetViewProps = ViewProps & { dataset: Dataset; analysis: Analysis };
type DatasetView = ComponentType<DatasetViewProps>;

/** How each dataset view's chunk is loaded. */
const VIEW_LOADERS: Readonly<Record<Exclude<ViewName, 'data'>, () => Promise<DatasetView>>> = {
  overview: () => import('./views/OverviewView').then((m) => m.OverviewView),
  scatter: () => import('./views/ScatterView').then((m) => m.ScatterView),
  compare: () => import('./views/CompareView').then((m) => m.CompareView),
  league: () => import('./views/LeagueView').then((m) => m.LeagueView),
  trend: () => import('./views/TrendView').then((m) => m.TrendView),
  imbalance: () => import('./views/ImbalanceView').then((m) => m.ImbalanceView),
  profile: () => import('./views/profile/ProfileView').then((m) => m.ProfileView),
};

/**
 * A component whose chunk is loaded on demand: rendered through React.lazy (the Suspense boundary
 * around it shows ViewLoading) until the chunk has arrived, and directly once it has, so a view
 * whose chunk was preloaded opens without suspending. That matters: React holds the content of a
 * newly shown Suspense boundary back until about 300 ms after its fallback appeared, and a
 * preloaded view never shows the fallback.
 */
export interface LoadableView<P extends object> {
  readonly View: ComponentType<P>;
  /** Starts loading the chunk (a failed load is tried again when the view opens). */
  preload(): void;
}

function loadableView<P extends object>(load: () => Promise<ComponentType<P>>): LoadableView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (c) => { loaded = c; return c; },
      (e: unknown) => { pending = null; throw e; },
    );
    return pending;
  };
  const Lazy = lazy(() => start().then((c) => ({ default: c })));
  function View(props: P) {
    // The element type chosen at mount stays: going from Lazy to the component itself would remount the view.
    const [viaLazy] = useState(() => loaded === null);
    const Loaded = loaded;
    return viaLazy || !Loaded ? <Lazy {...props} /> : <Loaded {...props} />;
  }
  return { View, preload: () => { start().catch(() => undefined); } };
}

const VIEWS = Object.fromEntries(
  Object.entries(VIEW_LOADERS).map(([view, load]) => [view, loadableView(load)]),
) as Record<keyof typeof VIEW_LOADERS, LoadableView<DatasetViewProps>>;

/** The 数据 view (import, report, 数据管理): its own chunk too. */
export const DataViewLoadable = loadableView(() => import('./views/DataView').then((m) => m.DataView));

/** Starts loading a view's chunk early (on hover or focus of its tab, or when the page is idle). */
export function preloadView(view: ViewName): void {
  (view === 'data' ? DataViewLoadable : VIEWS[view]).preload();
}

/** The order views are loaded in when the page is idle: the ones opened first after an import first. */
const IDLE_ORDER: readonly ViewName[] = ['compare', 'league', 'trend', 'overview', 'imbalance', 'scatter', 'profile', 'data'];

/**
 * Loads every view's chunk while the page is idle, one chunk per idle period, so that the first
 * click on a tab (after an import above all) does not wait for its code to arrive and compile.
 * Returns a function that cancels the loads not yet started.
 */
export function preloadViewsWhenIdle(): () => void {
  const queue = [...IDLE_ORDER];
  const idle = (run: () => void): (() => void) => whenIdle(run, 2000, 100);
  let cancel = (): void => undefined;
  const next = (): void => {
    const view = queue.shift();
    if (!view) return;
    preloadView(view);
    cancel = idle(next);
  };
  cancel = idle(next);
  return () => {
    queue.length = 0;
    cancel();
  };
}

/** The fallback while a view's chunk loads. */
export function ViewLoading({ view }: { view: ViewName }) {
  const t = useT();
  return <LoadingIndicator text={t.app.loadingView(t.views[view])} />;
}

export function ViewRouter(props: DatasetViewProps) {
  const { view } = props.query;
  if (view === 'data') return null; // rendered by App (it needs no dataset)
  const View = VIEWS[view].View;
  return (
    <Suspense fallback={<ViewLoading view={view} />}>
      <HighlightProvider units={props.query.units} setQuery={props.setQuery}>
        <View {...props} />
      </HighlightProvider>
    </Suspense>
  );
}
