/** Comparing two runs of bytes in the tokenizer's hot loop: four at a time through DataViews, then one by one. */

/** How many bytes from x[xa] and y[ya] on are equal, up to `limit` (`xv`, `yv`: DataViews of x and y). */
export function equalPrefix(x: Uint8Array, xv: DataView, xa: number, y: Uint8Array, yv: DataView, ya: number, limit: number): number {
  let j = 0;
  while (j + 3 < limit && xv.getInt32(xa + j, true) === yv.getInt32(ya + j, true)) j += 4;
  while (j < limit && x[xa + j] === y[ya + j]) j++;
  return j;
}
