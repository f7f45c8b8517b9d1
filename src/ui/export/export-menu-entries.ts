/**
 * The entries of the 导出 menu for a chart and/or a table, each an async action.
 * Kept apart from the component so the list can be tested without rendering.
 */
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';
import type { Dataset } from '../../data/dataset/dataset';
import type { Pin } from '../../export/deck-store';
import type { Messages } from '../i18n/messages-zh';
import { MESSAGES_ZH } from '../i18n/messages-zh';

/** One menu entry: label, and the action (resolves to a status, or null for none). */
export interface MenuEntry {
  readonly key: string;
  readonly label: string;
  readonly run: () => Promise<MenuStatus | null>;
}

type Words = Messages['exportMenu'];
/** The export words that are plain texts (not functions of a value). */
export type StatusKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

/**
 * What an entry reports when it finishes: the text, whether it is a problem, and the words' key
 * when the text is one of them (so the menu words it again after a language switch).
 */
export interface MenuStatus {
  readonly text: string;
  readonly error: boolean;
  readonly key?: StatusKey;
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
  /**
   * Images of a bar chart with more than EXPORT_MAX_BARS categories show only its top and bottom
   * (exportBarSpec), drawn again off-screen. Only for charts sorted best → worst (the compare bars).
   */
  readonly trimImage?: boolean;
  /** Images draw the spec again off-screen at the 16:9 body's shape instead of using the page's drawing. */
  readonly redrawImage?: boolean;
  /** A whole dataset (the 数据 view): CSV and XLSX downloads only, no slides or pins. */
  readonly dataset?: { readonly data: Dataset; readonly name: string };
}

/** A status that is one of the export words. */
const said = (w: Words, key: StatusKey, error = false): MenuStatus => ({ text: w[key], key, error });

