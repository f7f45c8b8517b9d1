/**
 * Community, village and street names → a display name, a matching key and a level, so that
 * `祥福里社区居委会`, `祥福里社区`, `祥福里` and `祥福里社區 ` are recognised as one unit while
 * `东姜井社区` and `东姜井村` (same key, different level) stay two. The key is only for matching
 * within (district, street); it never replaces the name shown.
 */
import { note } from '../cells/value-note';
import { numberWords } from '../cells/chinese-number';
import type { ValueNote } from '../cells/value-note';
import { toSimplified } from '../vocabulary/t2s-table';
import { districtBeforeStreet, LIST_END, LIST_NUMBER, PATH_SEPARATOR, STREET_REMARK, streetKeyOf } from '../vocabulary/place-words';
import { withoutFootnoteMark } from '../vocabulary/footnote-marks';
import { STATE_REMARK } from '../vocabulary/remark-words';

/** What a community-level name says it is: a 社区 (居委会), a 村 (村委会), or nothing (`祥福里`). */
export type UnitLevel = '社区' | '村' | '';

export interface NormalisedName {
  /** Display name: `祥福里社区`, `前白庙村`, `咸水沽镇`. */
  name: string;
  /** Matching key without the level suffix: `祥福里`, `前白庙`, `咸水沽`. */
  key: string;
  /** One info note per kind of change (spaces, traditional characters, organisational suffix). */
  notes: ValueNote[];
}

export interface NormalisedUnitName extends NormalisedName {
  /** The level the name states (by its ending or its committee suffix); '' for a bare name. */
  level: UnitLevel;
}

export interface NormalisedStreetName extends NormalisedName {
  /** District written in front of the street (`河西区友谊路街道` → `河西区`), else ''. */
  district: string;
  /** A remark in brackets written after the street, no part of its name (`（筹）` of `新城街道(筹)`), else ''. */
  remark: string;
}

/** Control characters other than tab and line breaks (which are plain whitespace in a merged cell). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/**
 * A committee's name made of its 社区 and its number, with the level a suffix gave it: `华江里社区第一` + `社区`; its number
 * as a clerk may write it too, in digits or without its 第 (`华江里社区第1居委会`, `华江里社区一居委会`).
 */
const NUMBERED_COMMITTEE = /社区第?([一二三四五六七八九十]{1,3}|\d{1,2})社区$/;
/** A bracket around Chinese text (`(万科)`), not one inside a formula or Latin text. */
const OPEN_BEFORE_CJK = /\((?=[\u3400-\u9fff])/g;
const CLOSE_AFTER_CJK = /(?<=[\u3400-\u9fff])\)/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Whitespace next to a non-ASCII character (`祥福里 社区`) is a typing slip; between Latin words it is part of the name. */
const SPACE_NEAR_CJK = /\s+(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])\s+/g;
const QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;
/** Only CJK unified ideographs (U+4E00–U+9FFF have no NFKC mapping). */
const PLAIN_CJK = /^[\u4e00-\u9fff]+$/;

/**
 * [suffix written, replacement, level it states]: committees become the place they govern. Longest
 * first. The official list also writes `第一街委员会` (a village) and `白庙村农工商联合公司（村委会）`;
 * clerks write `…村委` and `…居委`, and party-building tables `…社区党委`, `…村党支部`. Matched after cleaning, so `(` is `（`.
 */
const UNIT_SUFFIXES: readonly (readonly [RegExp, string, UnitLevel])[] = [
  [/社区居民委员会$/, '社区', '社区'], [/社区居委会$/, '社区', '社区'], [/社区居委$/, '社区', '社区'],
  [/居民委员会$/, '社区', '社区'], [/居委会$/, '社区', '社区'], [/居委$/, '社区', '社区'],
  [/村村民委员会$/, '村', '村'], [/村民委员会$/, '村', '村'], [/村村委会$/, '村', '村'], [/村委会$/, '村', '村'],
  [/村村委$/, '村', '村'], [/村委$/, '村', '村'],
  [/（村委会）$/, '', '村'], [/（居委会）$/, '', '社区'], [/委员会$/, '', ''],
  // Its party organisation or work station, as party-building and service tables name a unit.
  [/社区(?:党委|党总支|党支部|工作站|服务站)$/, '社区', '社区'], [/村(?:党委|党总支|党支部|两委)$/, '村', '村'],
];

