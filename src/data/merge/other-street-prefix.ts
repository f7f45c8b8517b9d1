/**
 * A unit written with another street's name in front (`中北镇东姜井村` in 杨柳青镇's file, or beside a
 * 街道 cell of 杨柳青镇): read under the file's or the cell's street, a village of 中北镇 filed under
 * 杨柳青镇, and nothing else tells. Its own street's name in front (`葛沽镇冶金工业园社区` of 葛沽镇, or
 * after its district, `西青区中北镇侯台社区` of 中北镇) is unit-place.ts's and joinStreetPrefixed's; here
 * only a street's name other than the unit's own street is warned about.
 * Each value stays where it was read.
 */
import type { UnitMention } from '../records/observation-records';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { namesStreet, streetRowKey, streetWithoutLead, withoutDistrictBefore } from '../vocabulary/place-words';

/** A street's full name (`中北镇`, `西营门街道`), then a unit's (two characters and a level at least). */
const PREFIXED = /^(.{2,}?(?:街道|镇|乡))(.{2,}(?:社区|村|居委会|村委会))$/;

/** One warning per mention (a unit's name in one file) whose name begins with a street other than its own. */
export function otherStreetPrefix(mentions: readonly UnitMention[], fileNames: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  // Each street's key, once per street (a file's mentions are mostly of a few streets).
  const keys = new Map<string, string>();
  for (const x of mentions) {
    const parent = x.parent.trim();
    if (parent === '') continue;
    let parentKey = keys.get(parent);
    if (parentKey === undefined) keys.set(parent, (parentKey = streetRowKey(parent)));
    // A district of 天津市 in front of a unit whose own name holds 镇 (武清区牛镇新苑社区 of 高村镇) names no street.
    // Spaces typed inside a name (`葛 沽镇冶金工业园社区`) split no street's name.
    const m = PREFIXED.exec(withoutDistrictBefore(x.rawName.replace(/\s+/g, ''), parentKey));
    // A district in front of the street (西青区中北镇侯台社区) says where the street is, not another street.
    if (m === null || !namesStreet(m[1]!, false, undefined) || streetRowKey(streetWithoutLead(m[1]!)) === parentKey) continue;
    const street = m[1]!;
    issues.push(makeIssue('warning', 'unit-other-street-prefix', { file: fileNames[x.file] ?? '', line: x.line },
      `第${x.line}行“${x.rawName}”的名称以另一个街道（镇）“${street}”开头，而本表的街道是“${parent}”：已按${parent}的单位导入。如它是${street}的，请把它移到${street}的表中（或改正街道）后重新导入；如名称本就如此，可不处理`,
      `Line ${x.line}: "${x.rawName}" begins with another street's name, ${street}, but the table's street is ${parent}: imported as ${parent}'s.`));
  }
  return issues;
}
