/**
 * A name cell holding two units' names (`花园路社区、滨西社区`, `花园路/滨西`, `花园路社区和滨西社区`,
 * `花园路社区 滨西社区`, `花园路社区，滨西社区等`):
 * a clerk's one row for two communities, whose value cannot be split between them. Read as one unit
 * named as written, it would stand in every comparison as a community that does not exist, its
 * value the two's together (or one's), so the reader warns about it (read-table.ts).
 * The one rule for "this text names two units": a one-community form's title, 填报单位 line and file
 * name are read by it too (table/name-text.ts unitNamesIn).
 */
import { makeIssue, type IssueAt } from '../report/make-issue';
import type { ImportIssue } from '../report/import-report';
import { endsLikeUnit, namesStreet, unitNameStem } from '../vocabulary/place-words';

/** A part that is only a unit's level (`东姜井村/社区`: one name, its level written twice). */
const LEVEL_ONLY = /^(?:社区|村|居委会|居委|村委会|村委|委会|委员会|居民委员会|村民委员会|小区)$/;
/**
 * A unit's level before 和/及/与 or a space: `花园路社区和滨西社区`, `花园路社区 和 滨西社区`, `花园路社区 及滨西社区` (not 和平里社区,
 * 和苑社区; `花园路社区 和平路社区`: a 和 after a space, none after it, begins the name).
 */
const LEVEL_AND = /(?<=社区|村|居委会)(?:\s*[及与]\s*|\s*和\s+|\s+|和)(?=[\u3400-\u9fff])/;
/** A district's (or city's) name; not a 社区, 小区 or 生活区 (a farm's, a unit of the list). */
const DISTRICT = /^[\u3400-\u9fff]{1,6}(?:新区|(?<!社|小|生活)区|县|市)$/;
/** Text in brackets (`花园路社区（原A/B区）`): a remark, not a second name. */
const BRACKETED = /[（(][^）)]*[）)]/g;
/** What lists one name after another: `、`, `/`, `／`, a comma or semicolon (`花园路社区，滨西社区`). */
const LIST_SEPARATOR = /[、/／，,；;]/;
/** `等` after the last of the names listed (`花园路社区、滨西社区等`): no part of its name. */
const AND_SO_ON = /\s*等$/;

/**
 * The names `name` joins, when it joins two or more units' names (each of two characters at least,
 * Chinese, not a bare level), else null. A cheap character test first: most names hold no separator.
 */
export function joinedUnitNames(name: string): string[] | null {
  if (name.length < 4) return null;
  let found = false;
  for (let k = 0; k < name.length && !found; k++) {
    const c = name.charCodeAt(k);
    // 、 / ／ ， , ； ; 和 及 与, a space after a unit's level (`花园路社区 滨西社区`)
    found = c === 0x3001 || c === 0x2f || c === 0xff0f || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b
      || c === 0x548c || c === 0x53ca || c === 0x4e0e || c === 0x20 || c === 0x3000;
  }
  if (!found) return null;
  const bare = name.replace(BRACKETED, '').trim().replace(AND_SO_ON, '');
  const parts = bare.split(LIST_SEPARATOR).flatMap((p) => p.split(LEVEL_AND)).map((p) => p.trim());
  if (parts.length < 2) return null;
  for (const p of parts) if (p.length < 2 || LEVEL_ONLY.test(p) || !/^[\u3400-\u9fff]/.test(p)) return null;
  // A path (`西青区/中北镇/东姜井村`, as a system exports it): the unit's district and street, then the unit;
  // after a district, the street may be an area named as no street is (`东丽区/航空新城/航空新城虚拟社区`),
  // a 小区 too (`东丽区/万达小区/万达社区`: endsLikeUnit without 小区).
  const place = (p: string): boolean => DISTRICT.test(p) || namesStreet(p, false, undefined);
  const between = parts.slice(0, -1);
  const path = between.every(place) || (DISTRICT.test(parts[0]!) && parts.length === 3 && !endsLikeUnit(parts[1]!, false));
  if (path && !place(parts[parts.length - 1]!)) return null;
  return parts;
}

/**
 * The parts of joined names (joinedUnitNames) whose level is written once, after the last (`花园路、滨西社区`, `东姜井、西姜井村`,
 * `华江里社区第一、第二居委会`): each part before it that ends as no unit, street or district does given the last's level.
 */
export function sharedLevel(parts: readonly string[]): string[] {
  const last = parts[parts.length - 1] ?? '';
  const level = last.slice(unitNameStem(last).length);
  if (level === '' || level === last) return [...parts];
  const bare = (p: string): boolean => !endsLikeUnit(p) && !DISTRICT.test(p) && !namesStreet(p, false, undefined);
  return parts.map((p, k) => (k < parts.length - 1 && bare(p) ? p + level : p));
}

/** The warning at the cell `at` of `name`, which joins `parts`: read as one unit so named. */
export function joinedNameIssue(name: string, parts: readonly string[], at: IssueAt & { line: number; column: number }): ImportIssue {
  return makeIssue('warning', 'name-joined', at,
    `第${at.line}行第${at.column}列的名称“${name}”像是两个社区（${parts.join('、')}）合写在一格：已按一个单位“${name}”导入，它的数值分不到各社区；请为每个社区各填一行后重新导入`,
    `Line ${at.line}: "${name}" looks like two units (${parts.join(', ')}) in one cell: imported as one unit so named, its value not split between them.`);
}
