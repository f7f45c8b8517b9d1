/**
 * 总览: the period's headline totals per metric family with 环比 (previous period) and 同比 (same
 * period last year), and the top findings of the narrative.
 */
import { FAMILIES, type AggregationKind, type MetricDef, type MetricFamily } from '../data/vocabulary/metric-catalog';
import type { PeriodKey } from '../data/vocabulary/period';
import { previousKey, sameLastYearKey } from './available-periods';
import { changeQualifier, combineQualifiers, differenceQualifier, MISSING_CODE } from './combine-qualifiers';
import type { Lang } from './format-number';
import { buildNarrative, type NarrativeSentence } from './narrative';
import { periodValues } from './period-values';
import { availableMetrics, ratioParts, type RatioParts } from './resolve-metric';
import type { Analysis } from './model/analysis';

/** A total over all units of one metric in one period. */
export interface Total {
  /** Flows and stocks: sum over units (a stock's period-end values); ratios: Σnum / Σden × 100. NaN when no unit has a value. */
  readonly value: number;
  /** Qualifier code of the total (loosest of its parts), for 约/以上. */
  readonly qualifier: number;
  /** Units contributing. */
  readonly n: number;
  /** Some contributing values cover only part of the period. */
  readonly partial: boolean;
  /** 1 for each unit contributing (by unit index); absent when no unit does. */
  readonly members?: Uint8Array;
}

export interface OverviewMetric {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly unit: string;
  readonly kind: AggregationKind;
  readonly total: number;
  readonly qualifier: number;
  /** Units with a value this period. */
  readonly n: number;
  /** Total in the previous period (环比 base); NaN when none. */
  readonly prev: number;
  /** Total in the same period last year (同比 base); NaN when none. */
  readonly yoy: number;
  /** (total − prev) / prev as a fraction (0.12 = +12%); NaN for ratios, missing or zero bases. */
  readonly changePct: number;
  readonly yoyPct: number;
  /** For ratio metrics (percent): total − prev in percentage points (百分点); NaN otherwise. */
  readonly changePp: number;
  readonly yoyPp: number;
  /** Qualifier codes of the 环比 and 同比 changes (differenceQualifier of the two totals'); missing when there is no change. */
  readonly changeQualifier: number;
  readonly yoyQualifier: number;
  /** This period's total is incomplete (months missing for some unit). */
  readonly partial: boolean;
  /** The previous period's total (环比 base) is incomplete: the 环比 is against it. */
  readonly prevPartial: boolean;
  /** The same period last year's total (同比 base) is incomplete: the 同比 is against it. */
  readonly lastYearPartial: boolean;
  /** False when one side of the 环比 / 同比 comparison is partial or covers other units (or another number):
   * the change is shown but must be labelled 口径不一 rather than read silently. */
  readonly changeComparable: boolean;
  readonly yoyComparable: boolean;
}

export interface OverviewFamily {
  readonly family: MetricFamily;
  readonly metrics: readonly OverviewMetric[];
}

export interface Overview {
  readonly families: readonly OverviewFamily[];
  /** Up to three findings with links to their views. */
  readonly findings: readonly NarrativeSentence[];
}

function sumOf(model: Analysis, id: string, period: PeriodKey): Total {
  const v = periodValues(model, id, period);
  let value = 0;
  let n = 0;
  let q = 0;
  let partial = false;
  const members = new Uint8Array(v.values.length);
  for (let u = 0; u < v.values.length; u++) {
    const x = v.values[u]!;
    if (!Number.isFinite(x)) continue;
    value += x;
    n++;
    members[u] = 1;
    q = combineQualifiers(q, v.qualifiers[u]!);
    partial ||= v.partial[u] === 1;
  }
  return n === 0 ? { value: NaN, qualifier: MISSING_CODE, n, partial } : { value, qualifier: q, n, partial, members };
}

