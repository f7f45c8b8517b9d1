/**
 * Unit identity across all files of an import (and an existing dataset). A 12-digit code wins;
 * else (district, street, name key, level): `祥福里社区居委会`, `祥福里社区` and `祥福里` are one
 * unit and each spelling is listed as an alias, while `东姜井社区` and `东姜井村` are two. District
 * and street are matched by key (`天津市河西区` = `河西`, `河西区友谊路街道` = `友谊路`), and every new
 * unit of one street is shown with one spelling of it (street-spelling.ts).
 *
 * A name that fits several known units is flagged `ambiguous-unit` and kept apart, never merged by
 * guess: a bare `东姜井` beside 东姜井社区 and 东姜井村; a name under two streets, met in a file
 * without a street column; a street of the same name in two districts, met without a district.
 * Mentions that state more (a level, a district) are placed first, so the outcome does not depend
 * on the order of files or rows. One code written with two different names is a
 * `code-name-mismatch` warning naming both; under two streets or districts, `code-place-mismatch`.
 */
import type { UnitInfo } from '../dataset/dataset';
import type { ImportIssue } from '../report/import-report';
import type { UnitMention } from '../records/observation-records';
import { ambiguity, codeLearned, codeNameMismatch, codePlaceMismatch, codeTwoForName, streetTwinAmbiguity, twinAmbiguity, unknownAmbiguity } from './unit-ambiguity';
import { placeReader, withTableLevels, type Place } from './unit-place';
import { joinStreetPrefixed } from './street-prefixed';
import { realStreetTwins, realTwins, type RealTwins, type StreetTwins } from './real-twins';
import { nameUnits, type UnitDraft } from './unit-names';

export interface ResolvedUnits {
  /** For each mention, the index into `units`. */
  readonly unitOf: Int32Array;
  readonly units: UnitInfo[];
  readonly issues: ImportIssue[];
}


/** A unit; several it could be (`twins`, `streets`: units of the real unit list it could be); or none yet. */
type Pick = { unit: number } | { ambiguous: number[]; twins?: RealTwins; streets?: StreetTwins } | null;

/**
 * Resolves every mention to a unit. `existing` units come first in `units`, in order, so their
 * indexes are unchanged. `fileNames` are indexed by mention.file.
 */
