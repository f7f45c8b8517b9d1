/**
 * File and storage sizes as the app shows them, in binary units as Windows Explorer and WPS show a
 * file's size: `532 KB`, `18.5 MB`, `335 MB`, `2.1 GB`: KB whole, MB and GB with one decimal below 100.
 * Below 1 KB the bytes are counted (`0 B` for an empty file, `500 B`), never rounded up to `1 KB`.
 * Every size the app writes goes through here, so one file's size reads the same in a warning, the
 * progress line and the source list.
 */

export type SizeUnit = 'B' | 'KB' | 'MB' | 'GB';

const UNITS: readonly SizeUnit[] = ['KB', 'MB', 'GB'];

/** The unit a size of `bytes` is shown in: the largest in which it counts at least 1 (B below 1 KB, KB below 1 MB; never `1024 KB`). */
export function sizeUnit(bytes: number): SizeUnit {
  if (bytes < 1024) return 'B';
  let u = 0;
  while (u < UNITS.length - 1 && Math.round(bytes / 1024 ** (u + 1)) >= 1024) u++;
  return UNITS[u]!;
}

/** `bytes` counted in `unit`: `18.5`, `4.0`, `335`; B and KB whole (`0`, `500`, `24`). */
export function sizeCount(bytes: number, unit: SizeUnit): string {
  if (unit === 'B') return String(Math.round(bytes));
  const v = bytes / 1024 ** (UNITS.indexOf(unit) + 1);
  if (unit === 'KB') return String(Math.round(v));
  return v >= 99.95 ? String(Math.round(v)) : v.toFixed(1);
}

/** `18.5 MB`, in the unit sizeUnit picks. */
export function sizeText(bytes: number): string {
  const unit = sizeUnit(bytes);
  return `${sizeCount(bytes, unit)} ${unit}`;
}
