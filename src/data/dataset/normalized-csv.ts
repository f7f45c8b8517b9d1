/**
 * A dataset as the normalised long CSV `code,district,parent,unit,period,metric,value,qualifier,
 * raw,file,line` (metric = canonical id). It re-imports through importFiles to the same
 * observations: `raw` keeps the source text (`3500余`) so the qualifier is re-derived from it.
 * Returns text without BOM; writers add the UTF-8 BOM so Excel opens it.
 *
 * Every text cell (code, names, metric, raw text, file name) is formula-guarded (formula-guard.ts):
 * a name `=SUM(A1)` is written `'=SUM(A1)`, so Excel and WPS show it instead of running it, and the
 * importer reads the `'` back off (unguardFormula), so re-import gives the same names and raw text.
 * Cells are quoted per RFC 4180.
 */
import { QUALIFIERS, type Dataset } from './dataset';
import { guardFormula } from './formula-guard';

export const NORMALIZED_CSV_HEADER = ['code', 'district', 'parent', 'unit', 'period', 'metric', 'value', 'qualifier', 'raw', 'file', 'line'] as const;

/** Quotes a cell when it holds a comma, quote, line break or edge spaces. */
export function csvCell(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A text cell: formula-guarded, then quoted. */
function textCell(s: string): string {
  return csvCell(guardFormula(s));
}

/** The whole dataset as CRLF-separated normalised long CSV, rows in observation order. */
export function toNormalizedCsv(ds: Dataset): string {
  const raw = new Map<number, string>();
  ds.rawIndex.forEach((obs, k) => raw.set(obs, ds.rawText[k]!));
  const units = ds.units.map((u) => [u.code, u.district, u.parent, u.name].map(textCell).join(','));
  const metrics = ds.metrics.map((m) => textCell(m.id));
  const files = ds.files.map((f) => textCell(f.name));
  const out: string[] = [NORMALIZED_CSV_HEADER.join(',')];
  const o = ds.obs;
  for (let i = 0; i < o.value.length; i++) {
    const v = o.value[i]!;
    out.push([
      units[o.unit[i]!]!, ds.periods[o.period[i]!]!, metrics[o.metric[i]!]!,
      Number.isNaN(v) ? '' : String(v), QUALIFIERS[o.qualifier[i]!] ?? '', textCell(raw.get(i) ?? ''),
      files[o.file[i]!] ?? '', String(o.line[i]!),
    ].join(','));
  }
  return out.join('\r\n') + '\r\n';
}
