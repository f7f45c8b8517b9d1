// @vitest-environment jsdom
/**
 * A view model is computed once per view shown, even when React renders the view in slices: the
 * query built by the first slice must still be there when the view is committed and observed.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../../src/analysis/model/analysis';
import { viewQueryOptions } from '../../../src/ui/api/view-query-options';
import { smallDataset } from '../small-dataset';

describe('viewQueryOptions', () => {
  it('keeps a view model built by a render that is committed later (a transition yields between slices)', async () => {
    const model = createAnalysis(smallDataset());
    let builds = 0;
    const options = viewQueryOptions('test', model, ['m', '2024-Q1'], () => ++builds);
    const client = new QueryClient();
    // What useQuery does in a render that React then pauses: the query is built, not yet observed.
    await client.ensureQueryData(options);
    expect(builds).toBe(1);
    // React yields; timers run meanwhile (a gcTime of 0 drops the unobserved query here).
    await new Promise((resolve) => setTimeout(resolve, 20));
    function View() {
      const { data } = useQuery(options);
      return <p>built {data}</p>;
    }
    render(<QueryClientProvider client={client}><View /></QueryClientProvider>);
    expect(screen.getByText('built 1')).toBeTruthy();
    expect(builds).toBe(1);
    client.clear();
  });
});