const STREET_SUFFIXES: readonly (readonly [RegExp, string, UnitLevel])[] = [
  [/街道办事处$/, '街道', ''], [/街道办$/, '街道', ''], [/街办事处$/, '街道', ''], [/街办$/, '街道', ''],
  [/镇人民政府$/, '镇', ''], [/乡人民政府$/, '乡', ''], [/镇政府$/, '镇', ''], [/乡政府$/, '乡', ''],
];

/**
 * A district (and city) written in front of a street-like name: `天津市河西区友谊路街道`, `西青区-中北镇`
 * (a system's path). Only before a
 * name ending in 街道/街/镇/乡/地区 with at least two characters of its own, so `东丽区经济技术开发区`,
 * `科技园区北区` and `开发区街道` are streets, not district + street.
 */
const DISTRICT_PREFIX = /^(?:[^市\s]{2,3}?市)?([^区县市\s]{2,3}?(?:新区|区|县))(?=[^\s]{2,}(?:街道|街|镇|乡|地区)$)/;
/** A district written after a street in brackets: `中北镇（西青区）` (else a bracket there is a remark, STREET_REMARK). */
const DISTRICT_AFTER = /^(.{2,}?(?:街道|街|镇|乡|地区))（((?:天津市)?[^（）\s]{2,3}?(?:新区|区|县))）$/;

/**
 * A state written after a name in brackets (`祥福里社区（筹）`, `丽水苑社区（已撤销）`, `【筹】`, `[筹]`): said of the unit,
 * not part of its name, so it is matched without it. Only these words: `花园路社区（原花园社区）`
 * and `（一）` may tell two units apart.
 */
const STATE_REMARK_END = new RegExp(`\\s*${STATE_REMARK}$`);

/** True when `name` ends in a state remark (STATE_REMARK_END): of two spellings shown equally often, the other is shown. */
export function hasStateRemark(name: string): boolean {
  return STATE_REMARK_END.test(name);
}

/**
 * Of two names of one unit written equally often, whether `n` is to be shown rather than `shown`:
 * the one without a state remark (`祥福里社区` over `祥福里社区（筹）`), the one without its street
 * (`streetKey`) in front (`花园路社区` over `劝业场街道花园路社区`, `兆丰路` over
 * `劝业场街道兆丰路社区`), else the longer (`祥福里社区` over `祥福里`).
 */
export function preferredTie(n: string, shown: string, streetKey: string): boolean {
  const remark = hasStateRemark(n);
  if (remark !== hasStateRemark(shown)) return !remark;
  const front = streetKey !== '' && n.startsWith(streetKey);
  if (front !== (streetKey !== '' && shown.startsWith(streetKey))) return !front;
  if (n.length > shown.length) return !n.endsWith(shown);
  return shown.endsWith(n) && n !== shown;
}

/**
 * Normalise a community or village name. Never throws; an empty input gives empty name and key.
 * A state remark (`（筹）`) stays in the name shown and is left out of the key and the level.
 */
export function normaliseUnitName(raw: string): NormalisedUnitName {
  const { text, notes } = cleanName(raw);
  const remark = STATE_REMARK_END.exec(text);
  const [stripped, stated] = stripSuffix(remark ? text.slice(0, remark.index) : text, UNIT_SUFFIX_LIST, raw, notes);
  // A numbered committee of a 社区 (`华江里社区第一居委会`) is named as the unit list names it (`华江里社区第一`), not `…第一社区`.
  const numbered = stated === '社区' ? NUMBERED_COMMITTEE.exec(stripped) : null;
  const number = numbered === null ? '' : /^\d/.test(numbered[1]!) ? numberWords(Number(numbered[1])) : numbered[1]!;
  const name = numbered !== null && number !== '' ? `${stripped.slice(0, numbered.index)}社区第${number}` : stripped;
  const shown = remark ? name + remark[0].trim() : name;
  if (name.endsWith('社区') && name.length > 2) return { name: shown, key: name.slice(0, -2), level: '社区', notes };
  // `边村`, `新村`: with one character left the 村 belongs to the name.
  if (name.endsWith('村') && name.length > 2) return { name: shown, key: name.slice(0, -1), level: '村', notes };
  return { name: shown, key: name, level: stated, notes };
}

