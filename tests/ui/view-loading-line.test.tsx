// @vitest-environment jsdom
/**
 * A view whose chunk has not arrived shows a Chinese loading line, then the view. In a file of its
 * own: once any dataset is shown the app loads every view's chunk while idle (preloadViewsWhenIdle),
 * so after other tests in the same module registry the chunk could already be there.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

it('shows a Chinese loading line while a view chunk loads, then the view', async () => {
  window.history.replaceState(null, '', '/?view=overview');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: true }), report: null }));
  render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
  expect(screen.getByRole('status').textContent).toBe('正在载入“总览”页面…');
  expect(await screen.findByRole('heading', { name: '就业' }, { timeout: 15_000 })).toBeTruthy();
});
