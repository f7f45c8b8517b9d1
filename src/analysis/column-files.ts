/**
 * Which imported files a metric column's numbers come from, found when the column is built, and
 * their packed form for the worker's cube (PackedColumns). Each unit has one home file per dataset
 * (homeFiles, kept once in the model); a column keeps the list of its files and, when it has more
 * than one, only the units whose number came from a file other than their home (exceptions). When
 * each street sends its own workbook every column holds several files and none has an exception.
 */
import type { ObservationColumns } from '../data/dataset/dataset';
import type { Analysis } from './model/analysis';

/** The home file of a unit with no number. */
export const NO_FILE = 0xffff;

/** The model's key of the dataset's home files (pinned with the worker's cube). */
export const HOME_FILES_KEY = 'home-files';

/** The files of one column: ds.files indices, ascending, and the units whose file is not their home file. */
export interface ColumnFiles {
  readonly files: readonly number[];
  /**
   * Units (ascending) whose number came from a file other than their home file, and that file
   * (`exceptFiles`, same length); null when there is none or when `files` has one file or none.
   */
  readonly exceptUnits: Int32Array | null;
  readonly exceptFiles: Uint16Array | null;
}

const NONE: ColumnFiles = Object.freeze({ files: Object.freeze([]) as readonly number[], exceptUnits: null, exceptFiles: null });

/**
 * Each unit's home file (NO_FILE: no number anywhere): the file of most of its observations with a
 * number when one file holds more than half of them (a majority vote in one pass), so that a
 * unit resent in another file now and then keeps its usual file; else the vote's survivor.
 */
export function homeFiles(obs: Pick<ObservationColumns, 'unit' | 'value' | 'file'>, units: number): Uint16Array {
  const home = new Uint16Array(units).fill(NO_FILE);
  const votes = new Uint32Array(units);
  const { unit, value, file } = obs;
  for (let i = 0; i < unit.length; i++) {
    if (Number.isNaN(value[i]!)) continue;
    const u = unit[i]!;
    const f = file[i]!;
    if (votes[u] === 0) {
      home[u] = f;
      votes[u] = 1;
    } else if (home[u] === f) votes[u]!++;
    else votes[u]!--;
  }
  return home;
}

/** The home files of the model's dataset: the worker's (pinned), else found in one pass over the observations. */
export function homeFileOf(a: Analysis): Uint16Array {
  return a.memo(HOME_FILES_KEY, () => homeFiles(a.cube.obs, a.cube.units.length));
}

/**
 * The files of a column from the observation each unit's value came from (`source[u]`, −1: none),
 * against the units' home files: a unit counts when its value is a number.
 */
export function columnFiles(values: Float64Array, source: Int32Array, file: Uint16Array, home: Uint16Array): ColumnFiles {
  let first = -1;
  let many = false;
  let except = 0;
  for (let u = 0; u < values.length; u++) {
    if (Number.isNaN(values[u]!)) continue;
    const f = file[source[u]!]!;
    if (first < 0) first = f;
    else if (f !== first) many = true;
    if (f !== home[u]) except++;
  }
  if (first < 0) return NONE;
  if (!many) return { files: [first], exceptUnits: null, exceptFiles: null };
  const seen = new Set<number>();
  const exceptUnits = new Int32Array(except);
  const exceptFiles = new Uint16Array(except);
  let k = 0;
  for (let u = 0; u < values.length; u++) {
    if (Number.isNaN(values[u]!)) continue;
    const f = file[source[u]!]!;
    seen.add(f);
    if (f === home[u]) continue;
    exceptUnits[k] = u;
    exceptFiles[k++] = f;
  }
  const files = [...seen].sort((a, b) => a - b);
  return except === 0 ? { files, exceptUnits: null, exceptFiles: null } : { files, exceptUnits, exceptFiles };
}

/** The file of unit `u`'s number in column `c` (`u` must have one), given the home files. */
export function fileOfUnit(c: ColumnFiles, home: Uint16Array, u: number): number {
  if (c.files.length === 1) return c.files[0]!;
  const xs = c.exceptUnits;
  if (xs) {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (xs[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    if (xs[lo] === u) return c.exceptFiles![lo]!;
  }
  return home[u]!;
}

/**
 * Column files in transferable form: row `r`'s files are `fileList[fileStart[r]..fileStart[r + 1])`,
 * its exceptions `exceptUnits`/`exceptFiles[exceptStart[r]..exceptStart[r + 1])`; `homeFile` is
 * the dataset's home file per unit (homeFiles), once for every row.
 */
export interface PackedFiles {
  readonly fileStart: Int32Array;
  readonly fileList: Uint16Array;
  readonly exceptStart: Int32Array;
  readonly exceptUnits: Int32Array;
  readonly exceptFiles: Uint16Array;
  readonly homeFile: Uint16Array;
}

/** Packs the files of `rows` (each one column's, found against `homeFile`). */
export function packFiles(rows: readonly ColumnFiles[], homeFile: Uint16Array): PackedFiles {
  const fileStart = new Int32Array(rows.length + 1);
  const exceptStart = new Int32Array(rows.length + 1);
  rows.forEach((r, k) => {
    fileStart[k + 1] = fileStart[k]! + r.files.length;
    exceptStart[k + 1] = exceptStart[k]! + (r.exceptUnits?.length ?? 0);
  });
  const fileList = new Uint16Array(fileStart[rows.length]!);
  const exceptUnits = new Int32Array(exceptStart[rows.length]!);
  const exceptFiles = new Uint16Array(exceptStart[rows.length]!);
  rows.forEach((r, k) => {
    fileList.set(r.files, fileStart[k]!);
    if (r.exceptUnits) exceptUnits.set(r.exceptUnits, exceptStart[k]!);
    if (r.exceptFiles) exceptFiles.set(r.exceptFiles, exceptStart[k]!);
  });
  return { fileStart, fileList, exceptStart, exceptUnits, exceptFiles, homeFile };
}

/** Row `row` of packed files (views into the packed buffers, no copy). */
export function unpackFiles(p: PackedFiles, row: number): ColumnFiles {
  const files = Array.from(p.fileList.subarray(p.fileStart[row]!, p.fileStart[row + 1]!));
  const from = p.exceptStart[row]!;
  const to = p.exceptStart[row + 1]!;
  if (from === to) return { files, exceptUnits: null, exceptFiles: null };
  return { files, exceptUnits: p.exceptUnits.subarray(from, to), exceptFiles: p.exceptFiles.subarray(from, to) };
}

/** The bytes of packed files. */
export function packedFilesBytes(p: PackedFiles): number {
  return p.fileStart.byteLength + p.fileList.byteLength + p.exceptStart.byteLength
    + p.exceptUnits.byteLength + p.exceptFiles.byteLength + p.homeFile.byteLength;
}
