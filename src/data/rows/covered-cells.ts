/**
 * Cells a merged range covers: Excel shows a merge as its top-left cell, and the others show
 * nothing. Excel's own merge empties them, but a merge made with the format painter (a known trick
 * to keep a 街道 column filterable), LibreOffice's "keep the contents of the hidden cells", WPS and
 * programs that write merged cells keep texts there, which nobody sees. A covered cell is read as
 * what the sheet shows, blank (the merge's own rules then apply: a 街道 merged over its communities
 * is filled down, a merged value is said); a text there that differs from the one shown is named.
 */
import type * as Xlsx from '@e965/xlsx';
import type { ImportIssue } from '../report/import-report';
import { columnLetter } from '../report/import-report';
import { makeIssue } from '../report/make-issue';

/** A covered cell whose text differs from the text its merge shows. */
export interface HiddenUnderMerge {
  /** 1-based line and column of the covered cell. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** The text the merge shows (its top-left cell's), and the merge as `A2:A4`. */
  readonly shown: string;
  readonly range: string;
}

/** Covered cells a warning names; the rest are counted. */
const LISTED = 5;

/**
 * Blanks, in `texts` (the sheet's rows from 0-based row `top`), the cells `merges` cover. Returns
 * whether any text was blanked, and the covered texts that differ from their merge's shown text.
 */
export function blankCoveredCells(texts: string[][], top: number, merges: readonly Xlsx.Range[]): { blanked: boolean; hidden: HiddenUnderMerge[] } {
  let blanked = false;
  const hidden: HiddenUnderMerge[] = [];
  for (const m of merges) {
    const shown = (texts[m.s.r - top]?.[m.s.c] ?? '').trim();
    const range = `${columnLetter(m.s.c + 1)}${m.s.r + 1}:${columnLetter(m.e.c + 1)}${m.e.r + 1}`;
    for (let r = Math.max(m.s.r, top); r <= Math.min(m.e.r, top + texts.length - 1); r++) {
      const row = texts[r - top]!;
      for (let c = m.s.c; c <= Math.min(m.e.c, row.length - 1); c++) {
        if (r === m.s.r && c === m.s.c) continue;
        const text = row[c]!.trim();
        if (text === '') continue;
        row[c] = '';
        blanked = true;
        if (text !== shown) hidden.push({ line: r + 1, column: c + 1, text, shown, range });
      }
    }
  }
  return { blanked, hidden };
}

/** The warning naming covered cells whose texts differ from what their merges show. */
export function hiddenUnderMergeIssue(file: string, sheet: string, hidden: readonly HiddenUnderMerge[]): ImportIssue {
  const first = hidden[0]!;
  const cell = (h: HiddenUnderMerge): string => `${columnLetter(h.column)}${h.line}`;
  const named = hidden.slice(0, LISTED).map((h) => `${cell(h)}“${h.text}”（合并单元格${h.range}显示${h.shown === '' ? '为空' : `“${h.shown}”`}）`);
  const more = hidden.length > LISTED ? `等${hidden.length}个单元格` : '';
  return makeIssue('warning', 'merged-hidden-text', { file, sheet, line: first.line, column: first.column },
    `工作表“${sheet}”中${named.join('、')}${more}被合并单元格遮住，在Excel中看不到，已按合并单元格显示的内容读取；如被遮住的内容才是对的，请取消合并、核对后重新导入`,
    `Sheet "${sheet}": ${hidden.slice(0, LISTED).map((h) => `${cell(h)} "${h.text}"`).join(', ')}${hidden.length > LISTED ? ` and ${hidden.length - LISTED} more` : ''} are hidden under merged cells that show something else; read as the merged cells show. Unmerge and check them if the hidden texts are right.`);
}
