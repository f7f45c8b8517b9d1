/**
 * One street's table sent again as another's (咸水沽镇's 2月 data saved as 双港镇2024年2月.csv, no
 * street column): its communities are read under the file name's street, twins of the other
 * street's with the very same numbers, and every sum counts them twice. Two streets' real twins
 * (两个新村) hardly share every number of a period, so a file whose communities all match their
 * twins of another file number for number is warned about, naming both streets and the other file.
 * Nothing is dropped: which of the two files is the wrong one is not known.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import type { Dataset } from './dataset';
import { streetTwins } from './street-twins';

const EXACT = 0;
/** Fewer equal nonzero numbers than this (one community's one count) prove nothing. */
const MIN_EQUAL = 2;

interface Match { names: string[]; other: number; otherParent: string; parent: string; line: number; period: number; equal: number }

/** Warnings for files (from `fromFile` on) whose communities equal, number for number, same-named ones of another street in another file. */
export function copiedStreet(ds: Dataset, fromFile = 0): ImportIssue[] {
  const twins = streetTwins(ds);
  if (twins.length === 0) return [];
  const slot = new Int32Array(ds.units.length).fill(-1);
  twins.forEach((g) => g.forEach((u) => { slot[u] = 0; }));
  // Each twin's exact numbers by (period, metric): the observation.
  const nM = ds.metrics.length;
  const byUnit = new Map<number, Map<number, number>>();
  const o = ds.obs;
  for (let i = 0; i < o.value.length; i++) {
    const u = o.unit[i]!;
    if (slot[u]! < 0 || o.qualifier[i] !== EXACT || Number.isNaN(o.value[i]!)) continue;
    let m = byUnit.get(u);
    if (!m) byUnit.set(u, (m = new Map()));
    m.set(o.period[i]! * nM + o.metric[i]!, i);
  }
  // Per later file: the communities matching their twins of one other file; files where a twin differs.
  const found = new Map<number, Match>();
  const spoiled = new Set<number>();
  const filesOf = (...ms: Map<number, number>[]): Set<number> => new Set(ms.flatMap((m) => [...m.values()].map((i) => o.file[i]!)));
  // How many communities a file holds (all of them must match): counted only for a file found.
  const unitsIn = (file: number): number => {
    const seen = new Uint8Array(ds.units.length);
    let n = 0;
    for (let i = 0; i < o.value.length; i++) if (o.file[i] === file && seen[o.unit[i]!] === 0) { seen[o.unit[i]!] = 1; n++; }
    return n;
  };
  for (const g of twins) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const [ma, mb] = [byUnit.get(g[a]!), byUnit.get(g[b]!)];
        if (!ma || !mb) continue;
        let equal = 0;
        let differ = false;
        let pair: [number, number] | null = null;
        for (const [k, i] of ma) {
          const j = mb.get(k);
          if (j === undefined) continue;
          if (o.value[i] !== o.value[j]) { differ = true; break; }
          if (o.value[i] !== 0) equal++;
          pair ??= [i, j];
        }
        if (differ) { for (const f of filesOf(ma, mb)) spoiled.add(f); continue; }
        if (pair === null || o.file[pair[0]] === o.file[pair[1]]) continue;
        const [early, late] = o.file[pair[0]]! < o.file[pair[1]]! ? pair : [pair[1], pair[0]];
        const file = o.file[late]!;
        if (file < fromFile) continue;
        const here = ds.units[o.unit[late]!]!;
        const there = ds.units[o.unit[early]!]!;
        const m = found.get(file);
        if (!m) found.set(file, { names: [here.name], other: o.file[early]!, otherParent: there.parent, parent: here.parent, line: o.line[late]!, period: o.period[late]!, equal });
        else if (m.other === o.file[early]) { m.names.push(here.name); m.equal += equal; m.line = Math.min(m.line, o.line[late]!); }
      }
    }
  }
  const issues: ImportIssue[] = [];
  for (const [file, m] of found) {
    if (m.equal < MIN_EQUAL || spoiled.has(file) || m.names.length < unitsIn(file)) continue;
    const name = ds.files[file]?.name ?? '';
    const other = ds.files[m.other]?.name ?? '';
    issues.push(makeIssue('warning', 'street-copied-file', { file: name, line: m.line },
      `本文件的${m.names.join('、')}（${m.parent}）与${other}中${m.otherParent}的同名社区在${formatPeriodLabel(ds.periods[m.period]!, 'zh')}的数值完全相同，很可能是把${m.otherParent}的表当作${m.parent}的发来了；已按${m.parent}的社区导入，同一份数据算了两次。请核对后删去发错的文件，重新导入`,
      `${m.names.join(', ')} (${m.parent}) in this file equal, number for number, the same-named units of ${m.otherParent} in ${other}: probably ${m.otherParent}'s table sent as ${m.parent}'s; counted twice.`));
  }
  return issues;
}
