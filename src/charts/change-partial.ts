/**
 * Which of a change's two values covers only part of its period, and the one wording of it: beside
 * the change (比较期不完整 / 本期不完整 / 两期均不完整) and in the note that explains the mark. The
 * 排行 page and its export, the 街道排名 rank change and the 单位画像 环比/同比 all ask these.
 */
import type { PartialMeaning } from '../analysis/partial-meaning';
import type { SpecLang } from './chart-spec';
import { chartWords } from './chart-words';

/** `prev`: the comparison value is partial; `cur`: the current one; `both`: both. */
export type ChangePartial = 'prev' | 'cur' | 'both';

/** Every kind, in the order their notes are written. */
export const CHANGE_PARTIALS: readonly ChangePartial[] = ['prev', 'cur', 'both'];

/**
 * The partial mark of a change shown between a value (`partial` now) and a comparison value
 * (`prevPartial`); null when neither is partial. Callers ask it only of a change they show.
 */
export function changePartialOf(partial: boolean, prevPartial: boolean): ChangePartial | null {
  if (partial) return prevPartial ? 'both' : 'cur';
  return prevPartial ? 'prev' : null;
}

/** The mark's words: `比较期不完整`, `本期不完整`, `两期均不完整`; en `partial base`, `partial current`, `both partial`. */
export function changePartialMark(kind: ChangePartial, lang?: SpecLang): string {
  return chartWords(lang).changePartial[kind];
}

/** The note explaining the mark, naming the current period (`cur`) and the comparison period (`prev`). */
export function changePartialNote(kind: ChangePartial, cur: string, prev: string, m: PartialMeaning, lang?: SpecLang): string {
  const w = chartWords(lang);
  switch (kind) {
    case 'prev':
      return w.notePrevPartial(prev, m);
    case 'cur':
      return w.noteCurPartial(cur, m);
    case 'both':
      return w.noteBothPartial(cur, prev, m);
    default: {
      const never: never = kind;
      throw new Error(`unknown change partial: ${String(never)}`);
    }
  }
}
