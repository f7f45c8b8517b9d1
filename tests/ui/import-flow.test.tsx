// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetQueryKey, type ShownDataset, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

const CSV = [
  '街道,社区,期间,指标,数值',
  '新街道,东社区,2024-03,再就业人数,12',
  '新街道,西社区,2024-03,再就业人数,30',
  '新街道,南社区,2024-03,再就业人数,约20',
].join('\r\n');

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: true }), report: null }));
  render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
  return client;
}

describe('import through the file input (no Worker in jsdom: runs on this thread)', () => {
  it('reports the import, replaces the sample, and the league shows the new data', async () => {
    const client = renderApp('?view=data');
    const input = await screen.findByLabelText('选择文件（CSV或Excel）', {}, { timeout: 15_000 }) as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.csv,.txt,.tsv,.xlsx,.xls,.xlsm,.et,.ods,.xlsb');
    const file = new File([new TextEncoder().encode(CSV)], '三月.csv', { type: 'text/csv' });
    // The native input is visually hidden; the Chinese button is its label, the names show beside it.
    expect(input.className).toBe('file-input');
    expect(screen.getByText('未选择文件')).toBeTruthy();
    fireEvent.change(input, { target: { files: [file] } });
    expect(screen.getByText('已选择：三月.csv')).toBeTruthy();
    expect(await screen.findByText(/导入成功：三月\.csv/)).toBeTruthy();
    expect(screen.queryByText('当前显示示例数据（合成数据，非真实统计）')).toBeNull();
    // Shown with its analysis model, which has computed nothing ahead (views ask it when drawn).
    const shown = client.getQueryData<ShownDataset>(datasetQueryKey)!;
    expect(shown.dataset.name).toBe('三月');
    expect(shown.analysis.cube).toBe(shown.dataset);
    fireEvent.click(screen.getByRole('link', { name: '排行' }));
    const table = await screen.findByRole('table', { name: /各社区再就业人数排行（2024年3月）/ }, { timeout: 15_000 });
    const names = within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th .unit-toggle')!.textContent);
    expect(names).toEqual(['西社区', '南社区', '东社区']);
  });

  it('a blocked import says nothing changed and keeps the data shown', async () => {
    renderApp('?view=data');
    const file = new File([new Uint8Array(0)], '空.csv', { type: 'text/csv' });
    fireEvent.change(await screen.findByLabelText('选择文件（CSV或Excel）', {}, { timeout: 15_000 }), { target: { files: [file] } });
    expect(await screen.findByText('导入未完成：当前数据没有任何改变。')).toBeTruthy();
    expect(screen.getByText('当前显示示例数据（合成数据，非真实统计）')).toBeTruthy();
  });
});
