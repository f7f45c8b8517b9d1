/**
 * Small texts shared by the chart and table spec builders: the value unit (人/千人), the source
 * line, the absolute/per-capita words, and unique category names.
 */
import { formatQualified } from '../analysis/format-number';
import { isScalable } from '../analysis/per-capita';
import { sourceFileOf, type Dataset } from '../data/dataset/dataset';
import type { MetricDef } from '../data/vocabulary/metric-catalog';
import type { ReferenceLine, SpecLang } from './chart-spec';
import { chartWords } from './chart-words';

/** `none` absolute; `1000` per 1,000 residents; `100hh` per 100 households (same as ViewQuery.per). */
export type PerBaseText = 'none' | '1000' | '100hh';

/**
 * The axis unit: `人`, `人/千人`, `户/百户`, `%` (en: `people`, `people per 1,000 residents`). A
 * metric not shown per capita (a rate, the bases themselves: isScalable) keeps its own unit.
 */
export function valueUnit(metric: MetricDef, per: PerBaseText, lang?: SpecLang): string {
  const u = (lang === 'en' ? metric.unitEn : metric.unit) || '';
  if (!isScalable(metric)) return u;
  const w = chartWords(lang);
  if (per === '1000') return w.perThousandUnit(u);
  if (per === '100hh') return w.perHundredHhUnit(u);
  return u;
}

/** A number as a table cell holds it: itself, or null when there is none (NaN, ±Infinity). */
export function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** `绝对值`, `每千名常住人口`, `每百户` (en: `Absolute`, `Per 1,000 residents`, `Per 100 households`). */
export function perText(per: PerBaseText, lang?: SpecLang): string {
  const w = chartWords(lang);
  return per === '1000' ? w.per1000 : per === '100hh' ? w.per100hh : w.absolute;
}

/**
 * The source line of a chart or table: the sample warning, or the names of the imported files its
 * figures come from, `files` (indices into ds.files from sourceFiles; every file when absent,
 * 未注明 when empty: no figure shown comes from a file).
 */
export function sourceLine(ds: Pick<Dataset, 'isSample' | 'files'>, lang?: SpecLang, files?: readonly number[]): string {
  const w = chartWords(lang);
  if (ds.isSample) return w.sampleSource;
  if (files && files.length === 0) return w.noSource;
  const shown = files ? [...files].sort((a, b) => a - b).map((f) => ds.files[f]!) : ds.files;
  const names = sourceNames(shown, lang);
  const first = names.slice(0, 3).join(w.listSep);
  return names.length > 3 ? w.moreFiles(first, names.length) : first;
}

/**
 * The files a dataset came from, a workbook once: its sheets (sources named `文件.xlsx › 3月`) as
 * `文件.xlsx（5个工作表）`, or as its one sheet's name.
 */
export function sourceNames(files: readonly { name: string }[], lang?: SpecLang): string[] {
  // File → its distinct sources: a CSV file imported twice (or two 社区统计.csv of two folders) is one name, not two sheets.
  const byFile = new Map<string, Set<string>>();
  for (const f of files) {
    const { file } = sourceFileOf(f.name);
    const set = byFile.get(file);
    if (set) set.add(f.name); else byFile.set(file, new Set([f.name]));
  }
  return [...byFile].map(([file, names]) => {
    const sheets = [...names].filter((n) => sourceFileOf(n).sheet);
    return sheets.length > 1 ? chartWords(lang).fileSheets(file, sheets.length) : sheets[0] ?? file;
  });
}

/** `咸水沽镇` or `全部街道/镇` (en: `All streets/towns`). */
export function parentText(parent: string, lang?: SpecLang): string {
  return parent === '' ? chartWords(lang).allParents : parent;
}

/**
 * Display names that are unique within a list: a name that occurs under two streets gets its
 * street in brackets (`前白庙村（小站镇）`), since names alone are ambiguous.
 */
export function uniqueNames(items: readonly { name: string; parent: string }[], lang?: SpecLang): string[] {
  const count = new Map<string, number>();
  const w = chartWords(lang);
  for (const it of items) count.set(it.name, (count.get(it.name) ?? 0) + 1);
  return items.map((it) => ((count.get(it.name) ?? 0) > 1 && it.parent !== '' ? w.nameWithParent(it.name, it.parent) : it.name));
}

/** A reference line as its label and notes write it: `平均值 约1,183.3人`, `Median 850 people`. */
export function referenceText(r: ReferenceLine, lang: SpecLang | undefined, unit: string): string {
  return `${r.label} ${referenceValueText(r, lang, unit)}`;
}

/** A reference line's value with its qualifier and unit: `约1,183.3人`. */
export function referenceValueText(r: ReferenceLine, lang: SpecLang | undefined, unit: string): string {
  return formatQualified(r.value, r.qualifier ?? 0, lang ?? 'zh', { unit });
}
