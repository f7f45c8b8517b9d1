/**
 * 打印/导出PDF: mounts the A4 report (PrintReport) in a print-only root, writes the page-margin
 * texts (source and date at the bottom left, `第 n / N 页` at the bottom right, CSS @page margin
 * boxes, so every page carries them) and calls the browser's print, which makes a real PDF with
 * text and embedded fonts, offline. The report stays until the print is over (afterprint) or the
 * next print, so a test can print it with page.pdf().
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { PrintReport, type PrintReportProps } from './PrintReport';
import { exportWords } from '../../export/export-words';
import './print.css';

/** A CSS string literal for `content:` (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** The @page rules with the footer texts. */
export function pageStyle(footer: string, page: (n: string, total: string) => string): string {
  return `@media print { @page { @bottom-left { content: ${cssString(footer)}; font-size: 8pt; color: #666; }`
    + ` @bottom-right { content: ${page('counter(page)', 'counter(pages)')}; font-size: 8pt; color: #666; } } }`;
}

interface Mounted { root: Root; host: HTMLElement; style: HTMLStyleElement }
let mounted: Mounted | null = null;

function unmount(): void {
  if (mounted === null) return;
  mounted.root.unmount();
  mounted.host.remove();
  mounted.style.remove();
  document.body.classList.remove('printing-report');
  mounted = null;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface PrintOptions extends PrintReportProps {
  /** `数据来源：… ｜ 导出日期：…`, printed at the foot of every page. */
  readonly footer: string;
}

/** Build the report (`items` of the 汇报篮, or the one chart or table of a view) and open the browser's print dialog. */
export async function printReport(opts: PrintOptions): Promise<void> {
  unmount();
  const host = document.createElement('div');
  host.className = 'print-root';
  document.body.appendChild(host);
  const style = document.createElement('style');
  style.textContent = pageStyle(opts.footer, exportWords(opts.lang).pageCss);
  document.head.appendChild(style);
  const root = createRoot(host);
  mounted = { root, host, style };
  flushSync(() => { root.render(<PrintReport {...opts} />); });
  // recharts lays its axes out over a few commits.
  for (let i = 0; i < 3; i++) await frame();
  document.body.classList.add('printing-report');
  window.addEventListener('afterprint', unmount, { once: true });
  window.print();
}
