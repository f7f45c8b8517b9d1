/**
 * Picks the view for `query.view`. 均衡 and 总览 are loaded lazily (their own chunks), since a
 * person usually opens on 对比.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import type { ViewProps } from './view-query';
import { CompareView } from './views/CompareView';
import { LeagueView } from './views/LeagueView';
import { TrendView } from './views/TrendView';

type DatasetView = ComponentType<ViewProps & { dataset: Dataset }>;

const ImbalanceView = lazy(() => import('./views/ImbalanceView').then((m) => ({ default: m.ImbalanceView })));
const OverviewView = lazy(() => import('./views/OverviewView').then((m) => ({ default: m.OverviewView })));

export function ViewRouter(props: ViewProps & { dataset: Dataset }) {
  switch (props.query.view) {
    case 'compare': return <CompareView {...props} />;
    case 'league': return <LeagueView {...props} />;
    case 'trend': return <TrendView {...props} />;
    case 'imbalance': return <LazyView view={ImbalanceView} name="均衡分析" props={props} />;
    case 'overview': return <LazyView view={OverviewView} name="总览" props={props} />;
    case 'data': return null; // rendered by App (it needs no dataset)
    default: return null;
  }
}

function LazyView({ view: View, name, props }: { view: DatasetView; name: string; props: ViewProps & { dataset: Dataset } }) {
  return (
    <Suspense fallback={<p className="loading" role="status">正在载入{name}…</p>}>
      <View {...props} />
    </Suspense>
  );
}
