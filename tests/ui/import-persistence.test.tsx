// @vitest-environment jsdom
/**
 * The import → IndexedDB wiring of the app (fake-indexeddb; no Worker in jsdom, so the import runs
 * on this thread): an accepted import is saved and restored by a fresh mount; 追加 merges into the
 * saved dataset; a blocked import changes nothing; a failed save says the import is only in memory.
 */
import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observationCount } from '../../src/data/dataset/dataset';
import { closeStore, getCurrentDatasetId, listDatasets, loadDataset } from '../../src/storage/dataset-store';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { failPutsWithQuota } from '../storage/store-fixtures';
import { smallDataset } from './small-dataset';

const SLOW = { timeout: 15_000 };

const MARCH = ['街道,社区,期间,指标,数值', '新街道,东社区,2024-03,再就业人数,12', '新街道,西社区,2024-03,再就业人数,30', '新街道,南社区,2024-03,再就业人数,20'].join('\r\n');
const APRIL = ['街道,社区,期间,指标,数值', '新街道,东社区,2024-04,再就业人数,40', '新街道,西社区,2024-04,再就业人数,5', '新街道,南社区,2024-04,再就业人数,25'].join('\r\n');

/**
 * Node's File, not jsdom's: jsdom's arrayBuffer() comes from another realm, which Node's
 * crypto.subtle.digest (used to hash the saved raw files) rejects. Browsers have one realm.
 */
function csv(text: string, name: string): File {
  return new NodeFile([new TextEncoder().encode(text)], name, { type: 'text/csv' }) as unknown as File;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  vi.stubGlobal('navigator', { ...navigator, storage: { persist: async () => true, persisted: async () => false } });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await closeStore();
});

/** Mounts the app; with `seed`, the sample is already loaded (jsdom cannot fetch the real one). */
function mount(search: string, seed = true) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (seed) client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset({ isSample: true }), report: null }));
  render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
  return client;
}

async function importFile(file: File) {
  const input = await screen.findByLabelText('选择文件（CSV或Excel）', {}, SLOW);
  fireEvent.change(input, { target: { files: [file] } });
}

/** Imports 三月.csv, waits for it to be saved, then adds `file` onto it (追加到当前数据); the saved dataset's meta. */
async function addOntoMarch(file: File) {
  mount('?view=data');
  await importFile(csv(MARCH, '三月.csv'));
  await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW);
  const [first] = await listDatasets();
  fireEvent.click(screen.getByRole('radio', { name: /追加到当前数据（合并）/ }));
  await importFile(file);
  return first;
}

/** What a person could lose: every saved dataset (summary and values) and which one is current. */
async function savedState() {
  const metas = await listDatasets();
  const values = await Promise.all(metas.map(async (m) => {
    const ds = await loadDataset(m.id);
    return { periods: ds?.periods, obs: ds ? [...ds.obs.value] : null };
  }));
  return { metas, values, current: await getCurrentDatasetId() };
}

function leagueNames(table: HTMLElement): string[] {
  return within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th .unit-toggle')!.textContent ?? '');
}

