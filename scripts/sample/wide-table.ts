/**
 * One half-year as the wide sheet a street office keeps in Excel and saves as "CSV (逗号分隔)":
 * a title row carrying the period, a header with one column per metric (`再就业人数(人)`), one
 * row per community and a `合计` row. A few cells are typed the way people type them.
 */
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { csvLine, formatInteger, withThousandsSeparator } from './csv-text';
import type { UnitSeries, ModelMetricId } from './value-model';
import type { UnitRow } from './units';

/** A cell written as a person would: `1,568`, or rounded down with `余` (`3500余`). */
export interface QuirkCell {
  readonly code: string;
  readonly metricId: ModelMetricId;
  readonly style: 'thousands' | 'approx_above';
}

/** What a quirk cell says, against the value it stands for. */
export interface QuirkNote {
  readonly unit: string;
  readonly column: string;
  readonly value: number;
  readonly written: string;
  /** The number the cell parses to (`3500余` → 3500). */
  readonly parsed: number;
}

export interface WideHalfYearOptions {
  readonly units: readonly UnitRow[];
  /** Series of each unit, same order as `units`, over `months`. */
  readonly series: readonly UnitSeries[];
  readonly months: readonly string[];
  readonly year: number;
  readonly half: 1 | 2;
  readonly metricIds: readonly ModelMetricId[];
  /** District name for the title, e.g. `津南区`. */
  readonly district: string;
  readonly quirks?: readonly QuirkCell[];
}

export interface WideHalfYear {
  /** CSV lines without terminators. */
  readonly lines: string[];
  readonly quirkNotes: QuirkNote[];
  /** The `合计` row's numbers, in metric order. */
  readonly totals: number[];
}

/** Flows summed over the half's six months; stocks at its last month. */
export function wideHalfYear(options: WideHalfYearOptions): WideHalfYear {
  const { units, series, months, year, half, metricIds, district, quirks = [] } = options;
  const keys = Array.from({ length: 6 }, (_, i) => `${year}-${String((half - 1) * 6 + i + 1).padStart(2, '0')}`);
  const idx = keys.map((k) => {
    const i = months.indexOf(k);
    if (i < 0) throw new Error(`month ${k} not in the model's months`);
    return i;
  });
  const defs = metricIds.map((id) => {
    const def = canonicalMetric(id);
    if (!def || def.kind === 'ratio') throw new Error(`not a modelled canonical metric: ${id}`);
    return def;
  });
  const width = 2 + defs.length;
  const title = `${year}年${half === 1 ? '上' : '下'}半年${district}社区工作统计表`;
  // Excel pads every row to the sheet's used width, so the title row ends in commas.
  const lines = [title + ','.repeat(width - 1), csvLine(['街道', '社区', ...defs.map((d) => `${d.zh}(${d.unit})`)])];
  const totals = defs.map(() => 0);
  const quirkNotes: QuirkNote[] = [];

  units.forEach((unit, u) => {
    const s = series[u]!;
    const cells = defs.map((def, j) => {
      const values = s[metricIds[j]!];
      const value = def.kind === 'stock'
        ? values[idx[5]!]!
        : idx.reduce((sum, i) => sum + values[i]!, 0);
      const quirk = quirks.find((q) => q.code === unit.code && q.metricId === def.id);
      let written = formatInteger(value);
      let parsed = value;
      if (quirk?.style === 'thousands') {
        if (value < 1000) throw new Error(`thousands quirk on a value below 1000: ${unit.code} ${def.id} ${value}`);
        written = withThousandsSeparator(value);
      } else if (quirk?.style === 'approx_above') {
        parsed = Math.floor(value / 100) * 100;
        // 余 means "more than": only honest when the true value is above the round number.
        if (value < 1000 || parsed === value) throw new Error(`余 quirk needs a value above a round hundred: ${unit.code} ${def.id} ${value}`);
        written = `${parsed}余`;
      }
      if (quirk) quirkNotes.push({ unit: unit.shortName, column: `${def.zh}(${def.unit})`, value, written, parsed });
      totals[j]! += parsed;
      return written;
    });
    lines.push(csvLine([unit.street, unit.shortName, ...cells]));
  });
  if (quirkNotes.length !== quirks.length) throw new Error('a quirk cell names a unit or metric not in the table');
  // The total adds the numbers as written (3500余 counts 3500), so the sheet sums by its own cells.
  lines.push(csvLine(['合计', '', ...totals.map(formatInteger)]));
  return { lines, quirkNotes, totals };
}
