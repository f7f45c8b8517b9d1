// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { DataManager } from '../../src/ui/data-manager/DataManager';
import { downloadNormalizedCsv } from '../../src/ui/data-manager/download-normalized-csv';
import { closeStore, commitImport, getCurrentDatasetId, listDatasets } from '../../src/storage/dataset-store';
import type { Dataset } from '../../src/data/dataset/dataset';
import { openDB } from 'idb';
import { DB_VERSION } from '../../src/storage/schema';
import { bytesOf, failPutsWithQuota, freshTarget, makeDataset, makeReport } from '../storage/store-fixtures';

// The serializer is tested on its own (normalized-csv round trip); here only the click matters.
vi.mock('../../src/ui/data-manager/download-normalized-csv', () => ({
  downloadNormalizedCsv: vi.fn(async () => null),
}));

const opened: string[] = [];

afterEach(async () => {
  cleanup();
  vi.clearAllMocks();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'storage');
  for (const name of opened.splice(0)) await closeStore(name);
});

/** A fresh database holding `datasets`, and the panel rendered over it. */
async function setup(datasets: Dataset[], currentId: string | null = null, beforeRender?: (storeName: string) => Promise<void>) {
  const store = freshTarget();
  opened.push(store.name);
  for (const ds of datasets) {
    const r = await commitImport({
      dataset: ds, rawFiles: [{ name: 'a.csv', bytes: bytesOf('aaa') }], report: makeReport(['a.csv']),
    }, store);
    if (!r.ok) throw new Error(r.detail);
  }
  await beforeRender?.(store.name);
  const onSelect = vi.fn();
  const onChanged = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DataManager currentId={currentId} onSelect={onSelect} onChanged={onChanged} store={store} />
    </QueryClientProvider>,
  );
  return { store, onSelect, onChanged };
}

describe('DataManager', () => {
  it('lists saved datasets in a table with files, units, periods, values and import time', async () => {
    await setup([makeDataset('A', '2024年津南区')], 'A');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['名称', '文件', '社区数', '期间', '数值', '导入时间', '操作']);
    const row = within(table).getByRole('row', { name: /2024年津南区/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['a.csv', '2', '2024年1月 至 2024年2月（2期）']);
    // 8 observations, one of them “—”: the 数值 column counts numbers, as the 数据 view's tile does.
    expect(cells[3]).toBe('7');
    expect(cells[4]).toMatch(/^2024年3月1日 \d\d:00$/);
    expect(within(row).getByText('当前')).toBeTruthy();
    expect(within(row).getByRole('button', { name: /设为当前/ }).hasAttribute('disabled')).toBe(true);
  });

  it('marks the count of a summary saved before numbers were counted as cells with blanks', async () => {
    await setup([makeDataset('A', '旧数据')], null, async (name) => {
      const db = await openDB(name);
      const meta = await db.get('datasets', 'A');
      delete meta.numberCount;
      await db.put('datasets', meta);
      db.close();
    });
    const row = await screen.findByRole('row', { name: /旧数据/ });
    const cell = within(row).getAllByRole('cell')[3]!;
    expect(cell.textContent).toBe('8（含空白）');
    expect(cell.getAttribute('title')).toMatch(/重新导入后显示数值个数/);
  });

  it('says so when nothing is saved, and explains that data stays on this computer', async () => {
    await setup([]);
    expect(await screen.findByText(/还没有保存的数据集/)).toBeTruthy();
    expect(screen.getByText(/不会上传到任何服务器/)).toBeTruthy();
  });

  it('renames inline: Enter saves, Esc cancels', async () => {
    const { store, onChanged } = await setup([makeDataset('A', '旧名称')]);
    fireEvent.click(await screen.findByRole('button', { name: '重命名：旧名称' }));
    let input = screen.getByRole('textbox', { name: '新名称' });
    fireEvent.change(input, { target: { value: '不要保存' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('row', { name: /旧名称/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '重命名：旧名称' }));
    input = screen.getByRole('textbox', { name: '新名称' });
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByText('名称不能为空。')).toBeTruthy();

    fireEvent.change(input, { target: { value: ' 2024年上半年 ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('status')).textContent).toBe('已重命名为“2024年上半年”。');
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(screen.getByRole('rowheader').textContent).toBe('2024年上半年');
    expect((await listDatasets(store)).map((m) => m.name)).toEqual(['2024年上半年']);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('asks before deleting, and deletes only after 删除 in the dialog', async () => {
    const { store, onChanged } = await setup([makeDataset('A', '祥福里数据')]);
    fireEvent.click(await screen.findByRole('button', { name: '删除：祥福里数据' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('确定删除“祥福里数据”？此操作不可恢复');
    expect(document.activeElement?.textContent).toBe('取消');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await listDatasets(store)).length).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: '删除：祥福里数据' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await listDatasets(store)).length).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: '删除：祥福里数据' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '删除' }));
    expect(await screen.findByText(/还没有保存的数据集/)).toBeTruthy();
    expect(await listDatasets(store)).toEqual([]);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('makes a dataset current in storage, then tells the app', async () => {
    const { store, onSelect } = await setup([makeDataset('A'), makeDataset('B')], 'B');
    fireEvent.click(await screen.findByRole('button', { name: '设为当前：数据集A' }));
    await waitFor(() => expect(onSelect).toHaveBeenCalledWith('A'));
    expect(await getCurrentDatasetId(store)).toBe('A');
  });

  it('downloads the chosen dataset as normalised CSV', async () => {
    const { store } = await setup([makeDataset('A', '甲'), makeDataset('B', '乙')]);
    fireEvent.click(await screen.findByRole('button', { name: '下载规范化CSV：乙' }));
    await waitFor(() => expect(downloadNormalizedCsv).toHaveBeenCalledWith('B', '乙', store, expect.objectContaining({ normalisedSuffix: '规范化' })));
  });

  it('shows a failed rename in Chinese and keeps the old name', async () => {
    const { store, onChanged } = await setup([makeDataset('A', '旧名称')]);
    fireEvent.click(await screen.findByRole('button', { name: '重命名：旧名称' }));
    failPutsWithQuota('datasets');
    const input = screen.getByRole('textbox', { name: '新名称' });
    fireEvent.change(input, { target: { value: '新名称' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent)
      .toBe('浏览器存储空间不足，重命名未完成，原有数据未受影响。请删除不用的数据集后重试。');
    expect((await listDatasets(store)).map((m) => m.name)).toEqual(['旧名称']);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('asks to reload when another tab upgrades the database', async () => {
    const { store } = await setup([makeDataset('A')]);
    await screen.findByRole('table');
    const other = await openDB(store.name, DB_VERSION + 1);
    other.close();
    expect((await screen.findByRole('alert')).textContent).toBe('本应用已在其他标签页中更新，请刷新本页后再继续。');
  });

  it('shows a name with markup as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await setup([makeDataset('A', evil)]);
    expect(await screen.findByText(evil)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows best-effort storage with usage, and asks for persistence on request', async () => {
    const persist = vi.fn(async () => true);
    let persisted = false;
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => persisted,
        persist: async () => { persisted = await persist(); return persisted; },
        estimate: async () => ({ usage: 1536, quota: 1024 ** 3 }),
      },
    });
    await setup([]);
    expect(await screen.findByText(/尽力保存/)).toBeTruthy();
    expect(screen.getByText('已用 2 KB，可用上限约 1.0 GB。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '申请持久保存' }));
    expect(await screen.findByText(/已设为持久保存/)).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
