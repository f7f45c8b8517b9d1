/**
 * Unit identity across all files of an import (and an existing dataset). A 12-digit code wins;
 * else (district, street, name key, level): `祥福里社区居委会`, `祥福里社区` and `祥福里` are one
 * unit and each spelling is listed as an alias, while `东姜井社区` and `东姜井村` are two. District
 * and street are matched by key (`天津市河西区` = `河西`, `河西区友谊路街道` = `友谊路`).
 *
 * A name that fits several known units is flagged `ambiguous-unit` and kept apart, never merged by
 * guess: a bare `东姜井` beside 东姜井社区 and 东姜井村; a name under two streets, met in a file
 * without a street column; a street of the same name in two districts, met without a district.
 * Mentions that state more (a level, a district) are placed first, so the outcome does not depend
 * on the order of files or rows. One code written with two different names is a
 * `code-name-mismatch` warning naming both.
 */
import type { UnitInfo } from '../dataset/dataset';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import type { UnitMention } from '../records/observation-records';
import { normaliseDistrictName } from './district-name';
import { normaliseStreetName, normaliseUnitName, type UnitLevel } from './normalise-unit-name';

export interface ResolvedUnits {
  /** For each mention, the index into `units`. */
  readonly unitOf: Int32Array;
  readonly units: UnitInfo[];
  readonly issues: ImportIssue[];
}

/** A mention read: display names and matching keys of name, street and district. */
interface Place {
  name: string;
  key: string;
  level: UnitLevel;
  district: string;
  districtKey: string;
  parent: string;
  parentKey: string;
}

interface Draft extends Place {
  code: string;
  /** Fixed display name (from an existing dataset), else chosen by frequency. */
  fixedName: string | undefined;
  names: Map<string, number>;
  aliases: string[];
  firstFile: number;
  firstLine: number;
}

type Pick = { unit: number } | { ambiguous: number[] } | null;

/**
 * Resolves every mention to a unit. `existing` units come first in `units`, in order, so their
 * indexes are unchanged. `fileNames` are indexed by mention.file.
 */
