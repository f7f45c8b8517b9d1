/**
 * The deck being built: the pptxgenjs document, the export date, and the chart patches of each
 * slide (pptx-chart-patch.ts), applied once pptxgenjs has written the file. One per buildDeck call.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartPatch } from './pptx-chart-patch';

type ChartType = Parameters<PptxGenJS.Slide['addChart']>[0];
type ChartData = Parameters<PptxGenJS.Slide['addChart']>[1];
type ChartOpts = Parameters<PptxGenJS.Slide['addChart']>[2];

export class DeckContext {
  /** 1-based slide number → the patches of its charts, in the order they were added. */
  readonly patches = new Map<number, ChartPatch[]>();
  private slideCount = 0;

  constructor(readonly pptx: PptxGenJS, readonly date: string) {}

  /** A new slide (numbered in order, the title slide included). */
  addSlide(): { slide: PptxGenJS.Slide; number: number } {
    const slide = this.pptx.addSlide();
    this.slideCount++;
    return { slide, number: this.slideCount };
  }

  /** Add a native chart to slide `number`, remembering what to patch into its XML. */
  addChart(at: { slide: PptxGenJS.Slide; number: number }, type: ChartType, data: ChartData, opts: ChartOpts, patch: ChartPatch = []): void {
    at.slide.addChart(type, data, opts);
    const list = this.patches.get(at.number) ?? [];
    list.push(patch);
    this.patches.set(at.number, list);
  }
}
