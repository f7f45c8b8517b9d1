/**
 * Communities of an existing dataset imported without a street (forms that name none) which this
 * import's files place in one (a street's table, matched by name as in one import): they take the
 * street, as they would have had all the files come at once, and an info note per street names
 * them. Left without a street when that would make it a second unit of the same district, street
 * and name (the dataset builder knows uncoded units by them).
 */
import type { UnitInfo } from '../dataset/dataset';
import type { UnitMention } from '../records/observation-records';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { Place } from './unit-place';

/** Names a message lists; the rest are counted. */
const LISTED = 10;

/**
 * Returns the info notes for the existing units (the first `existing.length` of the resolved
 * `units`) that took a street; puts back the dataset's empty street of any that cannot take it.
 * `unitOf` maps each mention to its unit.
 */
export function streetsLearned(
  units: UnitInfo[], existing: readonly UnitInfo[],
  unitOf: Int32Array, mentions: readonly UnitMention[], places: readonly Place[], fileNames: readonly string[],
): ImportIssue[] {
  const learned: number[] = [];
  for (let k = 0; k < existing.length; k++) if (existing[k]!.parent === '' && units[k]!.parent !== '') learned.push(k);
  if (learned.length === 0) return [];
  const key = (u: { district: string; parent: string; name: string }): string => `${u.district}|${u.parent}|${u.name}`;
  const learning = new Set(learned);
  const taken = new Set(units.filter((u, k) => u.code === '' && !learning.has(k)).map(key));
  // The first mention that placed each unit: where its note stands.
  const first = new Map<number, number>();
  for (let m = 0; m < mentions.length; m++) {
    const k = unitOf[m]!;
    if (k < existing.length && places[m]!.parentKey !== '' && !first.has(k)) first.set(k, m);
  }
  const byStreet = new Map<string, number[]>();
  for (const k of learned) {
    const u = units[k]!;
    if (u.code === '' && taken.has(key(u))) { units[k] = { ...u, parent: '' }; continue; }
    taken.add(key(u));
    const list = byStreet.get(u.parent);
    if (list) list.push(k); else byStreet.set(u.parent, [k]);
  }
  const issues: ImportIssue[] = [];
  for (const [street, ks] of byStreet) {
    const m = Math.min(...ks.map((k) => first.get(k) ?? Infinity));
    const x = Number.isFinite(m) ? mentions[m] : undefined;
    const file = x ? fileNames[x.file] ?? '' : fileNames[0] ?? '';
    const names = ks.slice(0, LISTED).map((k) => existing[k]!.name).join('、') + (ks.length > LISTED ? `等${ks.length}个社区` : '');
    issues.push(makeIssue('info', 'unit-street-learned', { file, ...(x ? { line: x.line } : {}) },
      `已有数据中的${names}没有街道，本次导入的${file}${x ? `第${x.line}行起` : ''}写明属于${street}，已补上街道（与一次导入这些文件相同）；如不是同一个社区，请核对街道列`,
      `${ks.length} unit(s) of the dataset without a street (${names}) are placed in ${street} by ${file}, as in one import.`));
  }
  return issues;
}
