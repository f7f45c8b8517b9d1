/**
 * The level a table states for its units: villages (`村名` over the names, `中北镇各村` in the title,
 * a sheet named `村`) or communities (`居委会` over the names, `各居委会`). A bare name in it (`东姜井`)
 * is then matched at that level (resolve-units.ts), not to whichever unit of that base name is known.
 * `社区` states nothing: it is the usual header over 社区 and 村 alike (`社区,再就业人数` with
 * 东姜井村 on a row), and `各社区` the usual title for them; no one calls a community a 村. Words
 * naming both (`村居`, `社区（村）`, `各村社区`) state none.
 */
import { nameText } from './name-text';

export type TableLevel = '社区' | '村';

/** The level a table states, and where it says so (for the note naming it). */
export interface UnitLevelHint {
  readonly level: TableLevel;
  /** `列名“村名”`, `标题“中北镇各村2024年3月统计”`, `工作表名“村”`, `文件名“…”`, `分段行“二、村”`. */
  readonly from: string;
  readonly fromEn: string;
  /** Stated by a part heading (sectionLevel): of the rows below it, or the columns under it (a transposed table's). */
  readonly below?: '行' | '列';
}

const VILLAGE_HEADER = /^(?:行政)?村(?:名称?|委会(?:名称)?)?$/;
const COMMUNITY_HEADER = /^(?:社区)?居(?:委会|民委员会)(?:名称?)?$/;
/** `各村`, `各行政村`, `村级`: the villages of a town. */
const VILLAGES = /各(?:行政)?村|村级/;
/** `各居委会`, `各社区居委会`. */
const COMMUNITIES = /各(?:社区)?居委会/;
const SAYS_COMMUNITY = /社区|居委/;
/** A 村 that is no part of a street's or town's name (新村街道, 王村镇). */
const SAYS_VILLAGE = /村(?!街道|街|镇|乡)/;

/** The level `text` states (a header cell when `exact`, else a title, sheet or file name); `both` for words naming both (`村居`, `各社区、村`). */
function levelIn(text: string, exact: boolean): TableLevel | 'both' | '' {
  const t = text.replace(/\s+/g, '');
  if (VILLAGE_HEADER.test(t)) return '村';
  if (COMMUNITY_HEADER.test(t)) return '社区';
  const community = SAYS_COMMUNITY.test(t);
  const village = SAYS_VILLAGE.test(t);
  if (community && village) return 'both';
  if (exact) return '';
  if (VILLAGES.test(t)) return '村';
  if (COMMUNITIES.test(t)) return '社区';
  return '';
}

/**
 * The level a table of several units states: its name column's header first, then its title, sheet
 * name and file name; null when none does, or when one names both (`村居`, `各社区、村`).
 */
export function tableUnitLevel(at: { unitHeader?: string; caption?: string; sheet?: string; fileName: string }): UnitLevelHint | null {
  const sources = [
    ['列名', 'name column header', at.unitHeader, true], ['标题', 'title', at.caption, false],
    ['工作表名', 'sheet name', at.sheet, false], ['文件名', 'file name', at.fileName, false],
  ] as const;
  let hint: UnitLevelHint | null = null;
  for (const [zh, en, text, exact] of sources) {
    if (!text) continue;
    const level = levelIn(exact ? text : nameText(text), exact);
    if (level === 'both') return null;
    if (level !== '' && hint === null) hint = { level, from: `${zh}“${text}”`, fromEn: `${en} "${text}"` };
  }
  return hint;
}

/**
 * A row heading a part of a table by level: `一、社区` over the communities, `（二）村`, `二、村委会`,
 * `农村社区`, `村：`. Numbered or not, nothing else in the text: no unit is called 社区 or 村.
 */
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|类)[、:：]?)?(?:城市|城镇|农村)?(社区(?:居委会)?|居委会|居民委员会|(?:行政)?村(?:委会|民委员会)?)(?:部分|类)?[:：]?$/;

/** The level a part heading's text names (`二、村`: 村), or null when the text is no part heading. */
export function sectionLevel(text: string): TableLevel | null {
  const m = SECTION.exec(text.replace(/\s+/g, ''));
  return m === null ? null : m[1]!.includes('村') ? '村' : '社区';
}
