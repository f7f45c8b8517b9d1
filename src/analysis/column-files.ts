/**
 * Which imported files a metric column's numbers come from (PeriodColumn's `files` and `fileOf`),
 * found when the column is built, and their packed form for the worker's cube (PackedColumns).
 * Most columns hold the numbers of one file: they keep only the list, no per-unit array.
 */

/** `fileOf[u]` of a unit with no number. */
export const NO_FILE = 0xffff;

/** The files of one column: ds.files indices, ascending, and the file per unit when more than one. */
export interface ColumnFiles {
  readonly files: readonly number[];
  readonly fileOf: Uint16Array | null;
}

const NONE: ColumnFiles = Object.freeze({ files: Object.freeze([]) as readonly number[], fileOf: null });

/**
 * The files of a column from the observation each unit's value came from (`source[u]`, −1: none):
 * a unit counts when its value is a number.
 */
export function columnFiles(values: Float64Array, source: Int32Array, file: Uint16Array): ColumnFiles {
  let first = -1;
  let many = false;
  for (let u = 0; u < values.length; u++) {
    if (Number.isNaN(values[u]!)) continue;
    const f = file[source[u]!]!;
    if (first < 0) first = f;
    else if (f !== first) { many = true; break; }
  }
  if (first < 0) return NONE;
  if (!many) return { files: [first], fileOf: null };
  const fileOf = new Uint16Array(values.length).fill(NO_FILE);
  const seen = new Set<number>();
  for (let u = 0; u < values.length; u++) {
    if (Number.isNaN(values[u]!)) continue;
    const f = file[source[u]!]!;
    fileOf[u] = f;
    seen.add(f);
  }
  return { files: [...seen].sort((a, b) => a - b), fileOf };
}

/**
 * Column files in transferable form: row `r`'s files are `fileList[fileStart[r]..fileStart[r + 1])`;
 * `fileRow[r]` is its row in `fileOf` (one file per unit), or −1 when it has one file or none.
 */
export interface PackedFiles {
  readonly fileStart: Int32Array;
  readonly fileList: Uint16Array;
  readonly fileRow: Int32Array;
  readonly fileOf: Uint16Array;
}

/** Packs the files of `rows` (each one column's, `units` long). */
export function packFiles(rows: readonly ColumnFiles[], units: number): PackedFiles {
  const fileStart = new Int32Array(rows.length + 1);
  rows.forEach((r, k) => { fileStart[k + 1] = fileStart[k]! + r.files.length; });
  const fileList = new Uint16Array(fileStart[rows.length]!);
  const fileRow = new Int32Array(rows.length).fill(-1);
  let kept = 0;
  rows.forEach((r, k) => {
    fileList.set(r.files, fileStart[k]!);
    if (r.fileOf) fileRow[k] = kept++;
  });
  const fileOf = new Uint16Array(kept * units);
  rows.forEach((r, k) => { if (r.fileOf) fileOf.set(r.fileOf, fileRow[k]! * units); });
  return { fileStart, fileList, fileRow, fileOf };
}

/** Row `row` of packed files (views into the packed buffers, no copy). */
export function unpackFiles(p: PackedFiles, row: number, units: number): ColumnFiles {
  const files = Array.from(p.fileList.subarray(p.fileStart[row]!, p.fileStart[row + 1]!));
  const r = p.fileRow[row]!;
  return { files, fileOf: r < 0 ? null : p.fileOf.subarray(r * units, (r + 1) * units) };
}

/** The bytes of packed files. */
export function packedFilesBytes(p: PackedFiles): number {
  return p.fileStart.byteLength + p.fileList.byteLength + p.fileRow.byteLength + p.fileOf.byteLength;
}
