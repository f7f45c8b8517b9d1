/**
 * One 单位画像 slide: the unit's percentile bars as a NATIVE bar chart (0–100, strongest on top,
 * every metric labelled) on the left, and its strengths, 取长补短 and 连续N期靠后 as text on the right,
 * large enough to read on a meeting-room screen.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../charts/chart-spec';
import { EXPORT_PALETTE, PPT_FONT } from './export-fonts';
import type { DeckContext } from './pptx-deck-context';
import { BASE_TEXT, BODY, addSlideFrame, footerText } from './pptx-layout';

/** Share of the body's width the chart takes; the text column has the rest. */
const CHART_SHARE = 0.58;
const GAP = 0.3;

/** Add the slide to the deck. The spec is a one-series horizontal bar spec (buildProfilePercentileSpec). */
export function addProfileSlide(deck: DeckContext, spec: ChartSpec, side: readonly string[]): void {
  const pptx = deck.pptx;
  const at = deck.addSlide();
  const slide = at.slide;
  addSlideFrame(slide, { title: spec.title, subtitle: spec.subtitle, footer: footerText(spec.source, deck.date, spec.lang) });
  const h = BODY.h + 0.55;
  const chartW = BODY.w * CHART_SHARE;
  const series = spec.series[0];
  if (series && spec.categories.length > 0) {
    deck.addChart(at, pptx.ChartType.bar, [{ name: series.name, labels: [...spec.categories], values: series.values as number[] }], {
      x: BODY.x, y: BODY.y, w: chartW, h,
      barDir: 'bar', barGapWidthPct: 40, catAxisOrientation: 'maxMin', valAxisMinVal: 0, valAxisMaxVal: 100, valAxisMajorUnit: 25,
      chartColors: [(series.color ?? EXPORT_PALETTE[0] ?? '#0072B2').replace(/^#/, '')],
      showLegend: false, showValue: true, dataLabelFontSize: 9, dataLabelFontFace: PPT_FONT, dataLabelPosition: 'outEnd',
      catAxisLabelFontFace: PPT_FONT, valAxisLabelFontFace: PPT_FONT, catAxisLabelFontSize: 10, valAxisLabelFontSize: 10,
      catAxisLabelFrequency: '1', valGridLine: { color: 'E5E5E5', size: 0.5 },
    } as unknown as PptxGenJS.IChartOpts); // pptxgenjs types lack 'maxMin' (it writes it: pptx-chart-slide.ts uses it too)
  }
  const lines = [...side, ...(spec.notes ?? [])];
  if (lines.length === 0) return;
  slide.addText(
    lines.map((text, i) => ({
      text,
      options: { bullet: i < side.length, breakLine: true, fontSize: i < side.length ? 13 : 10, color: i < side.length ? '222222' : '666666', paraSpaceAfter: 6 },
    })),
    { ...BASE_TEXT, x: BODY.x + chartW + GAP, y: BODY.y, w: BODY.w - chartW - GAP, h, valign: 'top', fit: 'shrink' },
  );
}