describe('import → saved in this browser → restored', () => {
  it('saves an accepted import, says so, and a fresh app mount restores it instead of the sample', async () => {
    mount('?view=data');
    await importFile(csv(MARCH, '三月.csv'));
    expect(await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW)).toBeTruthy();
    const metas = await listDatasets();
    expect(metas.map((m) => m.name)).toEqual(['三月']);
    expect(await getCurrentDatasetId()).toBe(metas[0]!.id);

    // Reload: a new page, a new QueryClient, no dataset given: the app restores the saved one.
    cleanup();
    await closeStore();
    mount('?view=league&period=2024-03', false);
    const table = await screen.findByRole('table', { name: /各社区再就业人数排行（2024年3月）/ }, SLOW);
    expect(leagueNames(table)).toEqual(['西社区', '南社区', '东社区']);
    expect(screen.getByText('三月', { selector: '.dataset-name' })).toBeTruthy();
    expect(screen.queryByText('当前显示示例数据（合成数据，非真实统计）')).toBeNull();
  });

  it('追加到当前数据 merges the new month into the saved dataset (one dataset, both months)', async () => {
    const first = await addOntoMarch(csv(APRIL, '四月.csv'));
    expect(await screen.findByText(/已与原数据合并/, {}, SLOW)).toBeTruthy();
    const metas = await listDatasets();
    expect(metas).toHaveLength(1);
    expect(metas[0]!.id).toBe(first!.id);
    const saved = await loadDataset(first!.id);
    expect(saved!.periods).toEqual(['2024-03', '2024-04']);
    expect(observationCount(saved!)).toBe(6);
  });

  it('a corrected month added onto the data is held until 以本次导入为准，更正已有数据, which replaces only the differing number', async () => {
    const first = await addOntoMarch(csv(MARCH.replace('西社区,2024-03,再就业人数,30', '西社区,2024-03,再就业人数,33'), '三月更正.csv'));
    const button = await screen.findByRole('button', { name: '以本次导入为准，更正已有数据' }, SLOW);
    expect(button.closest('[role="alert"]')!.textContent).toContain('本次导入的部分数值与当前数据不同，尚未导入');
    expect(screen.getByText(/导入未完成/)).toBeTruthy();
    expect(screen.getByText(/如是社区重新报送的更正数据，请点上方的“以本次导入为准，更正已有数据”/)).toBeTruthy();
    expect([...(await loadDataset(first!.id))!.obs.value]).toEqual([12, 30, 20]);

    fireEvent.click(button);
    expect(await screen.findByText(/已与原数据合并/, {}, SLOW)).toBeTruthy();
    expect(screen.getByText(/导入成功：三月更正\.csv，新增0个数值、更正1个，合并后共3个/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '以本次导入为准，更正已有数据' })).toBeNull();
    expect(document.body.textContent).toContain('西社区2024年3月的“再就业人数”已更正：已有数据（三月.csv第3行）为30，按本次导入的三月更正.csv第3行改为33');
    await waitFor(async () => expect([...(await loadDataset(first!.id))!.obs.value]).toEqual([12, 33, 20]), SLOW);
    expect(await listDatasets()).toHaveLength(1);
  });

  it('after a reload, the 数据 view shows the saved dataset\'s latest import report with its warnings', async () => {
    mount('?view=data');
    await importFile(csv(MARCH.replace('再就业人数,30', '再就业人数,30余'), '三月.csv'));
    await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW);
    cleanup();
    await closeStore();
    mount('?view=data', false);
    const panel = await screen.findByRole('region', { name: /当前数据最近一次导入的报告（.*，已保存）/ }, SLOW);
    expect(panel.textContent).toContain('30余');
    expect(panel.textContent).toContain('导入成功：三月.csv');
  });

  it('the choice of 追加到当前数据 is kept across a reload: next month goes into the same dataset', async () => {
    mount('?view=data');
    await importFile(csv(MARCH, '三月.csv'));
    await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW);
    fireEvent.click(screen.getByRole('radio', { name: /追加到当前数据（合并）/ }));
    cleanup();
    await closeStore();
    mount('?view=data', false);
    const append = await screen.findByRole('radio', { name: /追加到当前数据（合并）/ }, SLOW);
    expect((append as HTMLInputElement).checked).toBe(true);
    await importFile(csv(APRIL, '四月.csv'));
    expect(await screen.findByText(/已与原数据合并/, {}, SLOW)).toBeTruthy();
    expect(await listDatasets()).toHaveLength(1);
  });

  it('替换当前数据 (the default) saves the import as a new dataset and keeps the old one listed', async () => {
    mount('?view=data');
    await importFile(csv(MARCH, '三月.csv'));
    await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW);
    expect((screen.getByRole('radio', { name: /替换当前数据/ }) as HTMLInputElement).checked).toBe(true);
    await importFile(csv(APRIL, '四月.csv'));
    await waitFor(async () => expect((await listDatasets()).map((m) => m.name).sort()).toEqual(['三月', '四月']), SLOW);
    const current = await loadDataset((await getCurrentDatasetId())!);
    expect(current!.name).toBe('四月');
    expect(current!.periods).toEqual(['2024-04']);
  });

  it('a blocked import changes nothing: not the screen, not the saved data', async () => {
    mount('?view=data');
    await importFile(csv(MARCH, '三月.csv'));
    await screen.findByText(/已保存在这台电脑的浏览器中/, {}, SLOW);
    const before = await savedState();
    fireEvent.click(screen.getByRole('radio', { name: /追加到当前数据（合并）/ }));
    // Conflicting value for 东社区 2024-03 (12 saved, 99 now): blocks the merge.
    await importFile(csv(MARCH.replace('东社区,2024-03,再就业人数,12', '东社区,2024-03,再就业人数,99'), '冲突.csv'));
    expect(await screen.findByText('导入未完成：当前数据没有任何改变。', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText(/已保存在这台电脑的浏览器中/)).toBeNull();
    expect(await savedState()).toEqual(before);
    expect(before.metas).toHaveLength(1);
    expect(screen.getByText('三月', { selector: '.dataset-name' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '排行' }));
    fireEvent.change(await screen.findByLabelText('期间'), { target: { value: '2024-03' } });
    const table = await screen.findByRole('table', { name: /再就业人数排行（2024年3月）/ }, SLOW);
    expect(within(table).getByRole('row', { name: /东社区/ }).textContent).toContain('12');
  });

  it('a failed save shows the Chinese message: previous data untouched, this import only in memory', async () => {
    mount('?view=data');
    failPutsWithQuota('payloads');
    await importFile(csv(MARCH, '三月.csv'));
    const alert = await screen.findByText(/未能保存/, {}, SLOW);
    const text = alert.closest('p')!.textContent!;
    expect(text).toContain('原有数据未受影响');
    expect(text).toContain('只在本页内存中');
    expect(await listDatasets()).toEqual([]);
    // The import itself is on screen (in memory).
    expect(screen.getByText('三月', { selector: '.dataset-name' })).toBeTruthy();
  });
});
