/** Renders a view with a fresh QueryClient (views use react-query through the export menu). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { useCallback, useState, type ReactElement } from 'react';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import type { Dataset } from '../../src/data/dataset/dataset';
import { HighlightProvider } from '../../src/ui/highlight/highlight';
import { mergeViewQuery } from '../../src/ui/url-state';
import type { ViewProps, ViewQuery } from '../../src/ui/view-query';

export function renderWithClient(ui: ReactElement, client = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}

/**
 * Renders views the way the app does: one query in state that setQuery merges patches into (as
 * the URL hook does), and the highlight taken from its `units` (as ViewRouter gives it).
 * `query()` is the query now; `navigate(q)` replaces it, as Back/Forward or a reload would.
 */
export function renderWithQuery(initial: ViewQuery, ui: (props: ViewProps) => ReactElement) {
  let now = initial;
  let replace: (q: ViewQuery) => void = () => undefined;
  const patches: Partial<ViewQuery>[] = [];
  function Harness() {
    const [query, setState] = useState(initial);
    const setQuery = useCallback((patch: Partial<ViewQuery>) => {
      patches.push(patch);
      setState((q) => mergeViewQuery(q, patch).next);
    }, []);
    now = query;
    replace = setState;
    return <HighlightProvider units={query.units} setQuery={setQuery}>{ui({ query, setQuery })}</HighlightProvider>;
  }
  const r = renderWithClient(<Harness />);
  return {
    ...r,
    /** The query as the URL would hold it now. */
    query: () => now,
    /** Every patch the views wrote, in order. */
    patches,
    navigate: (q: ViewQuery) => act(() => replace(q)),
  };
}

/** The props a dataset view gets from App for `ds`: the dataset and a fresh analysis model of it. */
export function viewData(ds: Dataset): { dataset: Dataset; analysis: Analysis } {
  return { dataset: ds, analysis: createAnalysis(ds) };
}
