/**
 * The names of the units resolve-units.ts found: each unit is shown by the name its mentions write
 * most (a unit of an existing dataset keeps its own), lists every spelling as an alias, and says
 * where spellings other than the name were met (unit-alias); one spelling per street for new units
 * (street-spelling.ts), twins told apart by their remarks (remark-twins.ts), and streets a unit of
 * the existing dataset learns (street-learned.ts).
 */
import type { UnitInfo } from '../dataset/dataset';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { UnitMention } from '../records/observation-records';
import type { Place } from './unit-place';
import { preferredTie } from './normalise-unit-name';
import { unifyStreetSpellings } from './street-spelling';
import { streetsLearned } from './street-learned';
import { remarkTwins } from './remark-twins';

/** A unit as the mentions of an import build it: its place, its code, and the names they write. */
export interface UnitDraft extends Place {
  code: string;
  /** Fixed display name (from an existing dataset), else chosen by frequency. */
  fixedName: string | undefined;
  /** The names its mentions use, counted: one name (the common case) in firstName/firstCount, a Map from the second on. */
  firstName: string;
  firstCount: number;
  names: Map<string, number> | null;
  aliases: string[];
  /** Where each alias was first met (mention file and line; file -1: an existing dataset's). */
  aliasAt: { file: number; line: number }[];
  firstFile: number;
  firstLine: number;
}

/**
 * The units of `final` (the existing dataset's first, in order; `unitOf` maps each mention to one),
 * named from `mentions` (read as `places`), with the issues their spellings and streets raise.
 * Counts the names into `final` as it goes.
 */
export function nameUnits(
  final: readonly UnitDraft[], existing: readonly UnitInfo[], unitOf: Int32Array,
  mentions: readonly UnitMention[], places: readonly Place[], fileNames: readonly string[],
): { units: UnitInfo[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const d = final[unitOf[m]!]!;
    const x = mentions[m]!;
    const n = places[m]!.name;
    // A mention without a name (a code alone) names nothing: the unit is named by those that do.
    if (n === '' && (d.firstCount > 0 || d.names !== null)) continue;
    if (d.names !== null) d.names.set(n, (d.names.get(n) ?? 0) + 1);
    else if (d.firstCount === 0 || d.firstName === n || d.firstName === '') { d.firstName = n; d.firstCount++; }
    else d.names = new Map([[d.firstName, d.firstCount], [n, 1]]);
    if (x.rawName !== '' && !d.aliases.includes(x.rawName)) { d.aliases.push(x.rawName); d.aliasAt.push({ file: x.file, line: x.line }); }
  }
  issues.push(...unifyStreetSpellings(final, unitOf, mentions, places, fileNames), ...remarkTwins(final, fileNames));

  const units = final.map((d): UnitInfo => {
    let name = d.fixedName ?? '';
    if (!name && d.names === null) name = d.firstName;
    else if (!name) {
      let best = -1;
      for (const [n, c] of d.names!) if (c > best || (c === best && preferredTie(n, name, d.parentKey))) { name = n; best = c; }
    }
    const aliases = d.aliases.length === 1 && d.aliases[0] === name ? [name] : [name, ...d.aliases.filter((a) => a !== name)];
    return { code: d.code, name, parent: d.parent, district: d.district, aliases };
  });
  issues.push(...streetsLearned(units, existing, unitOf, mentions, places, fileNames));
  // Units some mention names without a level stated for it: their spellings are said as written.
  const unlevelled = new Set<number>();
  mentions.forEach((x, m) => { if (x.unitLevel === undefined) unlevelled.add(unitOf[m]!); });
  units.forEach((u, i) => {
    // aliases[0] is the name, the others differ from it.
    if (u.aliases.length === 1) return;
    const spelled = u.aliases.slice(1);
    if (final[i]!.firstFile < 0 && spelled.every((a) => existing[i]?.aliases.includes(a))) return;
    // Placed where a spelling other than the name was first met; the message says where each was.
    const d = final[i]!;
    // A name no mention wrote (祥福里社区 read from 祥福里⏎社区) has no place of its own.
    const at = (a: string): { file: number; line: number } | undefined => d.aliasAt[d.aliases.indexOf(a)];
    // Only a bare name read at the level its table states (东姜井 under 村名: 东姜井村): that note says it (unit-place.ts).
    if (at(u.name) === undefined && spelled.every((a) => u.name === `${a}村` || u.name === `${a}社区`) && !unlevelled.has(i)) return;
    const other = d.aliases.map((a, k) => ({ a, ...d.aliasAt[k]! })).find((x) => x.a !== u.name && x.file >= 0) ?? { file: d.firstFile, line: d.firstLine };
    const oneFile = u.aliases.every((a) => (at(a)?.file ?? other.file) === other.file);
    const whereZh = (a: string): string => {
      const w = at(a);
      return w === undefined ? '' : w.file < 0 ? '（已有数据）' : `（${oneFile ? '' : fileNames[w.file] ?? ''}第${w.line}行）`;
    };
    issues.push(makeIssue('info', 'unit-alias', { file: fileNames[other.file] ?? '', line: other.line },
      `${u.aliases.map((a) => `“${a}”${whereZh(a)}`).join('、')}视为同一单位：${u.name}${u.parent ? `（${u.parent}）` : ''}`,
      `"${u.aliases.join('", "')}" are treated as one unit: ${u.name}.`));
  });
  return { units, issues };
}