/** Ratio recomputed over units that have both parts (never the mean of unit ratios). */
function ratioOf(model: Analysis, parts: RatioParts, period: PeriodKey): Total {
  const num = periodValues(model, parts.numerator, period);
  const den = periodValues(model, parts.denominator, period);
  let a = 0;
  let b = 0;
  let n = 0;
  let qa = 0;
  let qb = 0;
  let partial = false;
  const members = new Uint8Array(num.values.length);
  for (let u = 0; u < num.values.length; u++) {
    const x = num.values[u]!;
    const y = den.values[u]!;
    if (!Number.isFinite(x) || !Number.isFinite(y) || y <= 0) continue;
    a += x;
    b += y;
    n++;
    members[u] = 1;
    qa = combineQualifiers(qa, num.qualifiers[u]!);
    qb = combineQualifiers(qb, den.qualifiers[u]!);
    partial ||= num.partial[u] === 1 || den.partial[u] === 1;
  }
  // A 'more than' denominator makes the rate 'less than' (differenceQualifier), not 'more than'.
  return n === 0 || b === 0 ? { value: NaN, qualifier: MISSING_CODE, n, partial } : { value: (a / b) * 100, qualifier: differenceQualifier(qa, qb), n, partial, members };
}

/** The total of one metric over all units in one period, aggregated by its kind. */
export function metricTotal(model: Analysis, def: MetricDef, period: PeriodKey): Total {
  const parts = ratioParts(def);
  if (parts) return ratioOf(model, parts, period);
  if (def.kind === 'ratio') return { value: NaN, qualifier: MISSING_CODE, n: 0, partial: false };
  return sumOf(model, def.id, period);
}

const rel = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a - b) / b : NaN);
const diff = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? a - b : NaN);
/** Qualifier of a − b or a ÷ b − 1 between two totals; MISSING_CODE when either is absent. */
const changeQualifierOf = (a: Total, b: Total) => changeQualifier(a.value - b.value, a.qualifier, b.qualifier);
/** Same units on both sides (not only as many: one community missing each month is no like-for-like total). */
const sameMembers = (a: Total, b: Total) => a.members === undefined || b.members === undefined
  || (a.members.length === b.members.length && a.members.every((x, u) => x === b.members![u]));
const comparable = (a: Total, b: Total) => b.n > 0 && a.n === b.n && a.partial === b.partial && sameMembers(a, b);

export function buildOverview(model: Analysis, period: PeriodKey, lang: Lang = 'zh'): Overview {
  const ds = model.cube;
  const prevKey = previousKey(period);
  const yoyKey = sameLastYearKey(period);
  const byFamily = new Map<MetricFamily, OverviewMetric[]>();
  for (const def of availableMetrics(ds)) {
    const cur = metricTotal(model, def, period);
    if (cur.n === 0) continue;
    const prev = metricTotal(model, def, prevKey);
    const yoy = metricTotal(model, def, yoyKey);
    const isRatio = def.kind === 'ratio';
    const row: OverviewMetric = {
      id: def.id, label: def.zh, labelEn: def.en, unit: def.unit, kind: def.kind,
      total: cur.value, qualifier: cur.qualifier, n: cur.n, prev: prev.value, yoy: yoy.value,
      changePct: isRatio ? NaN : rel(cur.value, prev.value),
      yoyPct: isRatio ? NaN : rel(cur.value, yoy.value),
      changePp: isRatio ? diff(cur.value, prev.value) : NaN,
      yoyPp: isRatio ? diff(cur.value, yoy.value) : NaN,
      changeQualifier: changeQualifierOf(cur, prev),
      yoyQualifier: changeQualifierOf(cur, yoy),
      partial: cur.partial,
      prevPartial: prev.partial,
      lastYearPartial: yoy.partial,
      changeComparable: comparable(cur, prev),
      yoyComparable: comparable(cur, yoy),
    };
    const list = byFamily.get(def.family) ?? [];
    list.push(row);
    byFamily.set(def.family, list);
  }
  const families = FAMILIES.filter((f) => byFamily.has(f)).map((family) => ({ family, metrics: byFamily.get(family)! }));
  const findings = buildNarrative(model, period, lang, { numbered: false }).sentences.slice(0, 3);
  return { families, findings };
}
