/**
 * A dataset as the normalised long CSV `code,district,parent,unit,period,metric,value,qualifier,
 * raw,file,line` (metric = canonical id). It re-imports through importFiles to the same
 * observations: `raw` keeps the source text (`3500余`) so the qualifier is re-derived from it.
 * Returns text without BOM; writers add the UTF-8 BOM so Excel opens it.
 *
 * Cells are quoted (RFC 4180), not formula-escaped: a `'` prefix would change names on re-import.
 * Formula-safe exports for spreadsheets are the export layer's job.
 */
import { QUALIFIERS, type Dataset } from './dataset';

export const NORMALIZED_CSV_HEADER = ['code', 'district', 'parent', 'unit', 'period', 'metric', 'value', 'qualifier', 'raw', 'file', 'line'] as const;

/** Quotes a cell when it holds a comma, quote, line break or edge spaces. */
export function csvCell(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole dataset as CRLF-separated normalised long CSV, rows in observation order. */
export function toNormalizedCsv(ds: Dataset): string {
  const raw = new Map<number, string>();
  ds.rawIndex.forEach((obs, k) => raw.set(obs, ds.rawText[k]!));
  const units = ds.units.map((u) => [u.code, u.district, u.parent, u.name].map(csvCell).join(','));
  const metrics = ds.metrics.map((m) => csvCell(m.id));
  const files = ds.files.map((f) => csvCell(f.name));
  const out: string[] = [NORMALIZED_CSV_HEADER.join(',')];
  const o = ds.obs;
  for (let i = 0; i < o.value.length; i++) {
    const v = o.value[i]!;
    out.push([
      units[o.unit[i]!]!, ds.periods[o.period[i]!]!, metrics[o.metric[i]!]!,
      Number.isNaN(v) ? '' : String(v), QUALIFIERS[o.qualifier[i]!] ?? '', csvCell(raw.get(i) ?? ''),
      files[o.file[i]!] ?? '', String(o.line[i]!),
    ].join(','));
  }
  return out.join('\r\n') + '\r\n';
}
