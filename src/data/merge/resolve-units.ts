/**
 * Unit identity across all files of an import (and an existing dataset). A 12-digit code wins;
 * else (district, street, normalised name key), so `祥福里社区居委会`, `祥福里社区` and `祥福里`
 * are one unit and each spelling is listed as an alias. A file without a street column attaches
 * a name to the one known unit with that name; when the name exists under two streets it is
 * flagged `ambiguous-unit` and kept apart, never merged by guess.
 */
import type { UnitInfo } from '../dataset/dataset';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { normaliseStreetName, normaliseUnitName } from './normalise-unit-name';
import type { UnitMention } from '../records/observation-records';

export interface ResolvedUnits {
  /** For each mention, the index into `units`. */
  readonly unitOf: Int32Array;
  readonly units: UnitInfo[];
  readonly issues: ImportIssue[];
}

interface Draft {
  code: string;
  district: string;
  parent: string;
  parentKey: string;
  /** Fixed display name (from an existing dataset), else chosen by frequency. */
  fixedName?: string;
  names: Map<string, number>;
  aliases: string[];
  firstFile: number;
  firstLine: number;
}

/**
 * Resolves every mention to a unit. `existing` units come first in `units`, in order, so their
 * indexes are unchanged. `fileNames` are indexed by mention.file.
 */
export function resolveUnits(mentions: readonly UnitMention[], fileNames: readonly string[], existing: readonly UnitInfo[] = []): ResolvedUnits {
  const issues: ImportIssue[] = [];
  const drafts: Draft[] = [];
  const byIdentity = new Map<string, number>();
  /** Name key → identities seen with a known street (or a code), for street-less files. */
  const byKey = new Map<string, Set<number>>();
  const nameCache = new Map<string, { name: string; key: string }>();
  const norm = (raw: string): { name: string; key: string } => {
    let n = nameCache.get(raw);
    if (!n) {
      const r = normaliseUnitName(raw);
      n = { name: r.name || raw, key: r.key || r.name || raw };
      nameCache.set(raw, n);
    }
    return n;
  };
  /** Street display name and identity key (`东湖街道办事处` → 东湖街道 / 东湖). */
  const street = (raw: string): { name: string; key: string } => {
    if (raw === '') return { name: '', key: '' };
    const r = normaliseStreetName(raw);
    return { name: r.name || raw, key: r.key || r.name || raw };
  };
  const register = (identity: string, d: Omit<Draft, 'names' | 'aliases'>, key: string, located: boolean): number => {
    let i = byIdentity.get(identity);
    if (i === undefined) {
      i = drafts.length;
      drafts.push({ ...d, names: new Map(), aliases: [] });
      byIdentity.set(identity, i);
    }
    if (located) {
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = new Set()));
      s.add(i);
    }
    return i;
  };

  for (const u of existing) {
    const k = norm(u.name).key;
    const identity = u.code !== '' ? `#${u.code}` : `${u.district}|${street(u.parent).key}|${k}`;
    const i = register(identity, { code: u.code, district: u.district, parent: u.parent, parentKey: street(u.parent).key, fixedName: u.name, firstFile: -1, firstLine: 0 }, k, u.code !== '' || u.parent !== '');
    for (const a of u.aliases) if (!drafts[i]!.aliases.includes(a)) drafts[i]!.aliases.push(a);
  }

  const unitOf = new Int32Array(mentions.length).fill(-1);
  const compatible = (i: number, district: string, parentKey: string | null): boolean => {
    const d = drafts[i]!;
    if (district !== '' && d.district !== '' && d.district !== district) return false;
    return parentKey === null || d.parentKey === parentKey;
  };
  const located = (key: string, district: string, parentKey: string | null): number[] =>
    [...(byKey.get(key) ?? [])].filter((i) => compatible(i, district, parentKey));
  // Pass 1: a code identifies the unit by itself.
  for (let m = 0; m < mentions.length; m++) {
    const x = mentions[m]!;
    if (x.code === '') continue;
    const s = street(x.parent);
    unitOf[m] = register(`#${x.code}`, { code: x.code, district: x.district, parent: s.name, parentKey: s.key, firstFile: x.file, firstLine: x.line }, norm(x.rawName).key, true);
  }
  // Pass 2: a name with its street joins the one coded unit of that name and street, else is its own unit.
  for (let m = 0; m < mentions.length; m++) {
    const x = mentions[m]!;
    if (x.code !== '' || !x.hasParentColumn) continue;
    const { key } = norm(x.rawName);
    const s = street(x.parent);
    const found = s.key !== '' ? located(key, x.district, s.key) : [];
    // A street column that is blank for this row means "no street", not "unknown".
    unitOf[m] = found.length === 1 ? found[0]!
      : register(`${x.district}|${s.key}|${key}`, { code: '', district: x.district, parent: s.name, parentKey: s.key, firstFile: x.file, firstLine: x.line }, key, s.key !== '');
  }
  // Pass 3: street-less mentions attach to the single known unit with that name.
  const warned = new Set<string>();
  for (let m = 0; m < mentions.length; m++) {
    const x = mentions[m]!;
    if (unitOf[m]! >= 0) continue;
    const { key } = norm(x.rawName);
    const candidates = located(key, x.district, null);
    if (candidates.length === 1) { unitOf[m] = candidates[0]!; continue; }
    if (candidates.length > 1 && !warned.has(`${x.file}|${key}`)) {
      warned.add(`${x.file}|${key}`);
      const streets = candidates.map((i) => drafts[i]!.parent || drafts[i]!.district).join('”、“');
      issues.push(makeIssue('warning', 'ambiguous-unit', { file: fileNames[x.file] ?? '', line: x.line },
        `“${x.rawName}”在“${streets}”下都有同名单位，而该文件没有街道列，无法判断是哪一个，已单独列出。请在文件中增加“街道”列或区划代码列`,
        `"${x.rawName}" exists under several streets (${streets.replace(/”、“/g, ', ')}) and the file has no street column; kept separate.`));
    }
    unitOf[m] = register(`${x.district}||${key}`, { code: '', district: x.district, parent: '', parentKey: '', firstFile: x.file, firstLine: x.line }, key, false);
  }

  for (let m = 0; m < mentions.length; m++) {
    const d = drafts[unitOf[m]!]!;
    const x = mentions[m]!;
    const n = norm(x.rawName).name;
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
