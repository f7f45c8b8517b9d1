/**
 * The long CSV (one row per unit, month and metric), produced as a stream of lines so a
 * city-scale file (~4M rows) never sits in memory as objects: only one unit's series at a time.
 */
import { canonicalMetric } from '../../src/data/vocabulary/metric-catalog';
import { csvLine, formatInteger } from './csv-text';
import type { Plants } from './plants';
import { MODEL_METRIC_IDS, simulateUnit, type ModelMetricId } from './value-model';
import type { UnitRow } from './units';

/** Header of the long file, as a district office would title it. */
export const LONG_HEADER = ['区划代码', '区', '街道', '社区', '期间', '指标', '数值', '单位'] as const;

export interface LongRowsOptions {
  readonly units: readonly UnitRow[];
  /** Month keys `YYYY-MM`, consecutive, oldest first. */
  readonly months: readonly string[];
  /** Canonical metric ids to emit, in this order; derived ratios are not modelled. */
  readonly metricIds: readonly string[];
  readonly seed: number;
  readonly plants?: Plants;
}

function assertModelMetric(id: string): asserts id is ModelMetricId {
  if (!(MODEL_METRIC_IDS as readonly string[]).includes(id)) throw new Error(`metric not modelled: ${id}`);
}

/**
 * Yields the header line, then one line per (unit, month, metric) in unit → month → metric order,
 * without line terminators (join with CRLF and end with CRLF, as Excel writes). Rows listed in
 * `plants.omittedRows` are skipped.
 */
export function* generateLongRows(options: LongRowsOptions): Generator<string, void, undefined> {
  const { units, months, metricIds, seed, plants } = options;
  const metrics = metricIds.map((id) => {
    assertModelMetric(id);
    const def = canonicalMetric(id);
    if (!def) throw new Error(`not a canonical metric: ${id}`);
    return { id, zh: def.zh, unit: def.unit };
  });
  const omitted = new Set((plants?.omittedRows ?? []).map((o) => `${o.code}|${o.period}|${o.metricId}`));
  yield csvLine(LONG_HEADER);
  for (const unit of units) {
    const series = simulateUnit(unit, { months, seed, plants });
    const prefix = csvLine([unit.code, unit.district, unit.street, unit.shortName]);
    for (let t = 0; t < months.length; t++) {
      const period = months[t]!;
      for (const m of metrics) {
        if (omitted.size > 0 && omitted.has(`${unit.code}|${period}|${m.id}`)) continue;
        yield `${prefix},${csvLine([period, m.zh, formatInteger(series[m.id][t]!), m.unit])}`;
      }
    }
  }
}
