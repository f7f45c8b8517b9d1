/**
 * The scatter's points: units in scope with a value for both metrics (per capita where the metric
 * scales), and the units missing one or both, by which is missing. Also the default X metric.
 */
import { compareUnits } from '../../../analysis/compare-units';
import { isScalable, type PerBase } from '../../../analysis/per-capita';
import type { Analysis } from '../../../analysis/model/analysis';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';

export interface ScatterData {
  /** `partial`: the x or y value covers only part of the period. */
  readonly points: { unit: number; name: string; parent: string; x: number; y: number; partial: boolean }[];
  readonly missingX: { name: string; parent: string }[];
  readonly missingY: { name: string; parent: string }[];
  readonly xPer: PerBase;
  readonly yPer: PerBase;
}

/** Natural partners: what the Y metric is usually read against. */
const PARTNERS: Readonly<Record<string, readonly string[]>> = {
  reemployed: ['unemployed'],
  placed_4050: ['unemployed'],
  jobs_developed: ['unemployed'],
  unemployed: ['reemployed'],
  zero_employment_households: ['unemployed'],
  people_visited: ['hardship_households', 'dibao_households'],
  aid_amount: ['hardship_households', 'dibao_households'],
  illness_aid: ['dibao_households'],
  volunteer_activities: ['volunteers'],
  volunteer_hours: ['volunteers'],
  service_beneficiaries: ['volunteer_activities'],
  volunteers: ['residents'],
  event_participants: ['cultural_events'],
};

/**
 * The X metric when the URL names none (or an unknown one): a natural partner, else another
 * non-base metric, else any other; of those with values in the period (`withValues`) when there
 * is one, so a partner only in another period's file does not draw an empty scatter.
 */
export function defaultXMetric(options: readonly MetricDef[], y: string, withValues: (id: string) => boolean = () => true): string {
  const order = [
    ...(PARTNERS[y] ?? []).flatMap((id) => options.filter((m) => m.id === id)),
    ...options.filter((m) => m.family !== 'base' && m.family !== 'derived'),
    ...options,
  ].filter((m) => m.id !== y);
  return (order.find((m) => withValues(m.id)) ?? order[0])?.id ?? '';
}

export function scatterData(model: Analysis, q: { x: MetricDef; y: MetricDef; period: string; parent: string; per: PerBase }): ScatterData {
  const scope = { period: q.period, parent: q.parent || undefined, per: q.per };
  const xr = compareUnits(model, { ...scope, metric: q.x.id });
  const yr = compareUnits(model, { ...scope, metric: q.y.id });
  const ys = new Map(yr.items.map((it) => [it.unit, it]));
  const xs = new Set<number>();
  const points = [];
  for (const it of xr.items) {
    xs.add(it.unit);
    const y = ys.get(it.unit);
    if (y !== undefined) points.push({ unit: it.unit, name: it.name, parent: it.parent, x: it.value, y: y.value, partial: it.partial || y.partial });
  }
  // Stable order for labels and the data table: dataset order (compareUnits sorts by value).
  points.sort((a, b) => a.unit - b.unit);
  const missingX = xr.missing.map(({ name, parent }) => ({ name, parent }));
  const missingY = yr.missing.map(({ name, parent }) => ({ name, parent }));
  return {
    points, missingX, missingY,
    xPer: isScalable(q.x) ? q.per : 'none',
    yPer: isScalable(q.y) ? q.per : 'none',
  };
}
