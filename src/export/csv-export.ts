/**
 * CSV for Excel/WPS on Chinese Windows: UTF-8 with BOM (otherwise Excel reads it as GBK and the
 * Chinese is garbled), CRLF line ends, RFC 4180 quoting, formula-safe text (data/dataset/formula-guard.ts).
 * Numbers are written plainly (no grouping) so they re-import as numbers.
 */
import type { TableSpec } from '../charts/chart-spec';
import type { Dataset } from '../data/dataset/dataset';
import { QUALIFIERS, rawTextOf } from '../data/dataset/dataset';
import { guardFormula } from '../data/dataset/formula-guard';

/** One CSV cell value: text, a number (NaN/±Infinity write as empty), or null (empty). */
export type CsvCell = string | number | null;

const BOM = '\ufeff';
const CRLF = '\r\n';

/** One field, escaped: formula guard for text, then quoted if it holds `"` `,` CR or LF. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with BOM and CRLF (a CRLF after the last row too, as Excel writes). */
export function rowsToCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

/** A table (e.g. a league table) as CSV text, every row of it (allRows); numbers stay numbers, notes are not included. */
export function tableToCsv(spec: TableSpec): string {
  return rowsToCsv(spec.columns.map((c) => c.label), spec.allRows ?? spec.rows);
}

/** Header of the long normalised dataset CSV. */
export const DATASET_CSV_HEADER = ['区', '街道', '社区', '区划代码', '期间', '指标', '指标代码', '数值', '单位', '原始写法', '限定', '来源文件', '行号'] as const;

/** Long rows (one per observation) of a dataset, in storage order. */
export function* datasetRows(ds: Dataset): Generator<CsvCell[]> {
  const { obs } = ds;
  for (let i = 0; i < obs.value.length; i++) {
    const unit = ds.units[obs.unit[i]!];
    const metric = ds.metrics[obs.metric[i]!];
    const value = obs.value[i]!;
    yield [
      unit?.district ?? '', unit?.parent ?? '', unit?.name ?? '', unit?.code ?? '',
      ds.periods[obs.period[i]!] ?? '', metric?.zh ?? '', metric?.id ?? '',
      Number.isNaN(value) ? null : value, metric?.unit ?? '',
      rawTextOf(ds, i), QUALIFIERS[obs.qualifier[i]!] ?? '',
      ds.files[obs.file[i]!]?.name ?? '', obs.line[i]!,
    ];
  }
}

/** The normalised dataset as long CSV bytes (UTF-8 with BOM, CRLF). */
export function datasetToCsvBytes(ds: Dataset): Uint8Array {
  return new TextEncoder().encode(rowsToCsv(DATASET_CSV_HEADER, datasetRows(ds)));
}

/** A table as CSV bytes (UTF-8 with BOM, CRLF). */
export function tableToCsvBytes(spec: TableSpec): Uint8Array {
  return new TextEncoder().encode(tableToCsv(spec));
}
