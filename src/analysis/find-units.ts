/**
 * Units by the names a person types or a URL carries (`units=祥福里,咸水沽村`), and the list of
 * streets/towns for the filter.
 */
import type { Dataset } from '../data/dataset/dataset';
import type { Analysis } from './model/analysis';
import { ZH_COLLATOR } from './unit-scope';

const SUFFIXES = /(?:社区居民委员会|社区居委会|居民委员会|居委会|村民委员会|村委会)$/;

/**
 * A loose matching key: spaces and full-width forms folded, the committee suffix dropped, then a
 * trailing 社区 or 村 dropped when at least two characters remain (`祥福里社区居委会` → `祥福里`).
 */
export function nameMatchKey(name: string): string {
  let k = name.normalize('NFKC').replace(/\s+/g, '');
  k = k.replace(SUFFIXES, '');
  const stripped = k.replace(/(?:社区|村)$/, '');
  return stripped.length >= 2 ? stripped : k;
}

interface NameIndex {
  readonly exact: ReadonlyMap<string, number[]>;
  readonly loose: ReadonlyMap<string, number[]>;
}

/** Units by exact and loose name, kept in the model. */
function nameIndex(a: Analysis): NameIndex {
  return a.memo('name-index', () => buildNameIndex(a.cube));
}

function buildNameIndex(ds: Dataset): NameIndex {
  const exact = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  const put = (map: Map<string, number[]>, key: string, u: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [u]);
    else if (list[list.length - 1] !== u) list.push(u);
  };
  ds.units.forEach((unit, u) => {
    for (const name of [unit.name, ...unit.aliases]) {
      put(exact, name, u);
      put(loose, nameMatchKey(name), u);
    }
    if (unit.code !== '') put(exact, unit.code, u);
  });
  return { exact, loose };
}

/**
 * Unit indexes for `names`, in the order given, without duplicates. Each name matches exactly (name,
 * alias or 12-digit code) or, failing that, by nameMatchKey. A name shared by several units (前白庙村
 * in two districts) returns all of them; names that match nothing are skipped.
 */
export function findUnitsByName(a: Analysis, names: readonly string[]): number[] {
  const idx = nameIndex(a);
  const out: number[] = [];
  const seen = new Set<number>();
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') continue;
    const hits = idx.exact.get(name) ?? idx.loose.get(nameMatchKey(name)) ?? [];
    for (const u of hits) {
      if (!seen.has(u)) {
        seen.add(u);
        out.push(u);
      }
    }
  }
  return out;
}

/** Distinct non-empty streets/towns of the dataset, in Chinese (pinyin) order. */
export function parents(ds: Dataset): string[] {
  const set = new Set<string>();
  for (const u of ds.units) if (u.parent !== '') set.add(u.parent);
  return [...set].sort(ZH_COLLATOR.compare);
}
