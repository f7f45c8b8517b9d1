/** Renders a view with a fresh QueryClient (views use react-query through the export menu). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import type { Dataset } from '../../src/data/dataset/dataset';

export function renderWithClient(ui: ReactElement, client = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}

/** The props a dataset view gets from App for `ds`: the dataset and a fresh analysis model of it. */
export function viewData(ds: Dataset): { dataset: Dataset; analysis: Analysis } {
  return { dataset: ds, analysis: createAnalysis(ds) };
}
