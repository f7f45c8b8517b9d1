/**
 * React hook over the URL view state: reads `location.search`, writes with pushState (view
 * changes, so Back returns to the previous view) or replaceState (filters), follows Back/Forward.
 * A change of view is a transition: React renders the new view in slices and keeps the current
 * one on screen until it is ready, so opening a chart at city scale is not one long task.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { mergeViewQuery, parseViewQuery, serializeViewQuery } from './url-state';
import type { ViewQuery } from './view-query';

export function useViewQuery(): { query: ViewQuery; setQuery: (patch: Partial<ViewQuery>) => void } {
  const [query, setState] = useState<ViewQuery>(() => parseViewQuery(window.location.search));
  // The latest query, so setQuery can write the URL outside a state updater (updaters may run twice).
  const current = useRef(query);

  useEffect(() => {
    const onPop = () => {
      current.current = parseViewQuery(window.location.search);
      setState(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setQuery = useCallback((patch: Partial<ViewQuery>) => {
    const before = current.current;
    const { next, push } = mergeViewQuery(before, patch);
    current.current = next;
    const url = serializeViewQuery(next) + window.location.hash;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    if (next.view !== before.view) startTransition(() => setState(next));
    else setState(next);
  }, []);

  return { query, setQuery };
}
