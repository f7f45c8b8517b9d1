/**
 * What each 导出 menu entry does, as plain async functions (no React). The UI imports this module
 * lazily, so none of it, nor pptxgenjs/jszip behind it, is in the initial bundle.
 */
import type { ChartSpec, TableSpec } from '../charts/chart-spec';
import { CHART_SVG_SELECTOR } from '../charts/chart-surface';
import type { DeckItem } from './deck-item';
import { referenceNote } from './chart-notes';
import { MIME, downloadBlob } from './download';
import { safeFileName } from './file-name';
import { copyPngToClipboard, svgToPngBlob } from './png-export';
import { serializeChartSvg, type LegendKey } from './svg-export';
import { seriesColor } from '../charts/palette';
import { datasetToCsvBytes, tableToCsvBytes } from './csv-export';
import type { Dataset } from '../data/dataset/dataset';
import { buildDatasetTableSpec, XLSX_MAX_ROWS } from '../charts/dataset-table-spec';
import { exportDateText, exportWords } from './export-words';

/** Today's local date as ISO `2024-07-05` (the export date printed on every output). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The chart's drawing inside a container (CHART_SVG_SELECTOR), else the first svg. */
export function findChartSvg(container: HTMLElement | null): SVGSVGElement | null {
  if (container === null) return null;
  return container.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR) ?? container.querySelector<SVGSVGElement>('svg');
}

/**
 * The notes printed under an exported image: for horizontal bars first the reference lines (drawn
 * unlabelled there: `参考线：中位数 18人（虚线），平均值 19.2人（点线）`), then the spec's notes.
 */
export function imageNotes(spec: ChartSpec): string[] {
  const ref = spec.kind === 'bar' && spec.horizontal === true ? referenceNote(spec) : null;
  return ref === null ? [...(spec.notes ?? [])] : [ref, ...(spec.notes ?? [])];
}

/** The legend of an exported image: every series when there are two or more (scatter: none). */
export function imageLegend(spec: ChartSpec): LegendKey[] {
  if (spec.kind === 'scatter' || spec.series.length < 2) return [];
  return spec.series.map((s, i) => ({ label: s.name, color: s.color ?? seriesColor(i), ...(s.reference === true ? { dashed: true } : {}) }));
}

function framedSvg(svg: SVGSVGElement, spec: ChartSpec): string {
  return serializeChartSvg(svg, {
    title: spec.title, subtitle: spec.subtitle, source: spec.source, date: exportDateText(new Date(), spec.lang),
    width: 1920, height: 1080, ...(spec.lang ? { lang: spec.lang } : {}), notes: imageNotes(spec), legend: imageLegend(spec),
  });
}

export async function exportChartPng(svg: SVGSVGElement, spec: ChartSpec, fileBase: string, scale: 1 | 2): Promise<void> {
  const png = await svgToPngBlob(framedSvg(svg, spec), { width: 1920, height: 1080, scale });
  downloadBlob(png, safeFileName(scale === 2 ? [fileBase, exportWords(spec.lang).doubleScale] : [fileBase], 'png'), MIME.png);
}

export function exportChartSvg(svg: SVGSVGElement, spec: ChartSpec, fileBase: string): void {
  downloadBlob(framedSvg(svg, spec), safeFileName(fileBase, 'svg'), MIME.svg);
}

/** Copy the framed chart as PNG; false when the browser cannot copy images. */
export function copyChartPng(svg: SVGSVGElement, spec: ChartSpec): Promise<boolean> {
  // Start rendering now but hand the clipboard a promise, so the write stays inside the click.
  return copyPngToClipboard(svgToPngBlob(framedSvg(svg, spec), { width: 1920, height: 1080, scale: 1 }));
}

/** One-item (or many-item) deck download. */
export async function exportDeck(items: readonly DeckItem[], meta: { title: string; source: string; lang?: 'zh' | 'en' }, fileBase: string): Promise<void> {
  const { buildDeck } = await import('./pptx-export');
  // Slides get the same top-and-bottom trim as images (buildDeck applies exportBarSpec).
  const bytes = await buildDeck(items, { ...meta, date: exportDateText(new Date(), meta.lang) });
  downloadBlob(bytes, safeFileName(fileBase, 'pptx'), MIME.pptx);
}

/** A table as a framed picture: PNG (scale 1 or 2) or SVG (table-svg.ts). */
export async function exportTableImage(table: TableSpec, fileBase: string, format: 'png' | 'svg', scale: 1 | 2 = 1): Promise<void> {
  const { tableSvg } = await import('./table-svg');
  const { svg, notes } = tableSvg(table);
  // Styles are read from the live document, so the drawing is attached while it is serialised.
  const host = document.createElement('div');
  Object.assign(host.style, { position: 'absolute', left: '-20000px', top: '0' });
  host.appendChild(svg);
  document.body.appendChild(host);
  try {
    const text = serializeChartSvg(svg, {
      title: table.title, subtitle: table.subtitle, source: table.source, date: exportDateText(new Date(), table.lang),
      width: 1920, height: 1080, ...(table.lang ? { lang: table.lang } : {}), notes,
    });
    if (format === 'svg') { downloadBlob(text, safeFileName(fileBase, 'svg'), MIME.svg); return; }
    const png = await svgToPngBlob(text, { width: 1920, height: 1080, scale });
    downloadBlob(png, safeFileName(scale === 2 ? [fileBase, exportWords(table.lang).doubleScale] : [fileBase], 'png'), MIME.png);
  } finally {
    host.remove();
  }
}

export function exportTableCsv(table: TableSpec, fileBase: string): void {
  downloadBlob(tableToCsvBytes(table), safeFileName(fileBase, 'csv'), MIME.csv);
}

export async function exportTableXlsx(table: TableSpec, fileBase: string): Promise<void> {
  const { tableToXlsx } = await import('./xlsx-export');
  downloadBlob(await tableToXlsx(table, exportDateText(new Date(), table.lang)), safeFileName(fileBase, 'xlsx'), MIME.xlsx);
}

/** The normalised dataset as CSV (UTF-8 with BOM, formula-safe, one row per observation). */
export function exportDatasetCsv(ds: Dataset, fileBase: string): void {
  downloadBlob(datasetToCsvBytes(ds), safeFileName(fileBase, 'csv'), MIME.csv);
}

/**
 * The normalised dataset as XLSX. Returns false (and downloads nothing) when it has more rows than
 * one Excel sheet holds; the caller says so and offers the CSV.
 */
export async function exportDatasetXlsx(ds: Dataset, name: string, fileBase: string, lang?: 'zh' | 'en'): Promise<boolean> {
  if (ds.obs.value.length > XLSX_MAX_ROWS) return false;
  await exportTableXlsx(buildDatasetTableSpec(ds, name, lang), fileBase);
  return true;
}
