/**
 * Which blocks of values may be copies of one another (a unit's of another unit's, copied-unit.ts;
 * a month's source of another month's, copied-period.ts): each check hashes every block's values
 * in one pass over the observations and counts them, and the blocks with the same hash and count
 * are its candidates, compared value by value after (a hash may collide). What a block is, which of
 * its values count and how they hash, and how many nonzero values prove anything are each check's own.
 */

/**
 * The blocks whose `hash` and `count` agree, in groups of two or more, each group ascending and the
 * groups in the order of their first blocks; a block with fewer than `minNonzero` nonzero values
 * (`nonzero[b]`) proves nothing and is left out.
 */
export function sameHashGroups(hash: Uint32Array, count: Uint32Array, nonzero: Uint32Array, minNonzero: number): number[][] {
  const groups = new Map<string, number[]>();
  for (let b = 0; b < hash.length; b++) {
    if (nonzero[b]! < minNonzero) continue;
    const key = `${hash[b]}:${count[b]}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [b]); else g.push(b);
  }
  return [...groups.values()].filter((g) => g.length >= 2);
}
