/**
 * Geometry and text styles shared by every slide, in inches on PowerPoint's 16:9 wide layout
 * (13.333 × 7.5 in, `LAYOUT_WIDE`), so slides pasted into officers' existing decks match.
 */
import type PptxGenJS from 'pptxgenjs';
import { PPT_FONT } from './export-fonts';
import { exportWords } from './export-words';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN_X = 0.5;
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X;

/** Base text props: 微软雅黑 with lang zh-CN so pptxgenjs writes latin, ea and cs typefaces. */
export const BASE_TEXT = { fontFace: PPT_FONT, lang: 'zh-CN', color: '222222' } as const;

/** Title, subtitle and footer boxes for a content slide; returns the body's top y. */
export function addSlideFrame(
  slide: PptxGenJS.Slide,
  frame: { readonly title: string; readonly subtitle: string; readonly footer: string },
): void {
  slide.background = { color: 'FFFFFF' };
  slide.addText(frame.title, { ...BASE_TEXT, x: MARGIN_X, y: 0.3, w: CONTENT_W, h: 0.65, fontSize: 26, bold: true, valign: 'middle' });
  if (frame.subtitle !== '') {
    slide.addText(frame.subtitle, { ...BASE_TEXT, x: MARGIN_X, y: 0.95, w: CONTENT_W, h: 0.45, fontSize: 14, color: '555555', valign: 'top' });
  }
  slide.addText(frame.footer, { ...BASE_TEXT, x: MARGIN_X, y: SLIDE_H - 0.5, w: CONTENT_W, h: 0.35, fontSize: 10, color: '666666', valign: 'middle' });
}

/** Footnotes (approximate values, method notes) just above the footer. */
export function addNotes(slide: PptxGenJS.Slide, notes: readonly string[], lang?: 'zh' | 'en'): void {
  if (notes.length === 0) return;
  const w = exportWords(lang);
  slide.addText(notes.map((n) => w.note(n)).join('\n'), {
    ...BASE_TEXT, x: MARGIN_X, y: SLIDE_H - 0.5 - 0.5, w: CONTENT_W, h: 0.5, fontSize: 10, color: '666666', valign: 'bottom', fit: 'shrink',
  });
}

/** Body area between the subtitle and the notes. */
export const BODY = { x: MARGIN_X, y: 1.45, w: CONTENT_W, h: SLIDE_H - 1.45 - 1.05 } as const;

/** `数据来源：… ｜ 导出日期：…` (en `Source: … | Exported: …`). */
export function footerText(source: string, date: string, lang?: 'zh' | 'en'): string {
  return exportWords(lang).footer(source, date);
}
