/**
 * The numbers of a chart as a table, for the CSV and XLSX of a chart view (对比, 分街道, 趋势,
 * 散点, 分布): one row per category (gap rows left out), one value column per data series, the
 * qualifier marks and the change against the comparison period when the chart has them. Numbers
 * stay numbers; reference lines go to the notes with their values. Pure.
 */
import type { ChartSpec, TableSpec } from './chart-spec';
import { referenceValueText } from './spec-text';

type Cell = string | number | null;

const WORDS = {
  zh: { unit: '单位', period: '期间', mark: (s: string) => `${s}标注`, change: '变化', changeMark: '变化标注', x: '横轴', y: '纵轴', ref: (l: string, v: string) => `${l}：${v}` },
  en: { unit: 'Unit', period: 'Period', mark: (s: string) => `${s} mark`, change: 'Change', changeMark: 'Change mark', x: 'x', y: 'y', ref: (l: string, v: string) => `${l}: ${v}` },
};

/** The chart's data as a TableSpec (title, subtitle, source and notes carried over). */
export function chartTableSpec(spec: ChartSpec): TableSpec {
  const lang = spec.lang ?? 'zh';
  const w = WORDS[lang];
  const rows = spec.categories.map((_, i) => i).filter((i) => spec.categoryUnits?.[i] !== null);
  const columns: { key: string; label: string; numeric?: boolean; signed?: boolean }[] = [
    { key: 'category', label: spec.kind === 'line' ? w.period : w.unit },
  ];
  const cells: ((i: number) => Cell)[] = [(i) => spec.categories[i] ?? ''];
  const data = spec.series.filter((s) => s.reference !== true || spec.kind === 'line');
  data.forEach((s, k) => {
    const unit = spec.kind === 'scatter' ? '' : spec.unit;
    columns.push({ key: `s${k}`, label: unit && !s.name.includes(unit) ? `${s.name}（${unit}）` : s.name, numeric: true });
    cells.push((i) => s.values[i] ?? null);
    if (s.marks?.some((m) => m !== '')) {
      columns.push({ key: `m${k}`, label: w.mark(s.name) });
      cells.push((i) => s.marks?.[i] ?? '');
    }
    if (s.deltas?.some((d) => d !== null)) {
      columns.push({ key: `d${k}`, label: `${w.change}（${s.name}）`, numeric: true, signed: true });
      cells.push((i) => s.deltas?.[i] ?? null);
      if (s.deltaMarks?.some((m, i) => m !== '' && s.deltas?.[i] !== null)) {
        columns.push({ key: `dm${k}`, label: `${w.changeMark}（${s.name}）` });
        cells.push((i) => (s.deltas?.[i] === null ? '' : s.deltaMarks?.[i] ?? ''));
      }
    }
  });
  // With its qualifier, as the legend and the slide write it (平均值 约1,183人).
  const refs = (spec.references ?? []).map((r) => w.ref(r.label, referenceValueText(r, lang, spec.unit)));
  return {
    ...(spec.lang ? { lang: spec.lang } : {}),
    title: spec.title,
    subtitle: spec.subtitle,
    source: spec.source,
    columns,
    rows: rows.map((i) => cells.map((f) => f(i))),
    notes: [...refs, ...(spec.notes ?? [])],
    ...(spec.ranked === true ? { ranked: true } : {}),
  };
}
