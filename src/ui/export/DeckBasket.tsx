/**
 * 汇报篮: the pinned charts and tables, in deck order. Reorder with ↑/↓ (focus follows the moved
 * pin), remove, clear, and export all as one .pptx with a title slide.
 */
import { useEffect, useRef, useState } from 'react';
import { movePin, removePin, clearPins } from '../../export/deck-store';
import type { Pin } from '../../export/deck-store';
import { exportErrorMessage } from './export-errors';
import { changePins, usePins } from './use-pins';
import './export.css';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import type { ReportSource } from '../print/report-context';
import { exportDateText, exportWords } from '../../export/export-words';

/** Data sources of all pins, de-duplicated, for the title slide. */
export function deckSource(pins: readonly Pin[], sep = '；'): string {
  return [...new Set(pins.map((p) => p.item.spec.source).filter((s) => s !== ''))].join(sep);
}

export function DeckBasket(props: { readonly defaultTitle?: string; readonly report?: ReportSource }) {
  const { pins, loaded, error } = usePins();
  const t = useT();
  const lang = useLang();
  const d = t.deck;
  // The default title follows the language until the person types their own.
  const [typed, setTitle] = useState<string | null>(props.defaultTitle ?? null);
  const title = typed ?? d.defaultTitle;
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  /** After a move: the arrow to focus, and the pin order before the move (focus waits until it changed). */
  const focusAfter = useRef<{ readonly key: string; readonly order: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const pending = focusAfter.current;
    // The pins can be re-read for another reason (a pin added in another view) before the move lands.
    if (pending === null || pins.map((p) => p.id).join('\n') === pending.order) return;
    focusAfter.current = null;
    const { key } = pending;
    // Keep focus on the moved pin; at the top/bottom its ↑/↓ is disabled, so use the other arrow.
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-focus-key]') ?? []);
    const other = key.endsWith('|up') ? `${key.slice(0, -3)}|down` : `${key.slice(0, -5)}|up`;
    const target = buttons.find((b) => b.dataset.focusKey === key && !b.disabled) ?? buttons.find((b) => b.dataset.focusKey === other);
    target?.focus();
  }, [pins]);

  const act = async (what: string, fn: () => Promise<unknown>) => {
    try { await fn(); } catch (e) { setStatus({ text: exportErrorMessage(what, e, t.exportMenu), error: true }); }
  };
  const move = (pin: Pin, delta: number) => {
    focusAfter.current = { key: `${pin.id}|${delta < 0 ? 'up' : 'down'}`, order: pins.map((p) => p.id).join('\n') };
    void act(d.whatMove, () => changePins(() => movePin(pin.id, delta)).catch((e: unknown) => { focusAfter.current = null; throw e; }));
  };
  const exportAll = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const { exportDeck } = await import('../../export/export-actions');
      await exportDeck(pins.map((p) => p.item), { title, source: deckSource(pins, d.sourceSep), lang }, title);
      setStatus({ text: d.exported(pins.length), error: false });
    } catch (e) {
      console.error('deck export failed', e);
      setStatus({ text: exportErrorMessage(d.whatExport, e, t.exportMenu), error: true });
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    setStatus(null);
    try {
      const { printReport } = await import('../print/print-report');
      const { reportContext } = await import('../print/report-context');
      const ctx = props.report ? reportContext(props.report.analysis, props.report.query, lang) : { subtitle: '', narrative: [] };
      const footer = exportWords(lang).footer(deckSource(pins, d.sourceSep), exportDateText(new Date(), lang));
      await printReport({
        title, subtitle: ctx.subtitle, narrative: ctx.narrative, narrativeHeading: d.narrativeHeading,
        items: pins.map((p) => p.item), lang, footer,
      });
      setStatus({ text: d.printHint, error: false });
    } catch (e) {
      console.error('print failed', e);
      setStatus({ text: exportErrorMessage(d.whatPrint, e, t.exportMenu), error: true });
    }
  };

  return (
    <section className="deck-basket" aria-labelledby="deck-basket-title">
      <h2 id="deck-basket-title">{d.title(pins.length)}</h2>
      {error && <p role="alert">{d.storageError}</p>}
      {loaded && pins.length === 0 && !error && <p>{d.empty}</p>}
      {pins.length > 0 && (
        <ol ref={listRef} className={new Set(pins.map((p) => p.item.spec.source)).size > 1 ? 'deck-mixed' : undefined}>
          {pins.map((pin, i) => (
            <li key={pin.id}>
              <span>
                {pin.item.kind === 'table' ? d.table : d.chart}{pin.title}
                {/* Pins from more than one dataset: each says its data, or two alike read the same. */}
                <small className="deck-source">{pin.item.spec.source}</small>
              </span>
              <button type="button" data-focus-key={`${pin.id}|up`} aria-label={d.up(pin.title)} disabled={i === 0} onClick={() => move(pin, -1)}>↑</button>
              <button type="button" data-focus-key={`${pin.id}|down`} aria-label={d.down(pin.title)} disabled={i === pins.length - 1} onClick={() => move(pin, 1)}>↓</button>
              <button type="button" aria-label={d.remove(pin.title)} onClick={() => void act(d.whatRemove, () => changePins(() => removePin(pin.id)))}>{d.removeText}</button>
            </li>
          ))}
        </ol>
      )}
      <label>
        {d.deckTitle}
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <button type="button" onClick={() => void exportAll()} disabled={busy || pins.length === 0}>
        {busy ? d.building : d.exportAll}
      </button>{' '}
      <button type="button" onClick={() => void print()} disabled={pins.length === 0}>{d.print}</button>{' '}
      <button type="button" onClick={() => void act(d.whatClear, () => changePins(clearPins))} disabled={pins.length === 0}>{d.clear}</button>
      <p role="status" aria-live="polite" className={status?.error === true ? 'export-menu__status export-menu__status--error' : 'export-menu__status'}>{status?.text ?? ''}</p>
    </section>
  );
}
