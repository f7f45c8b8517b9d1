/**
 * Words around the names of places that are not part of them, shared by the stages that read names:
 * a clerk's list number before a name, and a street's level after it.
 */
import { STATE_REMARK } from './remark-words';

/**
 * A list number or marker typed into the name cell: `1.`, `1、`, `（1）`, `（一）`, `①`, `01 `, `一、`, `★`
 * before the name, `*` after it. A number that is part of the name (`2号院社区`) has no separator
 * after it and stays. Read before NFKC, which would turn `①` into a bare `1`.
 */
export const LIST_NUMBER = /^\s*(?:[\u2460-\u2473\u2776-\u277f]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|\d{1,3}(?:[.．、)）]|\s+)|[一二三四五六七八九十]{1,3}、|[★☆※*＊#]+)\s*(?=\S)/;
/** List punctuation a clerk left after a name (`花园路社区、`, `花园路社区；`, `花园路社区。`), as a list pasted into cells leaves it. */
export const LIST_END = /\s*[、，,；;。]+\s*$/;
/**
 * `name` without the list number a clerk typed before it (`1.走访户数`, `（一）走访户数`, `１．走访户数`),
 * for a metric's name: a number the name goes on with (`60 岁以上老人数`, `1.5万元以上项目数`) is kept.
 */
export function withoutListNumber(name: string): string {
  // A full-width number (`１．`) is read after NFKC; the name comes back as written when nothing is stripped.
  let read = name;
  const m = LIST_NUMBER.exec(read) ?? LIST_NUMBER.exec(read = name.normalize('NFKC'));
  if (m === null || /^\s*\d+\s+$/.test(m[0])) return name;
  const rest = read.slice(m[0].length);
  return /^\d/.test(rest) ? name : rest;
}

/**
 * A street's level at the end of its name; an ethnic township's people are part of its level
 * (`孙各庄满族乡`, shortened `孙各庄乡`; `大厂回族镇`).
 */
const STREET_LEVEL = /(?:(?:满|回|蒙古|朝鲜|藏|苗|彝|壮|土家|瑶|白|畲|锡伯|达斡尔|鄂伦春|鄂温克|哈萨克|侗|布依|傣|黎|羌)族(?:乡|镇)|街道|街|镇|乡|地区)$/;

/** A street name without its level, repeatedly (`中北镇街道`, a town become a street, → `中北`), keeping ≥ 2 characters. */
export function streetKeyOf(name: string): string {
  let key = name;
  for (let m = STREET_LEVEL.exec(key); m && m.index >= 2; m = STREET_LEVEL.exec(key)) key = key.slice(0, m.index);
  return key;
}

/**
 * Words a title or file name writes before the street it names, never part of its name: a letter's
 * 关于/报送/上报/呈报, 截至, and 年度 (月度, 季度) left over from a year (`2024年度咸水沽镇`).
 */
const LEAD_WORDS = /^(?:关于|报送|上报|呈报|填报|转报|截至|截止[到至]?|本?年度|全年|月度|季度)+/;
/**
 * A district (or city) before a street: written in full (`津南区`, `滨海新区`, `天津市`) or by a
 * Tianjin district's short name (`滨海塘沽街`, `津南咸水沽镇`).
 */
const TIANJIN_DISTRICTS = '和平|河东|河西|南开|河北|红桥|东丽|西青|津南|北辰|武清|宝坻|宁河|静海|蓟州|滨海';
const DISTRICT_BEFORE = new RegExp(`^(?:[\\u3400-\\u9fff]{1,6}?(?:新区|区|县|市)|${TIANJIN_DISTRICTS})`);
/** A district of 天津市 written in full (`和平区`, `天津市滨海新区`). */
const TIANJIN_DISTRICT = new RegExp(`^(?:天津市)?(?:${TIANJIN_DISTRICTS})(?:新区|区)`);

/**
 * A street's name as a title or file name writes it, without the words before it (LEAD_WORDS) and
 * the districts before it (`天津市津南区咸水沽镇` → `咸水沽镇`). A district is taken off only when the
 * street keeps two characters before its level: `河西镇`, `东丽湖街道`, `开发区街道` stay whole.
 */
export function streetWithoutLead(name: string): string {
  const rest = name.replace(LEAD_WORDS, '');
  return districtBeforeStreet(rest)?.street ?? rest;
}

/** Separators between the places of a path written in one cell (`西青区/中北镇/东姜井村`, `西青区-中北镇`). */
export const PATH_SEPARATOR = /^[\s\-－—/／·>＞|｜]+/;

/**
 * The districts (and city) written before a street's name, in full or by a Tianjin district's
 * short name (`天津市津南区咸水沽镇`, `津南咸水沽镇`, `西青区/中北镇`), and the street after them; null
 * when none is.
 * A district is taken off only when the street keeps two characters before its level.
 */
export function districtBeforeStreet(name: string): { district: string; street: string } | null {
  let rest = name;
  for (let m = DISTRICT_BEFORE.exec(rest); m; m = DISTRICT_BEFORE.exec(rest)) {
    const next = rest.slice(m[0].length).replace(PATH_SEPARATOR, '');
    const level = STREET_LEVEL.exec(next);
    if (!level || level.index < 2) break;
    rest = next;
  }
  return rest === name ? null : { district: name.slice(0, name.length - rest.length), street: rest };
}

/**
 * `name` without the districts (and city) written before it: before the street whose key is
 * `streetKey` (`和平区劝业场街滨西社区` → `劝业场街滨西社区`, `天津市和平区劝业场花园路社区` →
 * `劝业场花园路社区`), or a district of 天津市 in full before a name without its street
 * (`和平区花园路社区` → `花园路社区`); as it is when neither is written.
 */
export function withoutDistrictBefore(name: string, streetKey: string): string {
  // A district of 天津市 in full first: 宁河镇's 清泥村 written 宁河区清泥村 begins with its street's key too,
  // but a street's own name may begin with its district (东丽区经济技术开发区).
  const d = TIANJIN_DISTRICT.exec(name);
  if (name.startsWith(streetKey) && (d === null || streetKey.startsWith(d[0]))) return name;
  const after = d === null ? name : name.slice(d[0].length).replace(PATH_SEPARATOR, '');
  let rest = after;
  for (let m = DISTRICT_BEFORE.exec(rest); m !== null && !rest.startsWith(streetKey); m = DISTRICT_BEFORE.exec(rest)) rest = rest.slice(m[0].length).replace(PATH_SEPARATOR, '');
  return rest.startsWith(streetKey) ? rest : after;
}

/**
 * A street's name; not `莱茵小镇`, a community's short name (the unit list has four such), nor the
 * streets together (`各乡镇`, `所有街道`).
 */
const STREET_ROW = /^(?!.*小镇$)(?!(?:各|全|所有|其他|其它)(?:乡镇|街镇|镇街|街道|镇|乡)$).{2,}(?:街道|街道办事处|镇|乡)$/;
/** A colon after a street's name (`咸水沽镇：`). */
const COLON = /\s*[:：]\s*$/;
/**
 * A remark in brackets after a street's level (`中北镇（原西青中北镇）`, `中北镇（原（西青）中北镇）`,
 * `新城街道（筹）`, a district `中北镇（西青区）`), brackets inside it or not: no part of the street's name,
 * which would otherwise be another street than 中北镇.
 */
export const STREET_REMARK = /(?<=..(?:街道|街|镇|乡|地区))\s*[（(](?:[^（）()]|[（(][^（）()]*[）)])+[）)]$/;
/** `name` without a remark after its level (STREET_REMARK); most names end in no bracket, and no pattern is run. */
const withoutStreetRemark = (name: string): string => (name.endsWith('）') || name.endsWith(')') ? name.replace(STREET_REMARK, '') : name);
/** Spaces between a name's characters (STREET_ROW reads the name without them). */
const INNER_SPACES = /\s+/g;
/**
 * A street row's name without a list number before it (`（一）咸水沽镇`, `二、双港镇`), a colon after it or spaces
 * lining it up with longer names (`王 庄 镇`); a remark after it is kept (`新城街道（筹）`: the street's name is read
 * without it, and that said, when its units are merged).
 */
export const streetRowName = (name: string): string => name.replace(LIST_NUMBER, '').replace(COLON, '').replace(INNER_SPACES, '');
/** A street's key, to tell two streets apart (`咸水沽镇`, `咸水沽街道`, `咸水沽镇（筹）` → `咸水沽`). */
export const streetRowKey = (name: string): string => streetKeyOf(withoutStreetRemark(name).replace(/办事处$/, ''));

/**
 * `name` is a street row's (records/street-rows.ts StreetRows.kind): a street's name, with a list number, colon or remark or not;
 * `subtotal`: the name a 小计 gives, where `X街` is a street too; under `fileStreet`, only that street or another 街道.
 */
export function namesStreet(name: string, subtotal: boolean, fileStreet: string | undefined): boolean {
  const bare = withoutStreetRemark(streetRowName(name));
  // (No village is named X街道: under the file's street another 街道 is another street, not a village's short name.)
  return (STREET_ROW.test(bare) || (subtotal && bare.endsWith('街') && STREET_ROW.test(`${bare}道`)))
    && (fileStreet === undefined || streetRowKey(bare) === streetRowKey(fileStreet) || /街道(?:办事处)?$/.test(bare));
}

/** A unit's level at the end of its name: 社区, 村, and 小区, a residential compound some tables list as their units. */
const UNIT_LEVELS = ['社区', '村', '小区'];
/** A unit's committee, after its level or alone, saying which: 居民委员会, 村民委员会, 居委会, 村委会 (short 居委, 村委). */
const LEVEL_COMMITTEES = '居民委员会|村民委员会|居委会?|村委会?';
/** …or only 委员会 (`第一街委员会`, a village of the official list). */
const COMMITTEES = `${LEVEL_COMMITTEES}|委员会`;

/**
 * How a community's or village's name ends: its level (UNIT_LEVELS) or its committee's (COMMITTEES).
 * The one list for every stage asking whether a name is a unit's rather than a
 * street's, a district's, an average's or a comparison's (row labels, street rows, swapped place
 * columns, joined names, a title's list of units, the unit a one-community form's title names).
 */
const UNIT_NAME_END = new RegExp(`(?:${UNIT_LEVELS.join('|')}|${COMMITTEES})$`);
/** UNIT_NAME_END without 小区. */
const UNIT_NAME_END_NO_COMPOUND = new RegExp(`(?:${UNIT_LEVELS.filter((w) => w !== '小区').join('|')}|${COMMITTEES})$`);

/**
 * `name` ends as a unit's name does (华苑社区, 增光村, 祥福里居委会, 东姜井村委会, 阳光小区): UNIT_NAME_END.
 * `compound` false leaves 小区 out, deliberately, where a 小区 is an area units lie in rather than a
 * unit: the middle part of a path after a district (`东丽区/万达小区/万达社区`, joined-names.ts).
 */
export function endsLikeUnit(name: string, compound = true): boolean {
  return (compound ? UNIT_NAME_END : UNIT_NAME_END_NO_COMPOUND).test(name);
}

/**
 * After a 村, the name going on to another ending (`王村庄社区`, `蒙村店村`, `唐家口新村六段社区`, `双口村第一村`,
 * `京津中关村科技城虚拟社区`): up to eight characters of a name, none of the words a title writes after one (各, 全,
 * 年, 月, 关于, 统计, 情况, 工作, 报表) — so the 村 is inside the name, not its end.
 */
const NAME_GOES_ON = '(?!(?:(?![各全本所有的和与及等年月日季度关于统计报表情况工作])[\\u3400-\\u9fff]){1,8}?(?:社区|村))';

/** The number of one of a unit's committees, between its level and the committee (`社区第一居委会`, `社区1居委会`, `社区一居委会`). */
const NUMBERED = '(?:第?[一二三四五六七八九十\\d\\uff10-\\uff19]{1,3})';
/** A committee's word after its number (`第二居委会`, `二村民委员会`). */
const COMMITTEE_AFTER_NUMBER = `${NUMBERED}(?:${LEVEL_COMMITTEES})`;
/**
 * A numbered committee's short name (the unit list's `华江里社区第一`: 社区第一居委会 without its 居委会), glued to the
 * period after it (`华江里社区第一2024年3月`), a file name's separator or bracket (`华江里社区第二-2024年3月.csv`,
 * `华江里社区第二（2024年3月）`) or at the text's end: its number in Chinese words, then digits, a space, a separator or
 * nothing — never a word or a list's 、 (`花园路社区第一季度`, `花园路社区第一网格`, `花园路社区第一、第二网格`), but the
 * other committee after it (`华江里社区第一、第二居委会`: its two committees, the 居委会 written once).
 */
const NUMBERED_SHORT = `(?:第[一二三四五六七八九十]{1,3}(?=[\\s\\d\\uff10-\\uff19_.．\\-－—–（(【\\[]|$|[、，,/／]${COMMITTEE_AFTER_NUMBER}))`;

/**
 * A unit's ending as a title writes it (UNIT_NAME_END's words): a committee alone (`西姜井村民委员会`,
 * `东姜井村委会`), or levels with a committee after them or not (`花园路社区居委会`, `王家村社区`, `阳光小区`), then a
 * state remark (`新城社区（筹）`). `compound` false leaves 小区 out, as endsLikeUnit does. A bare 委员会 only
 * after a level: in free text it is as often an owners' (`业主委员会`) or a property's (`物业管理委员会`).
 */
const ending = (compound: boolean): string => {
  const levels = UNIT_LEVELS.filter((w) => compound || w !== '小区');
  // A committee after the levels first (`边村村委会`: 边村's committee, not a village 边村村), numbered or not (`华江里社区第一居委会`,
  // one of a community's two committees, units of their own; its short name `华江里社区第一` before the period); a 村 last only where the name ends there.
  return `(?:${LEVEL_COMMITTEES}|(?:${levels.join('|')})+${NUMBERED}?(?:${COMMITTEES})|(?:${levels.join('|')})+${NUMBERED_SHORT}|(?:${levels.join('|')})*(?:${levels.filter((w) => w !== '村').join('|')}|村${NAME_GOES_ON}))(?:${STATE_REMARK})?`;
};
/** The first unit's name in a text: the fewest characters of a name before an ending, and it. */
const inText = (compound: boolean): RegExp => new RegExp(`[\\u3400-\\u9fff0-9A-Za-z·（）()]{1,20}?${ending(compound)}`);
const UNIT_IN_TEXT = inText(false);
const UNIT_OR_COMPOUND_IN_TEXT = inText(true);
const ENDING_AT_END = new RegExp(`${ending(true)}$`);

/**
 * The first unit's name a title or file name writes (`花园路社区居委会2024年3月工作统计` → `花园路社区居委会`,
 * `中北镇东姜井村2024年3月` → `中北镇东姜井村`), with what is written before it; '' when none. A 村 inside a name
 * is not its end when a level or committee follows (`王家村社区`); a 小区 is the unit only when no other
 * ending follows (`阳光小区2024年3月`, but `万达小区万达社区`), and not at all when `compound` is false.
 */
export function unitNameInText(text: string, compound = true): string {
  return (UNIT_IN_TEXT.exec(text) ?? (compound ? UNIT_OR_COMPOUND_IN_TEXT.exec(text) : null))?.[0] ?? '';
}

/** `name`, a whole unit's name (unitNameInText), without its ending: `东姜井村委会` → `东姜井`. */
export function unitNameStem(name: string): string {
  return name.replace(ENDING_AT_END, '');
}
