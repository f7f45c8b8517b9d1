/**
 * One spelling per street. Units are matched by the street's key (`咸水沽镇` = `咸水沽`), but each
 * keeps the spelling of its first mention, and the app groups streets by their text: a street written
 * two ways across files would show as two streets. Every new unit of one street (district + street
 * key) is shown with one spelling, the fullest official-looking one (`咸水沽镇` over `咸水沽`,
 * `劝业场街道` over `劝业场街` over `劝业场`), then the most written; a unit of an existing dataset keeps
 * its own, and the new units of its street take it (as does a unit of it that had no street, see
 * street-learned.ts). An info note names the spellings taken as one.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { UnitMention } from '../records/observation-records';
import type { Place } from './unit-place';

/** A resolved unit's place, as resolve-units holds it; `firstFile` < 0 for a unit of an existing dataset. */
export interface StreetHolder {
  parent: string;
  readonly parentKey: string;
  readonly district: string;
  readonly districtKey: string;
  readonly firstFile: number;
}

/** How official a street spelling looks: an ethnic township's full name (孙各庄满族乡) 3, with its level word (街道, 镇, 乡, 地区) 2, with 街 1, bare 0. */
function officialRank(s: string): number {
  return /族(?:乡|镇)$/.test(s) ? 3 : /(?:街道|镇|乡|地区)$/.test(s) ? 2 : s.endsWith('街') ? 1 : 0;
}

interface Spelling { count: number; file: number; line: number; order: number }

/** The spelling to show of several: the most official-looking, then the most written, then the longer, then by text (whatever the order of files). */
function better(a: string, sa: Spelling, b: string, sb: Spelling): boolean {
  const ra = officialRank(a);
  const rb = officialRank(b);
  if (ra !== rb) return ra > rb;
  if (sa.count !== sb.count) return sa.count > sb.count;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

/**
 * Sets the `parent` of every new unit in `units` to its street's one spelling; returns the info
 * notes. `unitOf` maps each mention (read as `places`) to its unit.
 */
export function unifyStreetSpellings(
  units: readonly StreetHolder[], unitOf: Int32Array, mentions: readonly UnitMention[], places: readonly Place[], fileNames: readonly string[],
): ImportIssue[] {
  // A unit without a district is of the one district its street key is known in, if only one.
  const districts = new Map<string, Set<string>>();
  for (const u of units) {
    if (u.parentKey === '' || u.districtKey === '') continue;
    let s = districts.get(u.parentKey);
    if (!s) districts.set(u.parentKey, (s = new Set()));
    s.add(u.districtKey);
  }
  const groupOf = (u: StreetHolder): string => {
    if (u.districtKey !== '') return `${u.districtKey}|${u.parentKey}`;
    const ds = districts.get(u.parentKey);
    return `${ds?.size === 1 ? [...ds][0]! : ''}|${u.parentKey}`;
  };
  /** Each street's spellings: an existing dataset's, those written, and those written with a remark (never shown). */
  type Group = { fixed: Map<string, Spelling>; written: Map<string, Spelling>; remarked: Map<string, Spelling>; district: string };
  const groups = new Map<string, Group>();
  const group = (u: StreetHolder): Group => {
    const k = groupOf(u);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { fixed: new Map(), written: new Map(), remarked: new Map(), district: u.district }));
    if (g.district === '') g.district = u.district;
    return g;
  };
  let order = 0;
  const count = (into: Map<string, Spelling>, s: string, file: number, line: number): void => {
    const seen = into.get(s);
    if (seen) seen.count++;
    else into.set(s, { count: 1, file, line, order: order++ });
  };
  for (const u of units) if (u.parentKey !== '' && u.firstFile < 0 && u.parent !== '') count(group(u).fixed, u.parent, -1, 0);
  for (let m = 0; m < mentions.length; m++) {
    const u = units[unitOf[m]!]!;
    const p = places[m]!;
    // A coded unit met under another street is reported as such (code-place-mismatch), not respelled.
    if (u.parentKey === '' || p.parentKey !== u.parentKey || p.parent === '') continue;
    count(group(u).written, p.parent, mentions[m]!.file, mentions[m]!.line);
    // `新城街道(筹)`: its remark is no part of the name shown, but was written: said as a spelling.
    if (p.parentRemark !== undefined && p.parentRemark !== '') count(group(u).remarked, p.parent + p.parentRemark, mentions[m]!.file, mentions[m]!.line);
  }

  const shown = new Map<string, string>();
  const issues: ImportIssue[] = [];
  for (const [k, g] of groups) {
    const from = g.fixed.size > 0 ? g.fixed : g.written;
    let best = '';
    for (const [s, c] of from) if (best === '' || better(s, c, best, from.get(best)!)) best = s;
    shown.set(k, best);
    const all = new Map([...g.fixed, ...g.written, ...g.remarked].sort((a, b) => a[1].order - b[1].order));
    if (all.size < 2) continue;
    // Where each other spelling was first written, so the clerk can find it.
    const seen = [...g.written, ...g.remarked].filter(([s]) => s !== best).sort((a, b) => a[1].order - b[1].order);
    const other = seen[0];
    if (other === undefined) continue;
    const spellings = [best, ...[...all.keys()].filter((s) => s !== best)];
    const where = g.district !== '' ? `（${g.district}）` : '';
    const zhSeen = seen.map(([s, c]) => `“${s}”首见于${fileNames[c.file] ?? ''}第${c.line}行`).join('，');
    const enSeen = seen.map(([s, c]) => `"${s}" first in ${fileNames[c.file] ?? ''} line ${c.line}`).join(', ');
    issues.push(makeIssue('info', 'street-alias', { file: fileNames[other[1].file] ?? '', line: other[1].line },
      `街道名称“${spellings.join('”、“')}”视为同一街道：${best}${where}；${zhSeen}`,
      `Street names "${spellings.join('", "')}" are treated as one street: ${best}${g.district !== '' ? ` (${g.district})` : ''}; ${enSeen}.`));
  }
  // A unit of the existing dataset without a street that this import places in one takes it too.
  for (const u of units) if (u.parentKey !== '' && (u.firstFile >= 0 || u.parent === '')) u.parent = shown.get(groupOf(u)) || u.parent;
  return issues;
}
