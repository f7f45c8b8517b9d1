/**
 * The columnar dataset: one row per observation (unit, period, metric) → value, stored as typed
 * arrays with dictionary-coded strings. Frozen after build; analysis reads it through index views.
 */
import type { MetricDef } from '../vocabulary/metric-catalog';
import type { PeriodKey } from '../vocabulary/period';

/** How a source wrote a number. Stored as the index in QUALIFIERS (a Uint8 code). */
export const QUALIFIERS = [
  'exact',     // 0: 1568
  'gt',        // 1: 3500余, 3500多, 超过1万
  'gte',       // 2: 90%以上, 至少
  'lt',        // 3: 不足50
  'approx',    // 4: 约1200
  'approx_lt', // 5: 近900 (nearly, just under)
  'missing',   // 6: —, 无, 暂无, empty: value is NaN, never 0
  'range',     // 7: 3000-4000: value is NaN, bounds kept in raw
  'error',     // 8: #DIV/0! and other spreadsheet errors: value is NaN
  'invalid',   // 9: text that is not a number: value is NaN
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const QUALIFIER_CODE: Readonly<Record<Qualifier, number>> = Object.fromEntries(
  QUALIFIERS.map((q, i) => [q, i]),
) as Record<Qualifier, number>;

/** A community or village. Identity: 12-digit code when known, else (district, parent, normalised name). */
export interface UnitInfo {
  /** 12-digit division code, or '' when the source had none. */
  readonly code: string;
  /** Normalised display name (e.g. `祥福里社区`). */
  readonly name: string;
  /** Street / town (街道/镇), '' when unknown. */
  readonly parent: string;
  /** District (区), '' when unknown. */
  readonly district: string;
  /** Every spelling seen in the sources (`祥福里社区居委会`, `祥福里`), including `name`. */
  readonly aliases: readonly string[];
}

export interface SourceFile {
  readonly name: string;
  /** Detected or chosen encoding: utf-8, gb18030, utf-16le, utf-16be. */
  readonly encoding: string;
  readonly bytes: number;
  /** Hex sha-256 of the original bytes, when computed. */
  readonly sha256?: string;
  /** Title row text (`2024年上半年社区统计表`), when the file had one. */
  readonly caption?: string;
}

const SHEET_SEP = ' › ';

/** A workbook sheet's source name: `文件.xlsx › 3月` (a CSV file's is its file name). */
export function sheetLabel(file: string, sheet: string): string {
  return `${file}${SHEET_SEP}${sheet}`;
}

/** The file a source name is of (`文件.xlsx` for `文件.xlsx › 3月`), and whether it names a sheet of it. */
export function sourceFileOf(name: string): { file: string; sheet: boolean } {
  const at = name.indexOf(SHEET_SEP);
  return at >= 0 ? { file: name.slice(0, at), sheet: true } : { file: name, sheet: false };
}

/** The sheet a source name names (`3月` for `文件.xlsx › 3月`), or null for a CSV file's. */
export function sheetOf(name: string): string | null {
  const at = name.indexOf(SHEET_SEP);
  return at >= 0 ? name.slice(at + SHEET_SEP.length) : null;
}

/** Observation columns; index i across all arrays is one observation. */
export interface ObservationColumns {
  readonly unit: Uint32Array;
  readonly period: Uint16Array;
  readonly metric: Uint16Array;
  /** The value in the metric's unit; NaN when missing (see qualifier). Percentages stored as 0..100. */
  readonly value: Float64Array;
  readonly qualifier: Uint8Array;
  /** Index into Dataset.files. */
  readonly file: Uint16Array;
  /** 1-based physical line in the source file. */
  readonly line: Uint32Array;
}

export interface Dataset {
  readonly id: string;
  readonly name: string;
  /** ISO timestamp of the import. */
  readonly createdAt: string;
  readonly units: readonly UnitInfo[];
  /** Sorted chronologically (comparePeriods). */
  readonly periods: readonly PeriodKey[];
  readonly metrics: readonly MetricDef[];
  readonly files: readonly SourceFile[];
  readonly obs: ObservationColumns;
  /**
   * Raw cell text, kept only where it differs from the plain number (`3500余`, `1,568`, `—`):
   * sparse, sorted by observation index. `rawIndex[k]` is the observation of `rawText[k]`.
   */
  readonly rawIndex: Uint32Array;
  readonly rawText: readonly string[];
  /** True when the data is the synthetic sample (示例数据). */
  readonly isSample: boolean;
}

/** Number of observations. */
export function observationCount(ds: Dataset): number {
  return ds.obs.value.length;
}

/** Observations with a number: not a blank cell, “—”, a range, an error or text (their value is NaN). */
export function numberCount(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  return n;
}

/** Raw text of observation i: the source text where kept, else the value as written. */
export function rawTextOf(ds: Dataset, i: number): string {
  let lo = 0;
  let hi = ds.rawIndex.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = ds.rawIndex[mid]!;
    if (at === i) return ds.rawText[mid]!;
    if (at < i) lo = mid + 1;
    else hi = mid - 1;
  }
  const v = ds.obs.value[i]!;
  return Number.isNaN(v) ? '' : String(v);
}

/**
 * Whether a cell's source text must be kept beside its value: it differs from how the number prints,
 * or there is no number at all (a cell reading `NaN` is text, not the missing value).
 */
export function keepsRaw(raw: string, value: number): boolean {
  return raw !== '' && (Number.isNaN(value) || raw !== String(value));
}

/** Index of a metric id, or -1. */
export function metricIndex(ds: Dataset, id: string): number {
  return ds.metrics.findIndex((m) => m.id === id);
}

/** Index of a period key, or -1. */
export function periodIndex(ds: Dataset, key: PeriodKey): number {
  return ds.periods.indexOf(key);
}
