/**
 * The entries of the 导出 menu for a chart and/or a table, each an async action.
 * Kept apart from the component so the list can be tested without rendering.
 */
import type { ChartSpec, TableSpec } from '../../charts/chart-spec';

/** One menu entry: label, and the action (resolves to a status message, or '' for none). */
export interface MenuEntry {
  readonly key: string;
  readonly label: string;
  readonly run: () => Promise<string>;
}

export interface EntryContext {
  readonly spec?: ChartSpec;
  readonly table?: TableSpec;
  readonly svgContainer?: () => HTMLElement | null;
  readonly fileBase: string;
}

const NO_SVG = '未找到图表，请等图表显示出来后再导出。';

/** Build the entries; heavy export code is imported only when an entry runs. */
export function exportMenuEntries(ctx: EntryContext): MenuEntry[] {
  const actions = () => import('../../export/export-actions');
  const store = () => import('../../export/deck-store');
  const entries: MenuEntry[] = [];
  const viewUrl = typeof window === 'undefined' ? '' : window.location.search;
  const { spec, table, fileBase } = ctx;
  if (spec !== undefined) {
    const svg = async () => {
      const a = await actions();
      const el = a.findChartSvg(ctx.svgContainer?.() ?? null);
      if (el === null) throw new Error(NO_SVG);
      return { a, el };
    };
    entries.push(
      { key: 'png', label: 'PNG（1920×1080）', run: async () => { const { a, el } = await svg(); await a.exportChartPng(el, spec, fileBase, 1); return '已导出 PNG'; } },
      { key: 'png2', label: 'PNG（2倍）', run: async () => { const { a, el } = await svg(); await a.exportChartPng(el, spec, fileBase, 2); return '已导出 PNG（3840×2160）'; } },
      { key: 'svg', label: 'SVG', run: async () => { const { a, el } = await svg(); a.exportChartSvg(el, spec, fileBase); return '已导出 SVG'; } },
      { key: 'copy', label: '复制图片', run: async () => { const { a, el } = await svg(); return (await a.copyChartPng(el, spec)) ? '图片已复制，可直接粘贴到 PPT 或微信' : '浏览器不支持复制图片，请改用“PNG”下载'; } },
      { key: 'pptx', label: 'PowerPoint（可编辑图表）', run: async () => { await (await actions()).exportDeck([{ kind: 'chart', spec }], { title: spec.title, source: spec.source }, fileBase); return '已导出 PowerPoint'; } },
      { key: 'pin', label: table === undefined ? '加入汇报篮' : '图表加入汇报篮', run: async () => { await (await store()).addPin({ id: `${viewUrl}|chart|${spec.title}|${spec.subtitle}`, title: `${spec.title}（${spec.subtitle}）`, item: { kind: 'chart', spec }, viewUrl }); return '已加入汇报篮'; } },
    );
  }
  if (table !== undefined) {
    entries.push(
      { key: 'csv', label: 'CSV', run: async () => { (await actions()).exportTableCsv(table, fileBase); return '已导出 CSV'; } },
      { key: 'xlsx', label: 'Excel（XLSX）', run: async () => { await (await actions()).exportTableXlsx(table, fileBase); return '已导出 Excel'; } },
      { key: 'pptx-table', label: 'PowerPoint（表格）', run: async () => { await (await actions()).exportDeck([{ kind: 'table', spec: table }], { title: table.title, source: table.source }, fileBase); return '已导出 PowerPoint'; } },
      { key: 'pin-table', label: spec === undefined ? '加入汇报篮' : '表格加入汇报篮', run: async () => { await (await store()).addPin({ id: `${viewUrl}|table|${table.title}|${table.subtitle}`, title: `${table.title}（${table.subtitle}）`, item: { kind: 'table', spec: table }, viewUrl }); return '已加入汇报篮'; } },
    );
  }
  return entries;
}
