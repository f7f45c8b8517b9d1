/**
 * The 汇报篮 in the app header: a toggle button (aria-expanded) that opens the deck basket under
 * the tabs, on every view, so pinned charts and tables can be reordered and exported as one deck.
 * The basket (IndexedDB, pptx) loads only when opened.
 */
import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { LoadingIndicator } from '../shell/LoadingIndicator';
import { useT } from '../i18n/use-t';
import type { ReportSource } from '../print/report-context';

const LazyDeckBasket = lazy(() => import('./DeckBasket').then((m) => ({ default: m.DeckBasket })));

/** The header button; `panelId` is the id of the panel it opens. */
export function DeckToggle({ open, onToggle, panelId }: { open: boolean; onToggle: () => void; panelId: string }) {
  const t = useT();
  return (
    <button type="button" className="deck-toggle" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
      {t.deck.open}
    </button>
  );
}

/** The open basket, with a close button; focus moves into it when it opens and back on close. */
export function DeckPanel({ id, onClose, report }: { id: string; onClose: () => void; report?: ReportSource }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const labelId = useId();
  useEffect(() => { box.current?.querySelector<HTMLElement>('button')?.focus(); }, []);
  return (
    <div
      id={id}
      ref={box}
      className="deck-panel"
      role="region"
      aria-labelledby={labelId}
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}
    >
      <div className="deck-basket-wrap">
        <span id={labelId} className="sr-only">{t.deck.open}</span>
        <button type="button" className="deck-panel-close" onClick={onClose}>{t.deck.close}</button>
        <Suspense fallback={<LoadingIndicator text={t.app.loadingData} />}>
          <LazyDeckBasket report={report} />
        </Suspense>
      </div>
    </div>
  );
}
