/**
 * Units of one name and district under different streets, known by name only (no code): two
 * streets' 新村, or one community written under the wrong street. street-moves.ts and
 * copied-street.ts each look at these groups.
 */
import type { Dataset } from './dataset';

/** The groups (two units at least) of a dataset's units with one name and district and a street each, without a code. */
export function streetTwins(ds: Dataset): number[][] {
  const groups = new Map<string, number[]>();
  ds.units.forEach((u, i) => {
    if (u.code !== '' || u.parent === '') return;
    const key = `${u.district}|${u.name}`;
    const g = groups.get(key);
    if (g) g.push(i); else groups.set(key, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
