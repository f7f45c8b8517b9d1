/**
 * The text a table's names are looked for in: a file name without its folder and extension, and
 * (for a community or street named beside a period) the text with its periods blanked out; and the
 * community such a text names (unitNameIn).
 */
import { CN_YEAR_DIGIT } from '../cells/period-words';
import { unitNameInText, unitNameStem } from '../vocabulary/place-words';
import { joinedUnitNames, sharedLevel } from '../cells/joined-names';

/** `C:\报表\东湖社区-2024年3月.xlsx` → `东湖社区-2024年3月`. */
export function fileBaseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
}

/**
 * Periods and dates (`2024年3月`, `2024.3`, `2024年度`, `二〇二四年三月`, `24年度`, `一季度`, `1-6月累计`,
 * `3月`, `3月底`): no part of a name.
 */
const YEAR_TEXT = `(?:(?:19|20)\\d{2}|(?<!\\d)\\d{2}(?=\\s*年)|${CN_YEAR_DIGIT}{4}(?=\\s*年))`;
const MONTH_TEXT = '月(?:份|底|末|初)?';
const PERIOD_TEXT = new RegExp(
  `${YEAR_TEXT}\\s*(?:年度?|[.\\-/])?\\s*(?:第?[一二三四1-4]季度|[上下]半年|\\d{1,2}\\s*[-~至到]\\s*\\d{1,2}\\s*月份?|(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*${MONTH_TEXT})?(?:累计)?|\\d{1,2}\\s*${MONTH_TEXT}`,
  'g');

/** A title, sheet or file name with its folder, extension and periods taken out (each period a space). */
export function nameText(text: string): string {
  return fileBaseName(text).replace(PERIOD_TEXT, ' ');
}

/** A title's or 填报单位 line's text with its periods taken out: no folder to take (its `/` may join two names). */
const withoutPeriods = (text: string): string => text.replace(PERIOD_TEXT, ' ');

/** A clerk's numbering before a name (`03新华里社区`, `3.新华里社区`): not part of it. */
const NUMBERING = /^(?:\d{1,3}[._、\-\s]+|0\d{1,2}(?=[\u3400-\u9fff]))/;
/** Words for all the communities (`各社区`, `全部村`, `辖区社区`, `各居委`, `所有小区`) or this one (`本社区`): they name none. */
const ALL_UNITS = /^(?:各|各个|全部|所有|全体|全|辖区|辖区内|下属|本街|本镇|本)(?:[（(]?(?:社区|村|小区)[)）]?)*(?:居民委员会|村民委员会|居委会?|村委会?)?$/;

/**
 * The community named in a title or a file name (period and words like 主要指标 removed), or ''; a 小区
 * (`阳光小区`) only when `compound` (a sheet named `老旧小区改造` is no community's).
 */
export function unitNameIn(text: string, compound = true): string {
  return cleanName(unitNameInText(nameText(text).replace(/\s+/g, ' '), compound));
}

/** A unit's name as unitNameInText finds it (`关于东湖街道03花园路社区`) without what is written before it, or ''. */
function cleanName(m: string): string {
  const name = m !== '' ? withoutStreet(m.replace(/^(?:关于|附件\d*[:：]?)/, '').trim().replace(NUMBERING, '')) : '';
  // `社区居委会` alone (`社区居委换届情况`) is the word, no community's name.
  return unitNameStem(name) === '' || ALL_UNITS.test(name) || ALL_UNITS.test(name.replace(/^.*?(?=各|全部|所有|辖区)/, '')) ? '' : name;
}

/**
 * The unit named right after `first` in `rest` (the text after it), when the two read as two units' names by the name
 * cells' one rule (joinedUnitNames: `、`, `/`, `，`, `和`, `及`, a space…): its name and where it ends in `rest`; else null.
 * `华江里社区第一居委会、第二居委会` names one community's two committees, two units (as the unit list has them).
 */
export function unitNamedAfter(first: string, rest: string, compound = true): { name: string; end: number } | null {
  const written = unitNameInText(rest, compound);
  const at = written === '' ? -1 : rest.indexOf(written);
  if (at < 0) return null;
  // (What unitNameInText finds begins at the 和 or 及 joining it: `和幸福里社区`; the rule's second name is the unit's.)
  const parts = joinedUnitNames(`${first}${rest.slice(0, at)}${written}`);
  const name = parts?.length === 2 && written.endsWith(parts[1]!) ? cleanName(parts[1]!) : '';
  return name !== '' ? { name, end: at + written.length } : null;
}

/**
 * The units a one-community form's title, 填报单位 line (`filer`) or file name (`file`) names: the first (unitNameIn), and the
 * second when one is joined to it (unitNamedAfter: `花园路社区、幸福里社区2024年3月工作统计表`, `花园路社区/幸福里社区`); none, one or two.
 * A 填报单位 line's value is names only, read whole as a name cell is, its level written once after the last
 * (`花园路、幸福里社区`: sharedLevel).
 */
export function unitNamesIn(text: string, kind: 'title' | 'filer' | 'file', compound = true): string[] {
  const base = (kind === 'file' ? nameText(text) : withoutPeriods(text)).replace(/\s+/g, ' ');
  const parts = kind === 'filer' ? joinedUnitNames(base.trim()) : null;
  const named = parts === null ? [] : sharedLevel(parts).map((p) => cleanName(unitNameInText(p, compound))).filter((n) => n !== '');
  if (named.length >= 2) return named.slice(0, 2);
  const written = unitNameInText(base, compound);
  const first = cleanName(written);
  if (first === '') return [];
  const at = base.indexOf(written);
  const second = unitNamedAfter(written, base.slice(at + written.length), compound);
  if (second !== null) return [first, second.name];
  // A bare name joined before it, the level written once (`花园路、幸福里社区2024年3月…`): the first of the two, read as one name cell.
  const head = base.slice(0, at).split(' ').pop() ?? '';
  const before = head === '' ? null : joinedUnitNames(head + written);
  const both = before?.length === 2 ? sharedLevel(before).map((p) => cleanName(unitNameInText(p, compound))) : [];
  return both.length === 2 && both[0] !== '' && both[1] === first ? [both[0]!, first] : [first];
}

/**
 * `劝业场街道光明社区` → `光明社区`: the street (or town) written before the community is its place,
 * not its name (file-street.ts reads it as the street); `新镇社区` keeps its 镇.
 */
function withoutStreet(name: string): string {
  const m = /^[\u3400-\u9fff]{2,12}?(?:街道办事处|街道|镇|乡)(.+)$/.exec(name);
  return m && unitNameInText(m[1]!) === m[1]! && unitNameStem(m[1]!).length >= 2 ? m[1]! : name;
}
