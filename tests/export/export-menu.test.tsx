// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportMenu } from '../../src/ui/export/ExportMenu';
import { exportMenuEntries } from '../../src/ui/export/export-menu-entries';
import { DeckBasket } from '../../src/ui/export/DeckBasket';
import { clearPins, listPins } from '../../src/export/deck-store';
import { BAR, league } from './export-fixtures';
import { resetLangForTests, setLang } from '../../src/ui/i18n/lang-store';
import { MESSAGES_EN } from '../../src/ui/i18n/messages-en';

afterEach(async () => { cleanup(); await clearPins(); });

const labels = () => screen.getAllByRole('menuitem').map((b) => b.textContent);

describe('ExportMenu', () => {
  it('chart menu: opens from the 导出 button, lists the chart exports, Esc closes and refocuses', async () => {
    render(<ExportMenu spec={BAR} svgContainer={() => null} fileBase="社区对比" />);
    const button = screen.getByRole('button', { name: '导出' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(labels()).toEqual(['PNG（1920×1080）', 'PNG（2倍）', 'SVG', '复制图片', 'PowerPoint（可编辑图表）', '加入汇报篮', '打印/导出PDF（A4）']);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('PNG（1920×1080）'));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('PNG（2倍）');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'End' });
    expect(document.activeElement?.textContent).toBe('打印/导出PDF（A4）');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('PNG（1920×1080）');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('table menu lists the table as pictures, CSV, Excel and PowerPoint table', () => {
    render(<ExportMenu table={league(3)} fileBase="排行" />);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(labels()).toEqual(['PNG（1920×1080）', 'PNG（2倍）', 'SVG', 'CSV', 'Excel（XLSX）', 'PowerPoint（表格）', '加入汇报篮', '打印/导出PDF（A4）']);
  });

  it('a failed export shows a Chinese message instead of doing nothing', async () => {
    render(<ExportMenu spec={BAR} svgContainer={() => document.createElement('div')} fileBase="社区对比" />);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'SVG' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('未找到图表，请等图表显示出来后再导出'), { timeout: 5000 });
    expect(screen.getByRole('status').textContent).toContain('失败');
  });

  it('加入汇报篮 pins the chart, and the basket shows it', async () => {
    render(<><ExportMenu spec={BAR} fileBase="社区对比" /><DeckBasket /></>);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    fireEvent.click(screen.getByRole('menuitem', { name: '加入汇报篮' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]!.textContent).toBe('已加入汇报篮'));
    expect((await listPins()).map((p) => p.item)).toEqual([{ kind: 'chart', spec: BAR }]);
    await waitFor(() => expect(screen.getByRole('heading', { name: '汇报篮（1）' })).toBeTruthy());
    expect(screen.getByRole('button', { name: `移除：${BAR.title}（${BAR.subtitle}）` })).toBeTruthy();
  });

  it('the same view pinned from two datasets keeps both pins (the second no longer replaces the first)', async () => {
    const other = { ...BAR, source: '中北镇各社区月报.csv', series: BAR.series.map((x) => ({ ...x, values: x.values.map((v) => (v === null ? null : v + 1)) })) };
    for (const spec of [BAR, other, other]) {
      const entry = exportMenuEntries({ spec, fileBase: '社区对比' }).find((e) => e.key === 'pin')!;
      await entry.run();
    }
    // Pinned again from the same data, a view replaces its pin; from other data it is a pin of its own.
    expect((await listPins()).map((p) => p.item.spec.source)).toEqual([BAR.source, '中北镇各社区月报.csv']);
    // The basket says which data each of the two alike pins is from.
    render(<DeckBasket />);
    await waitFor(() => expect(screen.getByRole('heading', { name: '汇报篮（2）' })).toBeTruthy());
    expect(document.querySelector('.deck-basket ol')!.className).toBe('deck-mixed');
    expect([...document.querySelectorAll('.deck-source')].map((x) => x.textContent)).toEqual([BAR.source, '中北镇各社区月报.csv']);
  });

  it('a language switch rewords the finished export\'s status already on screen', async () => {
    localStorage.clear();
    resetLangForTests();
    try {
      render(<ExportMenu spec={BAR} fileBase="社区对比" />);
      fireEvent.click(screen.getByRole('button', { name: '导出' }));
      fireEvent.click(screen.getByRole('menuitem', { name: '加入汇报篮' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已加入汇报篮'));
      act(() => setLang('en'));
      expect(screen.getByRole('status').textContent).toBe(MESSAGES_EN.exportMenu.pinned);
    } finally {
      localStorage.clear();
      resetLangForTests();
    }
  });
});

describe('DeckBasket', () => {
  // IndexedDB (fake-indexeddb) round trips can take over a second when the whole suite runs on 2 cores.
  it('reorders with the ↑ button and keeps focus on the moved pin', async () => {
    const { addPin } = await import('../../src/export/deck-store');
    await addPin({ id: 'a', title: '甲', item: { kind: 'chart', spec: BAR }, viewUrl: '' });
    await addPin({ id: 'b', title: '乙', item: { kind: 'table', spec: league(2) }, viewUrl: '' });
    render(<DeckBasket />);
    const up = await screen.findByRole('button', { name: '上移：乙' }, { timeout: 5000 });
    expect((screen.getByRole('button', { name: '上移：甲' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(up);
    await waitFor(async () => expect((await listPins()).map((p) => p.id)).toEqual(['b', 'a']), { timeout: 5000 });
    await waitFor(() => expect(screen.getAllByRole('listitem').map((li) => li.textContent?.slice(0, 4))).toEqual(['表格：乙', '图表：甲']), { timeout: 5000 });
    // 乙 is now first, so its ↑ is disabled: focus moves to its ↓.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('下移：乙'), { timeout: 5000 });
    expect(screen.getByRole('button', { name: '导出全部为PPT' })).toBeTruthy();
  });
});
