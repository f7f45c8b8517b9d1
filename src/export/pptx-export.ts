/**
 * Build a .pptx deck from charts and tables: a title slide, then one native chart per slide and
 * native tables split across slides. Pure data in, bytes out; no DOM, so it runs in Node tests.
 * pptxgenjs and jszip are loaded on demand to keep them out of the initial bundle.
 */
import type { DeckItem, DeckMeta } from './deck-item';
import { assertNeverItem } from './deck-item-guard';
import { BASE_TEXT, CONTENT_W, MARGIN_X } from './pptx-layout';
import { addChartSlide } from './pptx-chart-slide';
import { addTableSlides } from './pptx-table-slide';
import { addProfileSlide } from './pptx-profile-slide';
import { patchDeckZip } from './pptx-east-asian-fonts';
import { patchChartsBySlide } from './pptx-chart-patch';
import { DeckContext } from './pptx-deck-context';
import { exportWords } from './export-words';

/** Build the deck; resolves to the .pptx bytes. */
export async function buildDeck(items: readonly DeckItem[], meta: DeckMeta): Promise<Uint8Array> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  const w = exportWords(meta.lang);
  pptx.author = w.author;
  pptx.company = '';
  pptx.theme = { headFontFace: BASE_TEXT.fontFace, bodyFontFace: BASE_TEXT.fontFace };

  const deck = new DeckContext(pptx, meta.date);
  const cover = deck.addSlide().slide;
  cover.background = { color: 'FFFFFF' };
  cover.addText(meta.title, { ...BASE_TEXT, x: MARGIN_X, y: 2.3, w: CONTENT_W, h: 1.3, fontSize: 36, bold: true, align: 'center', valign: 'middle' });
  cover.addText(`${meta.date}`, { ...BASE_TEXT, x: MARGIN_X, y: 3.8, w: CONTENT_W, h: 0.5, fontSize: 18, color: '444444', align: 'center' });
  cover.addText(w.source(meta.source), { ...BASE_TEXT, x: MARGIN_X, y: 4.4, w: CONTENT_W, h: 0.5, fontSize: 14, color: '666666', align: 'center' });

  for (const item of items) {
    switch (item.kind) {
      case 'chart': addChartSlide(deck, item.spec); break;
      case 'table': addTableSlides(deck, item.spec); break;
      case 'profile': addProfileSlide(deck, item.spec, item.side); break;
      default: assertNeverItem(item);
    }
  }
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(raw);
  await patchChartsBySlide(zip, deck.patches);
  await patchDeckZip(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
