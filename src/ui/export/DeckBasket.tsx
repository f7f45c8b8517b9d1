/**
 * 汇报篮: the pinned charts and tables, in deck order. Reorder with ↑/↓ (focus follows the moved
 * pin), remove, clear, and export all as one .pptx with a title slide.
 */
import { useEffect, useRef, useState } from 'react';
import { movePin, removePin, clearPins } from '../../export/deck-store';
import type { Pin } from '../../export/deck-store';
import { exportErrorMessage } from './export-errors';
import { usePins } from './use-pins';
import './export.css';

/** Data sources of all pins, de-duplicated, for the title slide. */
export function deckSource(pins: readonly Pin[]): string {
  return [...new Set(pins.map((p) => p.item.spec.source).filter((s) => s !== ''))].join('；');
}

export function DeckBasket(props: { readonly defaultTitle?: string }) {
  const { pins, loaded, error } = usePins();
  const [title, setTitle] = useState(props.defaultTitle ?? '社区工作情况汇报');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const focusAfter = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const key = focusAfter.current;
    if (key === null) return;
    focusAfter.current = null;
    // Keep focus on the moved pin; at the top/bottom its ↑/↓ is disabled, so use the other arrow.
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-focus-key]') ?? []);
    const other = key.endsWith('|up') ? `${key.slice(0, -3)}|down` : `${key.slice(0, -5)}|up`;
    const target = buttons.find((b) => b.dataset.focusKey === key && !b.disabled) ?? buttons.find((b) => b.dataset.focusKey === other);
    target?.focus();
  }, [pins]);

  const act = async (what: string, fn: () => Promise<unknown>) => {
    try { await fn(); } catch (e) { setStatus({ text: exportErrorMessage(what, e), error: true }); }
  };
  const move = (pin: Pin, delta: number) => {
    focusAfter.current = `${pin.id}|${delta < 0 ? 'up' : 'down'}`;
    void act('调整顺序', () => movePin(pin.id, delta));
  };
  const exportAll = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const { exportDeck } = await import('../../export/export-actions');
      await exportDeck(pins.map((p) => p.item), { title, source: deckSource(pins) }, title);
      setStatus({ text: `已导出 ${pins.length} 项为 PowerPoint`, error: false });
    } catch (e) {
      console.error('deck export failed', e);
      setStatus({ text: exportErrorMessage('导出 PowerPoint ', e), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="deck-basket" aria-labelledby="deck-basket-title">
      <h2 id="deck-basket-title">汇报篮（{pins.length}）</h2>
      {error !== null && <p role="alert">{error}</p>}
      {loaded && pins.length === 0 && error === null && <p>还没有内容。在任一图表或表格的“导出”菜单中选“加入汇报篮”。</p>}
      {pins.length > 0 && (
        <ol ref={listRef}>
          {pins.map((pin, i) => (
            <li key={pin.id}>
              <span>{pin.item.kind === 'table' ? '表格：' : '图表：'}{pin.title}</span>
              <button type="button" data-focus-key={`${pin.id}|up`} aria-label={`上移：${pin.title}`} disabled={i === 0} onClick={() => move(pin, -1)}>↑</button>
              <button type="button" data-focus-key={`${pin.id}|down`} aria-label={`下移：${pin.title}`} disabled={i === pins.length - 1} onClick={() => move(pin, 1)}>↓</button>
              <button type="button" aria-label={`移除：${pin.title}`} onClick={() => void act('移除', () => removePin(pin.id))}>移除</button>
            </li>
          ))}
        </ol>
      )}
      <label>
        汇报标题
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <button type="button" onClick={() => void exportAll()} disabled={busy || pins.length === 0}>
        {busy ? '正在生成PPT…' : '导出全部为PPT'}
      </button>{' '}
      <button type="button" onClick={() => void act('清空', clearPins)} disabled={pins.length === 0}>清空</button>
      <p role="status" aria-live="polite" className={status?.error === true ? 'export-menu__status export-menu__status--error' : 'export-menu__status'}>{status?.text ?? ''}</p>
    </section>
  );
}