export function resolveUnits(mentions: readonly UnitMention[], fileNames: readonly string[], existing: readonly UnitInfo[] = []): ResolvedUnits {
  const issues: ImportIssue[] = [];
  const drafts: Draft[] = [];
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
      code, fixedName, names: new Map(), aliases: [], firstFile: file, firstLine: line,
    });
    if (index) {
      let list = index.get(p.key);
      if (!list) index.set(p.key, (list = []));
      list.push(i);
    }
    return i;
  };
  /**
   * A unit learns what a mention states and it did not know: its level, its district. A unit of
   * the existing dataset learns its district for matching but keeps the one it shows (the dataset
   * builder knows units by it).
   */
  const learn = (i: number, p: Place): number => {
    const d = drafts[i]!;
    if (d.level === '' && p.level !== '') d.level = p.level;
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
    for (const a of u.aliases) if (!drafts[i]!.aliases.includes(a)) drafts[i]!.aliases.push(a);
  }

  const unitOf = new Int32Array(mentions.length).fill(-1);
  const places = mentions.map((x) => place(x.rawName, x.district, x.parent));

  // Pass 1: a code identifies the unit by itself; a second name on the same code is reported.
  const mismatched = new Set<string>();
  for (let m = 0; m < mentions.length; m++) {
    const x = mentions[m]!;
    if (x.code === '') continue;
    const p = places[m]!;
    const known = byCode.get(x.code);
    if (known === undefined) {
      const i = add(p, x.code, x.file, x.line, located);
      byCode.set(x.code, i);
      unitOf[m] = i;
      continue;
    }
    const d = drafts[known]!;
    if ((d.key !== p.key || (d.level !== '' && p.level !== '' && d.level !== p.level)) && !mismatched.has(`${x.code}|${p.name}`)) {
      mismatched.add(`${x.code}|${p.name}`);
      const first = d.firstFile >= 0 ? `${fileNames[d.firstFile] ?? ''}第${d.firstLine}行` : '已有数据';
      issues.push(makeIssue('warning', 'code-name-mismatch', { file: fileNames[x.file] ?? '', line: x.line },
        `区划代码${x.code}写着两个不同的名称：“${d.fixedName ?? d.name}”（${first}）和“${x.rawName}”，已按代码视为同一单位、数据合在一起。请核对代码或名称是否填错`,
        `Code ${x.code} carries two different names, "${d.fixedName ?? d.name}" and "${x.rawName}"; treated as one unit by its code. Check the code or the name.`));
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
  const stated = new Map<string, { levels: Set<string>; districts: Map<string, string> }>();
  places.forEach((p) => {
    let s = stated.get(`${p.parentKey}|${p.key}`);
    if (!s) stated.set(`${p.parentKey}|${p.key}`, (s = { levels: new Set(), districts: new Map() }));
    if (p.level !== '') s.levels.add(p.level);
    if (p.districtKey !== '' && !s.districts.has(p.districtKey)) s.districts.set(p.districtKey, p.district);
  });
  const unknownWarned = new Set<number>();
  /** Whether unit `i` may take mention `m`, which states a level or a district the unit lacks; warns once when not. */
  const mayTake = (i: number, m: number): boolean => {
    const d = drafts[i]!;
    const p = places[m]!;
    const s = stated.get(`${d.parentKey}|${d.key}`);
    const levels = d.level === '' && p.level !== '' && (s?.levels.size ?? 0) > 1 ? [`${d.key}社区`, `${d.key}村`] : null;
    const districts = d.districtKey === '' && p.districtKey !== '' && (s?.districts.size ?? 0) > 1 ? [...s!.districts.values()] : null;
    if (!levels && !districts) return true;
    if (!unknownWarned.has(i)) {
      unknownWarned.add(i);
      issues.push(unknownAmbiguity(mentions[m]!, d, levels, districts, fileNames[mentions[m]!.file] ?? ''));
    }
    return false;
  };
  const pick = (cands: number[], m: number): Pick => {
    const level = places[m]!.level;
    if (cands.length === 0) return null;
    if (level === '') return cands.length === 1 ? (mayTake(cands[0]!, m) ? { unit: cands[0]! } : null) : { ambiguous: cands };
    const same = cands.filter((i) => drafts[i]!.level === level);
    if (same.length > 1) return { ambiguous: same };
    const bare = cands.filter((i) => drafts[i]!.level === '');
    if (same.length === 0 && bare.length > 1) return { ambiguous: bare };
    const one = same.length === 1 ? same[0]! : bare.length === 1 ? bare[0]! : -1;
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
      issues.push(ambiguity(x, p, r.ambiguous.map((i) => drafts[i]!), fileNames[x.file] ?? ''));
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

  // Pass 2: a name with its street joins the one unit of that name and street, else is its own unit.
  // A street column that is blank for this row means "no street", not "unknown".
  for (const m of ordered((x, p) => x.hasParentColumn && p.parentKey !== '')) {
    const p = places[m]!;
    const x = mentions[m]!;
    const cands = (located.get(p.key) ?? []).filter((i) => drafts[i]!.parentKey === p.parentKey && districtOk(i, p));
    settle(m, pick(cands, m), () => add(p, '', x.file, x.line, located));
  }
  for (const m of ordered((x, p) => x.hasParentColumn && p.parentKey === '')) unitOf[m] = unlocated(m);
  // Pass 3: street-less mentions attach to the single known unit with that name.
  for (const m of ordered((x) => !x.hasParentColumn)) {
    const p = places[m]!;
    const cands = (located.get(p.key) ?? []).filter((i) => districtOk(i, p));
    settle(m, pick(cands, m), () => unlocated(m));
  }

  // New units in the order they first appear (the passes above create them in another order).
  const first = new Float64Array(drafts.length).fill(Infinity);
  for (let m = mentions.length - 1; m >= 0; m--) first[unitOf[m]!] = m;
  const order = drafts.map((_d, i) => i);
  const fresh = order.slice(existing.length).sort((a, b) => first[a]! - first[b]!);
  const renumber = new Int32Array(drafts.length);
  [...order.slice(0, existing.length), ...fresh].forEach((i, k) => { renumber[i] = k; });
  const sorted = drafts.slice();
  drafts.forEach((d, i) => { sorted[renumber[i]!] = d; });
  for (let m = 0; m < mentions.length; m++) unitOf[m] = renumber[unitOf[m]!]!;
  sorted.forEach((d, k) => { drafts[k] = d; });

  for (let m = 0; m < mentions.length; m++) {
    const d = drafts[unitOf[m]!]!;
    const x = mentions[m]!;
    const n = places[m]!.name;
    d.names.set(n, (d.names.get(n) ?? 0) + 1);
    if (x.rawName !== '' && !d.aliases.includes(x.rawName)) d.aliases.push(x.rawName);
  }

  const units = drafts.map((d): UnitInfo => {
    let name = d.fixedName ?? '';
    if (!name) {
      let best = -1;
      for (const [n, c] of d.names) if (c > best || (c === best && n.length > name.length)) { name = n; best = c; }
    }
    const aliases = [name, ...d.aliases.filter((a) => a !== name)];
    return { code: d.code, name, parent: d.parent, district: d.district, aliases };
  });
  units.forEach((u, i) => {
    const spelled = u.aliases.filter((a) => a !== u.name);
    if (spelled.length === 0 || drafts[i]!.firstFile < 0 && spelled.every((a) => existing[i]?.aliases.includes(a))) return;
    issues.push(makeIssue('info', 'unit-alias', { file: fileNames[drafts[i]!.firstFile] ?? '', line: drafts[i]!.firstLine },
      `“${u.aliases.join('”、“')}”视为同一单位：${u.name}${u.parent ? `（${u.parent}）` : ''}`,
      `"${u.aliases.join('", "')}" are treated as one unit: ${u.name}.`));
  });
  return { unitOf, units, issues };
}

/** Reads name, district and street of a mention, each distinct text normalised once. */
function placeReader(): (rawName: string, rawDistrict: string, rawParent: string) => Place {
  const names = new Map<string, { name: string; key: string; level: UnitLevel }>();
  const streets = new Map<string, { name: string; key: string; district: string }>();
  const districts = new Map<string, { name: string; key: string }>();
  const district = (raw: string): { name: string; key: string } => {
    let d = districts.get(raw);
    if (!d) {
      const r = normaliseDistrictName(raw);
      districts.set(raw, (d = { name: r.name || raw, key: r.key || r.name || raw }));
    }
    return d;
  };
  return (rawName, rawDistrict, rawParent) => {
    let n = names.get(rawName);
    if (!n) {
      const r = normaliseUnitName(rawName);
      names.set(rawName, (n = { name: r.name || rawName, key: r.key || r.name || rawName, level: r.level }));
    }
    let s = streets.get(rawParent);
    if (!s) {
      const r = rawParent === '' ? null : normaliseStreetName(rawParent);
      streets.set(rawParent, (s = r ? { name: r.name || rawParent, key: r.key || r.name || rawParent, district: r.district } : { name: '', key: '', district: '' }));
    }
    // The district written in front of the street stands in for a missing district column.
    const d = district(rawDistrict !== '' ? rawDistrict : s.district);
    return { name: n.name, key: n.key, level: n.level, district: d.name, districtKey: d.key, parent: s.name, parentKey: s.key };
  };
}

/**
 * The `ambiguous-unit` warning for a unit known before (existing dataset, a code) without a level
 * or a district, when this import states two for its name: `东姜井` beside 东姜井社区 and 东姜井村.
 */
function unknownAmbiguity(x: UnitMention, d: Draft, levels: string[] | null, districts: string[] | null, file: string): ImportIssue {
  const name = d.fixedName ?? d.name;
  const where = d.parent || d.district;
  const lacks = levels ? '没有写明是社区还是村' : '没有写区';
  const both = `“${(levels ?? districts!).join('”、“')}”`;
  return makeIssue('warning', 'ambiguous-unit', { file, line: x.line },
    `${d.firstFile < 0 ? '已有数据中的' : ''}“${name}”${where ? `（${where}）` : ''}${lacks}，而本次导入中${both}都有，无法判断它是哪一个，已单独列出。请核对后按全称重新导入`,
    `"${name}" does not say its ${levels ? '社区 or 村' : 'district'}, and this import has ${(levels ?? districts!).join(', ')}; kept separate.`);
}

/** The `ambiguous-unit` warning: where the name fits, and what the file should add to tell them apart. */
function ambiguity(x: UnitMention, p: Place, cands: readonly Draft[], file: string): ImportIssue {
  const distinct = (f: (d: Draft) => string): string[] => [...new Set(cands.map(f))];
  const districtsDiffer = p.districtKey === '' && distinct((d) => d.districtKey).length > 1;
  const where = distinct((d) => (districtsDiffer ? d.district + d.parent : d.parent || d.district) || '未知街道');
  const shown = distinct((d) => d.fixedName ?? d.name);
  const loc = { file, line: x.line };
  if (p.parentKey === '' && distinct((d) => d.parentKey).length > 1) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”在“${where.join('”、“')}”下都有同名单位，而该文件没有街道列，无法判断是哪一个，已单独列出。请在文件中增加“街道”列或区划代码列`,
      `"${x.rawName}" exists under several streets (${where.join(', ')}) and the file has no street column; kept separate.`);
  }
  if (districtsDiffer) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”在“${where.join('”、“')}”下都有同名单位，而该行没有写区，无法判断是哪一个，已单独列出。请在文件中增加“区”列或区划代码列`,
      `"${x.rawName}" exists in several districts (${where.join(', ')}) and the row names no district; kept separate.`);
  }
  if (p.level === '' && distinct((d) => d.level).length > 1) {
    return makeIssue('warning', 'ambiguous-unit', loc,
      `“${x.rawName}”在“${where.join('”、“')}”下有“${shown.join('”、“')}”，名称没有写明是社区还是村，无法判断是哪一个，已单独列出。请写全名称（如“${shown[0]}”）或增加区划代码列`,
      `"${x.rawName}" could be any of ${shown.join(', ')} (${where.join(', ')}): the name does not say 社区 or 村; kept separate.`);
  }
  const codes = distinct((d) => d.code).filter((c) => c !== '');
  return makeIssue('warning', 'ambiguous-unit', loc,
    `“${x.rawName}”在“${where.join('”、“')}”下对应多个单位（${codes.length > 0 ? `区划代码${codes.join('、')}` : `“${shown.join('”、“')}”`}），无法判断是哪一个，已单独列出。请增加区划代码列`,
    `"${x.rawName}" fits several units under ${where.join(', ')}; kept separate. Add a code column.`);
}
