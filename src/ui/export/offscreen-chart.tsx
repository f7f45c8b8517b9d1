/**
 * Draws a chart spec off-screen at a fixed size, for an export that must not look like the page:
 * a bar chart of 154 units is drawn again as its top and bottom (exportBarSpec) at the 16:9 body's
 * aspect, so rows and labels are legible in the 1920×1080 image. The container sits outside the
 * viewport (not display:none, so styles compute) and is removed by dispose().
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartSpec } from '../../charts/chart-spec';
import { CHART_MARK_SELECTOR, CHART_SVG_SELECTOR } from '../../charts/chart-surface';
import { SpecBarChart } from '../../charts/SpecBarChart';
import { SpecLineChart } from '../../charts/SpecLineChart';

/** CSS size the chart is drawn at: the frame body (1776×740 at 1920×1080, notes included) at 1/1.5. */
export const OFFSCREEN_SIZE = { width: 1184, height: 494 } as const;

export interface OffscreenChart {
  readonly svg: SVGSVGElement;
  dispose(): void;
}

const frame = () => new Promise<void>((resolve) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
  else setTimeout(resolve, 16);
});

/** Renders `spec` off-screen and resolves once its SVG is drawn; call dispose() after exporting. */
export async function renderChartOffscreen(spec: ChartSpec, size: { width: number; height: number } = OFFSCREEN_SIZE): Promise<OffscreenChart> {
  const host = document.createElement('div');
  host.className = 'chart-box export-offscreen';
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'absolute', left: '-20000px', top: '0', width: `${size.width}px`, height: `${size.height}px` });
  document.body.appendChild(host);
  const root = createRoot(host);
  const dispose = () => { root.unmount(); host.remove(); };
  try {
    flushSync(() => {
      root.render(spec.kind === 'line'
        ? <SpecLineChart spec={spec} width={size.width} height={size.height} />
        : <SpecBarChart spec={spec} width={size.width} height={size.height} />);
    });
    // recharts lays out a line chart's axes and labels over a few commits: wait until the bars (or lines) are there.
    for (let i = 0; i < 20; i++) {
      const svg = host.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR);
      if (svg !== null && svg.querySelector(CHART_MARK_SELECTOR) !== null) {
        await frame();
        return { svg, dispose };
      }
      await frame();
    }
    throw new Error('chart was not drawn off-screen');
  } catch (error) {
    dispose();
    throw error;
  }
}
