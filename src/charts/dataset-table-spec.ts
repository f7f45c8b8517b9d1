/**
 * The normalised dataset (one row per observation) as a TableSpec for the XLSX export of the 数据
 * view: numbers stay numbers, the source text and qualifier stay beside them, and every row keeps
 * its file and line. Same columns as the dataset CSV (src/export/csv-export.ts datasetRows).
 */
import { QUALIFIERS, rawTextOf, type Dataset } from '../data/dataset/dataset';
import type { SpecLang, TableSpec } from './chart-spec';
import { countText, metricName } from './chart-words';
import { sourceLine } from './spec-text';
import { tableWords } from './table-words';

/** Data rows one Excel sheet holds (1,048,576 rows less the header). */
export const XLSX_MAX_ROWS = 1_048_575;

const KEYS = ['district', 'parent', 'unit', 'code', 'period', 'metric', 'metricId', 'value', 'unitOfMeasure', 'raw', 'qualifier', 'file', 'line'] as const;
const NUMERIC = new Set<string>(['value', 'line']);

/** `name` is the dataset name as shown (the sample's name is localised by the caller). */
export function buildDatasetTableSpec(ds: Dataset, name: string, lang?: SpecLang): TableSpec {
  const w = tableWords(lang);
  const { obs } = ds;
  const rows: (string | number | null)[][] = new Array<(string | number | null)[]>(obs.value.length);
  for (let i = 0; i < obs.value.length; i++) {
    const unit = ds.units[obs.unit[i]!];
    const metric = ds.metrics[obs.metric[i]!];
    const value = obs.value[i]!;
    rows[i] = [
      unit?.district ?? '', unit?.parent ?? '', unit?.name ?? '', unit?.code ?? '',
      ds.periods[obs.period[i]!] ?? '', metric ? metricName(metric, lang) : '', metric?.id ?? '',
      Number.isNaN(value) ? null : value, (lang === 'en' ? metric?.unitEn : metric?.unit) ?? '',
      rawTextOf(ds, i), QUALIFIERS[obs.qualifier[i]!] ?? '',
      ds.files[obs.file[i]!]?.name ?? '', obs.line[i]!,
    ];
  }
  return {
    ...(lang ? { lang } : {}),
    title: w.datasetTitle(name),
    subtitle: w.datasetSubtitle(ds.units.length, ds.periods.length, countText(obs.value.length, lang)),
    source: sourceLine(ds, lang),
    columns: KEYS.map((key, i) => ({ key, label: w.datasetColumns[i] ?? key, ...(NUMERIC.has(key) ? { numeric: true } : {}) })),
    rows,
  };
}
