/**
 * Geometry and text styles shared by every slide, in inches on PowerPoint's 16:9 wide layout
 * (13.333 × 7.5 in, `LAYOUT_WIDE`), so slides pasted into officers' existing decks match.
 */
import type PptxGenJS from 'pptxgenjs';
import { PPT_FONT } from './export-fonts';
import { exportWords } from './export-words';
import { textEms } from '../charts/label-placement';

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

/** Font size of the footnotes, in points. */
const NOTES_PT = 10;
/** Height the footnotes always have (three lines at NOTES_PT); more notes take room from the body. */
const NOTES_MIN_H = 0.5;
/** The most the footnotes take; beyond it they shrink to fit (a slide keeps room for its chart). */
const NOTES_MAX_H = 1.6;

/** Inches the footnotes need at NOTES_PT across the content width: one line per wrapped line of each note. */
export function notesHeight(notes: readonly string[], lang?: 'zh' | 'en'): number {
  if (notes.length === 0) return 0;
  const w = exportWords(lang);
  const perLine = (CONTENT_W * 72) / NOTES_PT - 2;
  const lines = notes.reduce((n, note) => n + Math.max(1, Math.ceil(textEms(w.note(note)) / perLine)), 0);
  return Math.min(NOTES_MAX_H, Math.max(NOTES_MIN_H, (lines * NOTES_PT * 1.2) / 72 + 0.1));
}

/**
 * The body of a slide with these footnotes: BODY, less the height the notes need beyond their
 * three lines, so six notes under a table or chart are read at 10 pt instead of shrunk to 4 pt.
 */
export function bodyAbove(notes: readonly string[], lang?: 'zh' | 'en'): Box {
  const extra = Math.max(0, notesHeight(notes, lang) - NOTES_MIN_H);
  return { ...BODY, h: BODY.h - extra };
}

/**
 * Footnotes (approximate values, method notes) just above the footer, at most `maxH` inches tall (never
 * under three lines; beyond it they shrink to fit); returns the body left above them.
 */
export function addNotes(slide: PptxGenJS.Slide, notes: readonly string[], lang?: 'zh' | 'en', maxH = NOTES_MAX_H): Box {
  if (notes.length === 0) return BODY;
  const w = exportWords(lang);
  const h = Math.max(NOTES_MIN_H, Math.min(maxH, notesHeight(notes, lang)));
  slide.addText(notes.map((n) => w.note(n)).join('\n'), {
    ...BASE_TEXT, x: MARGIN_X, y: SLIDE_H - 0.5 - h, w: CONTENT_W, h, fontSize: NOTES_PT, color: '666666', valign: 'bottom', fit: 'shrink',
  });
  return { ...BODY, h: BODY.h - (h - NOTES_MIN_H) };
}

/** A box on the slide, in inches. */
export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

/** Body area between the subtitle and three lines of notes (bodyAbove: for more notes). */
export const BODY: Box = { x: MARGIN_X, y: 1.45, w: CONTENT_W, h: SLIDE_H - 1.45 - 1.05 };

/** `数据来源：… ｜ 导出日期：…` (en `Source: … | Exported: …`). */
export function footerText(source: string, date: string, lang?: 'zh' | 'en'): string {
  return exportWords(lang).footer(source, date);
}
