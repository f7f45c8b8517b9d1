/**
 * The 导出 menu shown next to every chart and table: a menu button with PNG, SVG, copy,
 * PowerPoint, CSV/XLSX and 加入汇报篮. Keyboard: Enter/Space opens, arrows move, Esc closes.
 * A failed export shows a message (in the UI language) under the button; nothing is ever silently dead.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import type { Dataset } from '../../data/dataset/dataset';
import { exportErrorMessage } from './export-errors';
import { exportMenuEntries, type MenuStatus } from './export-menu-entries';
import type { MenuEntry } from './export-menu-entries';
import { useMenuKeys } from './use-menu-keys';
import './export.css';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export interface ExportMenuProps {
  readonly spec?: ChartSpec;
  readonly table?: TableSpec;
  /** Element that contains the chart's drawn `<svg>` (CHART_SVG_SELECTOR). */
  readonly svgContainer?: () => HTMLElement | null;
  /** Export images of a long bar chart as its top and bottom, drawn off-screen (compare bars). */
  readonly trimImage?: boolean;
  /** Export images from a fresh off-screen drawing at the 16:9 body's shape. */
  readonly redrawImage?: boolean;
  /** A whole dataset: CSV and XLSX of every observation (the 数据 view). */
  readonly dataset?: { readonly data: Dataset; readonly name: string };
  /** File name without extension, e.g. `社区对比_再就业人数_2024年第二季度`. */
  readonly fileBase: string;
}

export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<MenuStatus | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const t = useT();
  const lang = useLang();
  const w = t.exportMenu;

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);
  const onKeyDown = useMenuKeys(menuRef, close);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const run = async (entry: MenuEntry) => {
    close(true);
    setBusy(entry.label);
    setStatus(null);
    try {
      setStatus(await entry.run());
    } catch (error) {
      console.error('export failed', entry.key, error);
      setStatus({ text: exportErrorMessage(w.failedWhat(entry.label), error, w), error: true });
    } finally {
      setBusy(null);
    }
  };

  const entries = exportMenuEntries({ ...props, words: w, lang });
  if (entries.length === 0) return null;
  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {busy === null ? w.button : w.busy}
      </button>
      {open && (
        <ul id={menuId} ref={menuRef} role="menu" aria-label={w.menu} className="export-menu__list" onKeyDown={onKeyDown}>
          {entries.map((entry) => (
            <li key={entry.key} role="none">
              <button type="button" role="menuitem" tabIndex={-1} className="export-menu__item" onClick={() => void run(entry)}>
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className={status?.error === true ? 'export-menu__status export-menu__status--error' : 'export-menu__status'}>
        {busy !== null ? w.running(busy) : status?.key !== undefined ? w[status.key] : (status?.text ?? '')}
      </p>
    </div>
  );
}
