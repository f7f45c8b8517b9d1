/**
 * A community under one street in some periods and under another in the others (津南区1月.csv has
 * 祥福里社区 in 咸水沽镇, 2月.csv in 双港镇): two units of one name that never share a period are
 * more likely one community whose street was written wrong, or that moved, than two communities.
 * They stay two units (a street is identity), with a warning naming both files and lines, so its
 * months are not compared as two half series without a word. Twins of one name that both have data
 * in one period (two streets' 新村) are two communities and say nothing.
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import type { Dataset } from './dataset';
import { streetTwins } from './street-twins';

interface Seen { periods: Set<number>; first: number }

/** Warnings for units of one name and district under different streets in disjoint periods, one of them from file `fromFile` on. */
export function streetMoves(ds: Dataset, fromFile = 0): ImportIssue[] {
  const twins = streetTwins(ds);
  if (twins.length === 0) return [];
  // The twins' places in `held`, by unit (−1: no twin): one array read per observation, no map lookup.
  const slot = new Int32Array(ds.units.length).fill(-1);
  const held: Seen[] = [];
  for (const g of twins) for (const u of g) { slot[u] = held.length; held.push({ periods: new Set(), first: -1 }); }
  const seen = (u: number): Seen => held[slot[u]!]!;
  const o = ds.obs;
  for (let i = 0; i < o.value.length; i++) {
    const k = slot[o.unit[i]!]!;
    if (k < 0 || Number.isNaN(o.value[i]!)) continue;
    const s = held[k]!;
    s.periods.add(o.period[i]!);
    if (s.first < 0 || o.period[i]! < o.period[s.first]!) s.first = i;
  }
  const issues: ImportIssue[] = [];
  const fileOf = (i: number): string => ds.files[o.file[i]!]?.name ?? '';
  const whenZh = (s: Seen): string => [...s.periods].sort((a, b) => a - b).slice(0, 3).map((p) => formatPeriodLabel(ds.periods[p]!, 'zh')).join('、') + (s.periods.size > 3 ? '等' : '');
  for (const g of twins) {
    const by = g.filter((u) => seen(u).first >= 0).sort((a, b) => o.period[seen(a).first]! - o.period[seen(b).first]!);
    for (let a = 0; a < by.length; a++) {
      for (let b = a + 1; b < by.length; b++) {
        const sa = seen(by[a]!);
        const sb = seen(by[b]!);
        if ([...sb.periods].some((p) => sa.periods.has(p))) continue;
        if (o.file[sa.first]! < fromFile && o.file[sb.first]! < fromFile) continue;
        const ua = ds.units[by[a]!]!;
        const ub = ds.units[by[b]!]!;
        issues.push(makeIssue('warning', 'unit-street-changed', { file: fileOf(sb.first), line: o.line[sb.first]! },
          `“${ub.name}”${whenZh(sa)}属于${ua.parent}（${fileOf(sa.first)}第${o.line[sa.first]}行），${whenZh(sb)}属于${ub.parent}（${fileOf(sb.first)}第${o.line[sb.first]}行），两处从未在同一期同时出现，已按两个社区分别统计。如是同一个社区写错了街道（镇），请改正后重新导入`,
          `"${ub.name}" is under ${ua.parent} in some periods and under ${ub.parent} in the others (never both at once); kept as two units. Correct the street if it is one community.`));
      }
    }
  }
  return issues;
}
