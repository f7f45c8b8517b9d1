/**
 * The shape every view's `queryOptions` factory shares (bulletproof-react style: one factory per
 * view, `getLeagueQueryOptions(model, query, lang)`): the view model is a pure function of the
 * analysis model and the query, computed synchronously as the query's initial data (so a view
 * draws in the render that asks for it) and never refetched. The analysis model's memo holds the
 * expensive parts; react-query holds a view model while a view shows it and for VIEW_MODEL_GC_MS
 * after. Not 0: React renders a new view in slices (a transition) and its query is observed only
 * once the view is committed; with 0 the query would be dropped between the slices and the view
 * model computed twice.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Analysis } from '../../analysis/model/analysis';

/** How long a view model no view shows is kept, ms. */
export const VIEW_MODEL_GC_MS = 10_000;

/** Query options for view `view` of `model`, keyed by `key` (every input of `build`). */
export function viewQueryOptions<T>(view: string, model: Analysis, key: readonly unknown[], build: () => T) {
  return queryOptions({
    queryKey: ['view', view, model.key, ...key] as const,
    queryFn: () => build(),
    initialData: build,
    staleTime: Infinity,
    gcTime: VIEW_MODEL_GC_MS,
  });
}
