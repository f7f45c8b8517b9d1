/**
 * The entries of the 导出 menu for a chart and/or a table, each an async action.
 * Kept apart from the component so the list can be tested without rendering.
 */
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import type { Messages } from '../i18n/messages-zh';
import { MESSAGES_ZH } from '../i18n/messages-zh';

/** One menu entry: label, and the action (resolves to a status, or null for none). */
export interface MenuEntry {
  readonly key: string;
  readonly label: string;
  readonly run: () => Promise<MenuStatus | null>;
}

/** What an entry reports when it finishes: the text and whether it is a problem. */
export interface MenuStatus {
  readonly text: string;
  readonly error: boolean;
}

export interface EntryContext {
  readonly spec?: ChartSpec;
  readonly table?: TableSpec;
  readonly svgContainer?: () => HTMLElement | null;
  readonly fileBase: string;
  /** The export words of the UI language (default Chinese). */
  readonly words?: Messages['exportMenu'];
  /** The UI language, for the deck's title slide (default zh). */
  readonly lang?: 'zh' | 'en';
}

const ok = (text: string): MenuStatus => ({ text, error: false });

/** Build the entries; heavy export code is imported only when an entry runs. */
export function exportMenuEntries(ctx: EntryContext): MenuEntry[] {
  const w = ctx.words ?? MESSAGES_ZH.exportMenu;
  const lang = ctx.lang;
  const actions = () => import('../../export/export-actions');
  const store = () => import('../../export/deck-store');
  const entries: MenuEntry[] = [];
  const viewUrl = typeof window === 'undefined' ? '' : window.location.search;
  const { spec, table, fileBase } = ctx;
  if (spec !== undefined) {
    const svg = async () => {
      const a = await actions();
      const el = a.findChartSvg(ctx.svgContainer?.() ?? null);
      if (el === null) throw new Error(w.noSvg);
      return { a, el };
    };
    entries.push(
      { key: 'png', label: w.png, run: async () => { const { a, el } = await svg(); await a.exportChartPng(el, spec, fileBase, 1); return ok(w.donePng); } },
      { key: 'png2', label: w.png2, run: async () => { const { a, el } = await svg(); await a.exportChartPng(el, spec, fileBase, 2); return ok(w.donePng2); } },
      { key: 'svg', label: w.svg, run: async () => { const { a, el } = await svg(); a.exportChartSvg(el, spec, fileBase); return ok(w.doneSvg); } },
      { key: 'copy', label: w.copy, run: async () => { const { a, el } = await svg(); return (await a.copyChartPng(el, spec)) ? ok(w.copied) : { text: w.noCopy, error: true }; } },
      { key: 'pptx', label: w.pptx, run: async () => { await (await actions()).exportDeck([{ kind: 'chart', spec }], { title: spec.title, source: spec.source, ...(lang ? { lang } : {}) }, fileBase); return ok(w.donePptx); } },
      { key: 'pin', label: table === undefined ? w.pin : w.pinChart, run: async () => { await (await store()).addPin({ id: `${viewUrl}|chart|${spec.title}|${spec.subtitle}`, title: w.pinTitle(spec.title, spec.subtitle), item: { kind: 'chart', spec }, viewUrl }); return ok(w.pinned); } },
    );
  }
  if (table !== undefined) {
    entries.push(
      { key: 'csv', label: w.csv, run: async () => { (await actions()).exportTableCsv(table, fileBase); return ok(w.doneCsv); } },
      { key: 'xlsx', label: w.xlsx, run: async () => { await (await actions()).exportTableXlsx(table, fileBase); return ok(w.doneXlsx); } },
      { key: 'pptx-table', label: w.pptxTable, run: async () => { await (await actions()).exportDeck([{ kind: 'table', spec: table }], { title: table.title, source: table.source, ...(lang ? { lang } : {}) }, fileBase); return ok(w.donePptx); } },
      { key: 'pin-table', label: spec === undefined ? w.pin : w.pinTable, run: async () => { await (await store()).addPin({ id: `${viewUrl}|table|${table.title}|${table.subtitle}`, title: w.pinTitle(table.title, table.subtitle), item: { kind: 'table', spec: table }, viewUrl }); return ok(w.pinned); } },
    );
  }
  return entries;
}