/** Build the entries; heavy export code is imported only when an entry runs. */
export function exportMenuEntries(ctx: EntryContext): MenuEntry[] {
  const w = ctx.words ?? MESSAGES_ZH.exportMenu;
  const lang = ctx.lang;
  const actions = () => import('../../export/export-actions');
  const store = () => import('../../export/deck-store');
  /** Pins through the basket's store, so an open basket shows the new pin. */
  const pin = async (p: Omit<Pin, 'addedAt'>) => {
    const [s, { changePins }] = await Promise.all([store(), import('./use-pins')]);
    await changePins(() => s.addPin(p));
  };
  const entries: MenuEntry[] = [];
  const viewUrl = typeof window === 'undefined' ? '' : window.location.search;
  // The pin of a view is replaced when pinned again, but only from the same data (its source line):
  // the same view of another dataset (another street's file) is a pin of its own, not lost.
  const pinId = (kind: 'chart' | 'table', s: ChartSpec | TableSpec) => `${viewUrl}|${kind}|${s.title}|${s.subtitle}|${s.source}`;
  const { spec, table, fileBase } = ctx;
  if (spec !== undefined) {
    /** The drawing to export and the spec it shows; `done` removes an off-screen drawing. */
    const svg = async () => {
      const a = await actions();
      const { exportBarSpec, needsExportTrim } = await import('../../charts/export-bar-spec');
      if (ctx.redrawImage === true || (ctx.trimImage === true && needsExportTrim(spec))) {
        const { renderChartOffscreen } = await import('./offscreen-chart');
        const shown = exportBarSpec(spec);
        const off = await renderChartOffscreen(shown);
        return { a, el: off.svg, shown, done: off.dispose };
      }
      const el = a.findChartSvg(ctx.svgContainer?.() ?? null);
      if (el === null) throw new Error(w.noSvg);
      return { a, el, shown: spec, done: () => undefined };
    };
    const image = async <T,>(job: (x: Awaited<ReturnType<typeof svg>>) => Promise<T> | T): Promise<T> => {
      const x = await svg();
      try { return await job(x); } finally { x.done(); }
    };
    entries.push(
      { key: 'png', label: w.png, run: () => image(async ({ a, el, shown }) => { await a.exportChartPng(el, shown, fileBase, 1); return said(w, 'donePng'); }) },
      { key: 'png2', label: w.png2, run: () => image(async ({ a, el, shown }) => { await a.exportChartPng(el, shown, fileBase, 2); return said(w, 'donePng2'); }) },
      { key: 'svg', label: w.svg, run: () => image(({ a, el, shown }) => { a.exportChartSvg(el, shown, fileBase); return said(w, 'doneSvg'); }) },
      { key: 'copy', label: w.copy, run: () => image(async ({ a, el, shown }) => ((await a.copyChartPng(el, shown)) ? said(w, 'copied') : said(w, 'noCopy', true))) },
      { key: 'pptx', label: w.pptx, run: async () => { await (await actions()).exportDeck([{ kind: 'chart', spec }], { title: spec.title, source: spec.source, ...(lang ? { lang } : {}) }, fileBase); return said(w, 'donePptx'); } },
      { key: 'pin', label: table === undefined ? w.pin : w.pinChart, run: async () => { await pin({ id: pinId('chart', spec), title: w.pinTitle(spec.title, spec.subtitle), item: { kind: 'chart', spec }, viewUrl }); return said(w, 'pinned'); } },
    );
  }
  if (table !== undefined && spec === undefined) {
    entries.push(
      { key: 'table-png', label: w.png, run: async () => { await (await actions()).exportTableImage(table, fileBase, 'png', 1); return said(w, 'donePng'); } },
      { key: 'table-png2', label: w.png2, run: async () => { await (await actions()).exportTableImage(table, fileBase, 'png', 2); return said(w, 'donePng2'); } },
      { key: 'table-svg', label: w.svg, run: async () => { await (await actions()).exportTableImage(table, fileBase, 'svg'); return said(w, 'doneSvg'); } },
    );
  }
  if (table !== undefined) {
    entries.push(
      { key: 'csv', label: w.csv, run: async () => { (await actions()).exportTableCsv(table, fileBase); return said(w, 'doneCsv'); } },
      { key: 'xlsx', label: w.xlsx, run: async () => { await (await actions()).exportTableXlsx(table, fileBase); return said(w, 'doneXlsx'); } },
      { key: 'pptx-table', label: w.pptxTable, run: async () => { await (await actions()).exportDeck([{ kind: 'table', spec: table }], { title: table.title, source: table.source, ...(lang ? { lang } : {}) }, fileBase); return said(w, 'donePptx'); } },
      { key: 'pin-table', label: spec === undefined ? w.pin : w.pinTable, run: async () => { await pin({ id: pinId('table', table), title: w.pinTitle(table.title, table.subtitle), item: { kind: 'table', spec: table }, viewUrl }); return said(w, 'pinned'); } },
    );
  }
  const item = spec !== undefined ? { kind: 'chart' as const, spec } : table !== undefined ? { kind: 'table' as const, spec: table } : undefined;
  if (item !== undefined) {
    entries.push({
      key: 'print', label: w.print, run: async () => {
        const [{ printReport }, words] = await Promise.all([import('../print/print-report'), import('../../export/export-words')]);
        const head = item.spec;
        const ew = words.exportWords(lang);
        await printReport({
          title: head.title, subtitle: head.subtitle, narrative: [], narrativeHeading: '', items: [item], lang: lang ?? 'zh',
          footer: ew.footer(head.source, words.exportDateText(new Date(), lang)),
        });
        return said(w, 'printHint');
      },
    });
  }
  const ds = ctx.dataset;
  if (ds !== undefined) {
    entries.push(
      { key: 'dataset-csv', label: w.csv, run: async () => { (await actions()).exportDatasetCsv(ds.data, fileBase); return said(w, 'doneCsv'); } },
      {
        key: 'dataset-xlsx', label: w.xlsx, run: async () => ((await (await actions()).exportDatasetXlsx(ds.data, ds.name, fileBase, lang))
          ? said(w, 'doneXlsx') : { text: w.tooManyRowsXlsx(ds.data.obs.value.length), error: true }),
      },
    );
  }
  return entries;
}