/**
 * Where a street-level word may end a street written in front of a unit name, with its office
 * (`劝业场街道办事处花园路社区`, `中北镇人民政府东姜井村`): 政府 and 办事处 begin no unit's name.
 */
const STREET_END = /街道(?:办事处)?|街办事处|镇(?:人民)?政府|乡(?:人民)?政府|镇|乡/g;
/** A rest that begins with a level or committee word. */
const LEVEL_FIRST = /^(?:社区|村|居委|居民|委员)/;

/** What a name with a street written in it must hold: a street word, or a bracket. */
const MAY_HOLD_STREET = /街道|镇|乡|[（(]/;

/** A street written after the name in brackets: `花园路社区（劝业场街道）`. */
const BRACKETED = /^(.+?)\s*[（(]([^()（）]+)[)）]\s*$/;

/** A name and the words in brackets after it (`东北组团社区（天津经济技术开发区西区）`), else null. */
export function bracketAfter(raw: string): { name: string; inner: string } | null {
  const b = BRACKETED.exec(raw.trim());
  return b === null ? null : { name: b[1]!, inner: b[2]! };
}

/**
 * A street (and district) written with a community or village name, as some systems export the
 * full path: in front (`劝业场街道花园路社区`, `和平区劝业场街道花园路社区`, `小站镇会馆村`) or after it
 * in brackets (`花园路社区（劝业场街道）`). Split only where the street is a 街道/镇/乡 with at least
 * two characters of its own and the name states its level (社区, 村 or a committee suffix) with at
 * least two of its own, so `新街道口社区`, `新镇村`, `莱茵小镇社区居委会` and `花园路社区（筹）` stay
 * whole. Null when the name carries no street.
 */
export function splitWrittenStreet(raw: string): { street: string; unit: string } | null {
  // Most names hold no street word and no bracket: asked of every name of a city file.
  if (!MAY_HOLD_STREET.test(raw)) return null;
  const text = raw.trim();
  const isStreet = (t: string): boolean => {
    const street = normaliseStreetName(t);
    return street.key.length >= 2 && street.key !== street.name;
  };
  const isUnit = (t: string): boolean => {
    const unit = normaliseUnitName(t);
    return unit.level !== '' && unit.key.length >= 2;
  };
  const b = BRACKETED.exec(text);
  // In brackets after it the street is plain to see: the name need not state its level (`华江里社区第一（东海街道）`).
  if (b && isStreet(b[2]!) && normaliseUnitName(b[1]!).key.length >= 2) return { street: b[2]!, unit: b[1]! };
  for (const m of text.matchAll(STREET_END)) {
    const end = m.index + m[0].length;
    // A system's path puts a separator after the street (`中北镇/东姜井村`, `西青区-中北镇-东姜井村`).
    const rest = text.slice(end).replace(PATH_SEPARATOR, '');
    // `莱茵小镇社区居委会`: what follows a 小镇 is the level itself, not a name.
    if (LEVEL_FIRST.test(rest)) continue;
    if (isStreet(text.slice(0, end)) && isUnit(rest)) return { street: text.slice(0, end), unit: rest };
  }
  return null;
}

/**
 * Normalise a street/town name: keeps `街道`/`镇`/`乡`; `双新街`, `双新街道` and `双新镇` share the key `双新`.
 * A district written in front (`河西区友谊路街道`, `西青中北镇`) or after in brackets (`中北镇（西青区）`)
 * is taken off the name and returned apart.
 */
export function normaliseStreetName(raw: string): NormalisedStreetName {
  const { text, notes } = cleanName(raw);
  let [name] = stripSuffix(text, STREET_SUFFIX_LIST, raw, notes);
  const after = DISTRICT_AFTER.exec(name);
  const remark = after ? null : STREET_REMARK.exec(name);
  if (after) name = after[1]!;
  else if (remark) name = name.slice(0, remark.index);
  const d = DISTRICT_PREFIX.exec(name);
  // A Tianjin district's short name in front (`西青中北镇`): the district as written.
  const short = d || after ? null : districtBeforeStreet(name);
  if (d) name = name.slice(d[0].length).replace(PATH_SEPARATOR, '');
  else if (short) name = short.street;
  return { name, key: streetKeyOf(name), district: d ? d[1]! : after ? after[2]!.replace(/^天津市/, '') : short?.district ?? '', notes, remark: remark?.[0].trim() ?? '' };
}

/**
 * Control characters out (with a warning), NFKC, spaces next to CJK and invisible characters out,
 * quotes around the name out, traditional → simplified (info notes). Shared by unit, street and
 * district names.
 */
export function cleanName(raw: string): { text: string; notes: ValueNote[] } {
  const notes: ValueNote[] = [];
  // Most names are CJK ideographs only: NFKC, trimming and the clean-ups below leave them as they are.
  const compact = PLAIN_CJK.test(raw) ? raw : compactName(raw, notes);
  const simplified = toSimplified(compact);
  if (simplified !== compact) {
    notes.push(note('name-traditional', 'info', `繁体名称“${compact}”按简体“${simplified}”匹配。`,
      `Traditional name "${compact}" matched as simplified "${simplified}".`));
  }
  return { text: simplified, notes };
}

/** `raw` without a clerk's list number before it and a mark or list punctuation after it (`1.东湖社区`, `东湖社区*`, `东湖社区、`), noted in `notes`. */
function dropListMarks(raw: string, notes: ValueNote[]): string {
  const listed = raw.replace(LIST_NUMBER, '');
  const marked = withoutFootnoteMark(listed)?.text ?? listed;
  const s = marked.replace(LIST_END, '') || marked;
  if (s !== raw && s.trim() !== '' && s.trim() !== raw.trim()) {
    notes.push(note('name-list-number', 'info', `名称“${raw.trim()}”中的序号或标记已去掉，按“${s.trim()}”处理。`,
      `The list number or mark in "${raw.trim()}" was removed.`));
    return s;
  }
  return raw;
}

/** The name without control characters, spaces, invisible characters and quotes, in NFKC (notes say what went). */
function compactName(raw: string, notes: ValueNote[]): string {
  let s = dropListMarks(raw, notes);
  if (s.search(CONTROL) >= 0) {
    notes.push(note('name-control-chars', 'warning', `名称“${s.replace(CONTROL, '')}”中含有控制字符（如NUL），已删除；请检查源表。`,
      'Control characters (such as NUL) removed from a name; please check the source.'));
  }
  s = s.replace(CONTROL, '').normalize('NFKC').trim();
  // NFKC turns （） into (); Chinese names are written (and shown) with the full-width ones.
  s = s.replace(OPEN_BEFORE_CJK, '（').replace(CLOSE_AFTER_CJK, '）');
  const compact = s.replace(INVISIBLE, '').replace(SPACE_NEAR_CJK, '').replace(/\s+/g, ' ').replace(QUOTES, '');
  if (compact !== s) {
    notes.push(note('name-whitespace', 'info', `名称“${s}”中的空格或不可见字符已删除，按“${compact}”处理。`,
      `Spaces or invisible characters removed from "${s}".`));
  }
  return compact;
}

/** Suffix patterns (`…$`), and one test for any of them. */
interface SuffixList { readonly each: readonly (readonly [RegExp, string, UnitLevel])[]; readonly any: RegExp }

/** One test for any of a list's suffixes (each list's patterns are `…$`). */
function anySuffix(suffixes: readonly (readonly [RegExp, string, UnitLevel])[]): RegExp {
  return new RegExp(`(?:${suffixes.map(([re]) => re.source.slice(0, -1)).join('|')})$`);
}
const UNIT_SUFFIX_LIST: SuffixList = { each: UNIT_SUFFIXES, any: anySuffix(UNIT_SUFFIXES) };
const STREET_SUFFIX_LIST: SuffixList = { each: STREET_SUFFIXES, any: anySuffix(STREET_SUFFIXES) };

function stripSuffix(text: string, suffixes: SuffixList, raw: string, notes: ValueNote[]): [string, UnitLevel] {
  if (!suffixes.any.test(text)) return [text, ''];
  for (const [re, replacement, level] of suffixes.each) {
    const m = re.exec(text);
    if (!m || m.index === 0) continue;
    const name = text.slice(0, m.index) + replacement;
    notes.push(note('name-suffix', 'info', `名称“${raw.trim()}”按“${name}”处理（去掉机构后缀）。`,
      `Name "${raw.trim()}" read as "${name}" (organisational suffix removed).`));
    return [name, level];
  }
  return [text, ''];
}