export function resolveUnits(mentions: readonly UnitMention[], fileNames: readonly string[], existing: readonly UnitInfo[] = []): ResolvedUnits {
  const issues: ImportIssue[] = [];
  const drafts: UnitDraft[] = [];
  const byCode = new Map<string, number>();
  /** Name key → units whose street is known (or that have a code). */
  const located = new Map<string, number[]>();
  /** Name key → units without a street. */
  const loose = new Map<string, number[]>();
  /** Units of ambiguous mentions, one per (district, street, key, level): they attract no other mention. */
  const apart = new Map<string, number>();
  const place = placeReader();

  const add = (p: Place, code: string, file: number, line: number, index: Map<string, number[]> | null, fixedName?: string): number => {
    const i = drafts.length;
    // One literal with every field: spreads here made V8 keep drafts as slow dictionary objects.
    drafts.push({
      name: p.name, key: p.key, level: p.level, district: p.district, districtKey: p.districtKey, parent: p.parent, parentKey: p.parentKey,
      code, fixedName, firstName: '', firstCount: 0, names: null, aliases: [], aliasAt: [], firstFile: file, firstLine: line,
    });
    if (index) {
      let list = index.get(p.key);
      if (!list) index.set(p.key, (list = []));
      list.push(i);
    }
    return i;
  };
  /**
   * A unit learns what a mention states and it did not know: its level, street and district. A
   * unit of the existing dataset learns them for matching but keeps the ones it shows (the dataset
   * builder knows units by them).
   */
  const learn = (i: number, p: Place): number => {
    const d = drafts[i]!;
    if (d.level === '' && p.level !== '') d.level = p.level;
    // Only a coded unit is met both without and with a street (uncoded ones are matched by street).
    if (d.parentKey === '' && p.parentKey !== '') {
      d.parentKey = p.parentKey;
      if (d.firstFile >= 0) d.parent = p.parent;
    }
    if (p.districtKey === '' || (d.districtKey !== '' && d.districtKey !== p.districtKey)) return i;
    if (d.firstFile >= 0 && (d.districtKey === '' || p.district.length > d.district.length)) d.district = p.district;
    d.districtKey = p.districtKey;
    return i;
  };
  const districtOk = (i: number, p: Place): boolean => p.districtKey === '' || drafts[i]!.districtKey === '' || drafts[i]!.districtKey === p.districtKey;

  for (const u of existing) {
    const p = place(u.name, u.district, u.parent);
    const i = add({ ...p, district: u.district, parent: u.parent }, u.code, -1, 0, u.code !== '' || u.parent !== '' ? located : loose, u.name);
    if (u.code !== '') byCode.set(u.code, i);
    for (const a of u.aliases) if (!drafts[i]!.aliases.includes(a)) { drafts[i]!.aliases.push(a); drafts[i]!.aliasAt.push({ file: -1, line: 0 }); }
  }

  // Only a unit of the existing dataset without a code can take a coded mention's code (uncodedBefore).
  const anyUncoded = existing.some((u) => u.code === '');
  /** The one uncoded unit of the existing dataset that a coded mention names (its name key, a level and street it does not contradict, its district): -1 when none or several. */
  const uncodedBefore = (p: Place): number => {
    let found = -1;
    for (const j of anyUncoded ? [...(located.get(p.key) ?? []), ...(loose.get(p.key) ?? [])] : []) {
      const d = drafts[j]!;
      if (d.firstFile >= 0 || d.code !== '' || (d.level !== '' && p.level !== '' && d.level !== p.level)) continue;
      if ((d.parentKey !== '' && d.parentKey !== p.parentKey) || !districtOk(j, p)) continue;
      if (found >= 0) return -1;
      found = j;
    }
    return found;
  };

  const unitOf = new Int32Array(mentions.length).fill(-1);
  const read = withTableLevels(mentions, mentions.map((x) => place(x.rawName, x.district, x.parent)), fileNames);
  const places = read.places;
  issues.push(...read.notes);

  // Pass 1: a code identifies the unit by itself; a second name on the same code is reported.
  const mismatched = new Set<string>();
  for (let m = 0; m < mentions.length; m++) {
    const x = mentions[m]!;
    if (x.code === '') continue;
    const p = places[m]!;
    const known = byCode.get(x.code);
    const before = known === undefined ? uncodedBefore(p) : -1;
    if (before >= 0) {
      // As an uncoded mention of this import would join the coded unit, the dataset's takes the code.
      drafts[before]!.code = x.code;
      byCode.set(x.code, before);
      index(located, p.key, before);
      issues.push(codeLearned(x, drafts[before]!, fileNames));
      unitOf[m] = learn(before, p);
      continue;
    }
    if (known === undefined) {
      // The same name in the same street under another code: two units by their codes, but said.
      // Rows with a code and no name (a table of codes) name nothing twice.
      const twin = p.key === '' ? undefined : (located.get(p.key) ?? []).find((j) => {
        const e = drafts[j]!;
        return e.code !== '' && e.parentKey === p.parentKey && e.districtKey === p.districtKey && e.level === p.level;
      });
      if (twin !== undefined && !mismatched.has(`#${twin}`)) {
        mismatched.add(`#${twin}`);
        issues.push(codeTwoForName(x, drafts[twin]!, fileNames));
      }
      const i = add(p, x.code, x.file, x.line, located);
      byCode.set(x.code, i);
      unitOf[m] = i;
      continue;
    }
    const d = drafts[known]!;
    // A code met first without a name (a table of codes) learns the name a later mention writes: one name, not two.
    if (d.key === '' && p.key !== '') {
      d.name = p.name; d.key = p.key; d.level ||= p.level;
      index(located, p.key, known);
    }
    if (p.key !== '' && (d.key !== p.key || (d.level !== '' && p.level !== '' && d.level !== p.level)) && !mismatched.has(`${x.code}|${p.name}`)) {
      mismatched.add(`${x.code}|${p.name}`);
      issues.push(codeNameMismatch(x, d, fileNames));
      // The code carries both names: an uncoded mention of either finds it, whichever came first.
      index(located, p.key, known);
    }
    const placeDiffers = (d.parentKey !== '' && p.parentKey !== '' && d.parentKey !== p.parentKey) || (d.districtKey !== '' && p.districtKey !== '' && d.districtKey !== p.districtKey);
    if (placeDiffers && !mismatched.has(`${x.code}|@${p.districtKey}|${p.parentKey}`)) {
      mismatched.add(`${x.code}|@${p.districtKey}|${p.parentKey}`);
      issues.push(codePlaceMismatch(x, d, p, fileNames));
    }
    unitOf[m] = learn(known, p);
  }

  /** Uncoded mentions, those stating a level and a district first: they define the units bare names are matched to. */
  const ordered = (want: (x: UnitMention, p: Place) => boolean): number[] => {
    const buckets: number[][] = [[], [], [], []];
    for (let m = 0; m < mentions.length; m++) {
      const x = mentions[m]!;
      const p = places[m]!;
      if (x.code === '' && want(x, p)) buckets[(p.level === '' ? 2 : 0) + (p.districtKey === '' ? 1 : 0)]!.push(m);
    }
    return buckets.flat();
  };
  // Levels and districts stated per street and name key by this import's mentions: a unit known
  // before without them (an existing dataset, a code) cannot take one when two are stated there.
  // Built when first asked: a Set and a Map per street and name key, which a city file whose
  // units all have codes never asks for (they were a good part of this function's garbage).
  let statedMap: Map<string, { levels: Set<string>; districts: Map<string, string> }> | null = null;
  const stated = (): Map<string, { levels: Set<string>; districts: Map<string, string> }> => {
    if (statedMap !== null) return statedMap;
    const all = new Map<string, { levels: Set<string>; districts: Map<string, string> }>();
    places.forEach((p) => {
      let s = all.get(`${p.parentKey}|${p.key}`);
      if (!s) all.set(`${p.parentKey}|${p.key}`, (s = { levels: new Set(), districts: new Map() }));
      if (p.level !== '') s.levels.add(p.level);
      if (p.districtKey !== '' && !s.districts.has(p.districtKey)) s.districts.set(p.districtKey, p.district);
    });
    return (statedMap = all);
  };
  const unknownWarned = new Set<number>();
  /** Whether unit `i` may take mention `m`, which states a level or a district the unit lacks; warns once when not. */
  const mayTake = (i: number, m: number): boolean => {
    const d = drafts[i]!;
    const p = places[m]!;
    if ((d.level !== '' || p.level === '') && (d.districtKey !== '' || p.districtKey === '')) return true;
    // Stated in its street, or by mentions without a street (which may be in it).
    const here = [stated().get(`${d.parentKey}|${d.key}`), d.parentKey !== '' ? stated().get(`|${d.key}`) : undefined];
    const levelSet = new Set(here.flatMap((s) => [...(s?.levels ?? [])]));
    const districtMap = new Map(here.flatMap((s) => [...(s?.districts ?? [])]));
    const levels = d.level === '' && p.level !== '' && levelSet.size > 1 ? [`${d.key}社区`, `${d.key}村`] : null;
    const districts = d.districtKey === '' && p.districtKey !== '' && districtMap.size > 1 ? [...districtMap.values()] : null;
    if (!levels && !districts) return true;
    if (!unknownWarned.has(i)) {
      unknownWarned.add(i);
      issues.push(unknownAmbiguity(mentions[m]!, d, levels, districts, fileNames[mentions[m]!.file] ?? ''));
    }
    return false;
  };
  const twinsOf = realTwins(place);
  const streetTwinsOf = realStreetTwins(place);
  const pick = (cands: number[], m: number): Pick => {
    const level = places[m]!.level;
    // A name without its level that the real unit list has as a 社区 and a 村 of its street.
    const twins = cands.length < 2 ? twinsOf(places[m]!) : null;
    if (twins !== null) return { ambiguous: cands, twins };
    if (cands.length === 0) return null;
    if (level === '') return cands.length === 1 ? (mayTake(cands[0]!, m) ? { unit: cands[0]! } : null) : { ambiguous: cands };
    const same = cands.filter((i) => drafts[i]!.level === level);
    if (same.length > 1) return { ambiguous: same };
    const bare = cands.filter((i) => drafts[i]!.level === '');
    if (same.length === 0 && bare.length > 1) return { ambiguous: bare };
    const one = same.length === 1 ? same[0]! : bare.length === 1 ? bare[0]! : -1;
    // A unit known before without its level (a dataset's, a code's) that the real list has twice.
    const twinsBefore = one >= 0 && drafts[one]!.level === '' ? twinsOf(drafts[one]!) : null;
    if (twinsBefore !== null) {
      if (!unknownWarned.has(one)) {
        unknownWarned.add(one);
        issues.push(twinAmbiguity(mentions[m]!, twinsBefore, fileNames[mentions[m]!.file] ?? '', drafts[one]!));
      }
      return null;
    }
    return one >= 0 && mayTake(one, m) ? { unit: one } : null;
  };
  const warned = new Set<string>();
  const settle = (m: number, r: Pick, orElse: () => number): void => {
    const x = mentions[m]!;
    const p = places[m]!;
    if (r === null) { unitOf[m] = orElse(); return; }
    if ('unit' in r) { unitOf[m] = learn(r.unit, p); return; }
    const id = `${p.districtKey}|${p.parentKey}|${p.key}|${p.level}`;
    if (!warned.has(`${x.file}|${id}`)) {
      warned.add(`${x.file}|${id}`);
      const file = fileNames[x.file] ?? '';
      issues.push(r.twins !== undefined ? twinAmbiguity(x, r.twins, file) : r.streets !== undefined ? streetTwinAmbiguity(x, r.streets, drafts[r.ambiguous[0]!]!, file) : ambiguity(x, p, r.ambiguous.map((i) => drafts[i]!), file));
    }
    let i = apart.get(id);
    if (i === undefined) apart.set(id, (i = add(p, '', x.file, x.line, null)));
    unitOf[m] = i;
  };
  /** A unit without a street: matched only to units without a street (of its district, when known). */
  const unlocated = (m: number): number => {
    const p = places[m]!;
    const x = mentions[m]!;
    const cands = (loose.get(p.key) ?? []).filter((i) => districtOk(i, p));
    let i = -1;
    settle(m, pick(cands, m), () => (i = add(p, '', x.file, x.line, loose)));
    return i >= 0 ? i : unitOf[m]!;
  };

  /** Streets this import's mentions state for each name key (for streetlessBefore). */
  let streetsOf: Map<string, Set<string>> | null = null;
  /**
   * The one unit of the existing dataset without a street (forms that named none) that mention `m`,
   * with a street, names, when this import states no other street for that name: as in one import,
   * where the street-less mentions join the one unit with a street. -1 otherwise.
   */
  const streetlessBefore = (m: number): number => {
    const p = places[m]!;
    const cands = (loose.get(p.key) ?? []).filter((i) => drafts[i]!.firstFile < 0 && drafts[i]!.code === '' && drafts[i]!.parentKey === ''
      && (drafts[i]!.level === '' || p.level === '' || drafts[i]!.level === p.level) && districtOk(i, p));
    if (cands.length !== 1) return -1;
    // A name the real unit list has in another street of its district too: that unit may be the other street's.
    const twins = streetTwinsOf(p);
    if (twins !== null) {
      if (!unknownWarned.has(cands[0]!)) { unknownWarned.add(cands[0]!); issues.push(streetTwinAmbiguity(mentions[m]!, twins, drafts[cands[0]!]!, fileNames[mentions[m]!.file] ?? '', p.parent)); }
      return -1;
    }
    if (streetsOf === null) {
      streetsOf = new Map();
      places.forEach((q, k) => { if (mentions[k]!.hasParentColumn && q.parentKey !== '') streetsOf!.set(q.key, (streetsOf!.get(q.key) ?? new Set()).add(q.parentKey)); });
    }
    return (streetsOf.get(p.key)?.size ?? 0) === 1 ? cands[0]! : -1;
  };

  // Pass 2: a name with its street joins the one unit of that name and street, else is its own unit.
  // A street column that is blank for this row means "no street", not "unknown".
  for (const m of ordered((x, p) => x.hasParentColumn && p.parentKey !== '')) {
    const p = places[m]!;
    const x = mentions[m]!;
    const cands = (located.get(p.key) ?? []).filter((i) => drafts[i]!.parentKey === p.parentKey && districtOk(i, p));
    const r = pick(cands, m);
    // A bare name equal to its own street (`新安镇` in 新安镇) is more likely a total than the village 新安镇村.
    const total = r !== null && 'unit' in r && p.level === '' && p.name === p.parent && drafts[r.unit]!.level !== '';
    settle(m, total ? { ambiguous: [r.unit] } : r, () => {
      const before = streetlessBefore(m);
      if (before < 0) return add(p, '', x.file, x.line, located);
      index(located, p.key, before);
      return learn(before, p);
    });
  }
  for (const m of ordered((x, p) => x.hasParentColumn && p.parentKey === '')) unitOf[m] = unlocated(m);
  // Pass 3: street-less mentions attach to the single known unit with that name, unless the real
  // unit list has that name in another street of its district too (丁家庄村 of 宝坻区).
  for (const m of ordered((x) => !x.hasParentColumn)) {
    const p = places[m]!;
    const cands = (located.get(p.key) ?? []).filter((i) => districtOk(i, p));
    const streets = cands.length === 1 && p.parentKey === '' ? streetTwinsOf(drafts[cands[0]!]!) : null;
    settle(m, streets !== null ? { ambiguous: cands, streets } : pick(cands, m), () => unlocated(m));
  }

  joinStreetPrefixed(drafts, existing.length, unitOf, places);

  // New units in the order they first appear (the passes above create them in another order); a
  // unit joined to another has no mention left.
  const first = new Float64Array(drafts.length).fill(Infinity);
  for (let m = mentions.length - 1; m >= 0; m--) first[unitOf[m]!] = m;
  const fresh = drafts.map((_d, i) => i).slice(existing.length).filter((i) => first[i]! < Infinity).sort((a, b) => first[a]! - first[b]!);
  const order = [...existing.keys(), ...fresh];
  const renumber = new Int32Array(drafts.length);
  order.forEach((i, k) => { renumber[i] = k; });
  const final = order.map((i) => drafts[i]!);
  for (let m = 0; m < mentions.length; m++) unitOf[m] = renumber[unitOf[m]!]!;

  const named = nameUnits(final, existing, unitOf, mentions, places, fileNames);
  issues.push(...named.issues);
  return { unitOf, units: named.units, issues };
}

/** Lists unit `i` under name key `key` of `map` (once). */
function index(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (!list.includes(i)) list.push(i);
}
