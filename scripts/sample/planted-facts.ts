/**
 * Measures the planted imbalances in generated series, so data/README.md quotes the numbers
 * the generator actually produced (and a changed model cannot silently lose a plant).
 */
import type { Plants } from './plants';
import type { UnitSeries } from './value-model';
import type { UnitRow } from './units';

export interface StreetRate {
  readonly street: string;
  /** Re-employed per 1,000 residents per month, over all months. */
  readonly perThousandPerMonth: number;
}

export interface LowVolunteerFact {
  readonly unit: string;
  readonly street: string;
  /** Registered volunteers per 1,000 residents at the last month. */
  readonly perThousand: number;
  /** perThousand ÷ the median over all units. */
  readonly ofMedian: number;
}

export interface PlantedFacts {
  readonly lagging?: {
    readonly street: string;
    readonly units: number;
    readonly rate: number;
    readonly othersRate: number;
    /** rate ÷ othersRate. */
    readonly ratio: number;
    /** Every street, lowest rate first. */
    readonly streets: readonly StreetRate[];
  };
  readonly lowVolunteers?: {
    readonly month: string;
    readonly median: number;
    readonly units: readonly LowVolunteerFact[];
  };
  readonly widening?: {
    readonly metricId: string;
    /** First month of the widening, and the month before it (the baseline). */
    readonly from: string;
    readonly baseline: string;
    readonly topStreet: string;
    readonly bottomStreet: string;
    /** Coefficient of variation (population SD ÷ mean) across units, per month. */
    readonly cvByMonth: readonly { readonly month: string; readonly cv: number }[];
    /** Mean per community in the month before the widening, and in the last month. */
    readonly topBefore: number; readonly topAfter: number;
    readonly bottomBefore: number; readonly bottomAfter: number;
    /** True when the CV rises every month from the start of the widening (against the month before it). */
    readonly risesMonthly: boolean;
    /** Mean per community by street in the last month, highest first. */
    readonly streetsAtEnd: readonly { readonly street: string; readonly mean: number }[];
  };
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Population standard deviation ÷ mean. */
export function coefficientOfVariation(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance) / mean;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The plants' effect as measured in `series` (one entry per unit, same order as `units`). */
export function measurePlants(units: readonly UnitRow[], series: readonly UnitSeries[], months: readonly string[], plants: Plants): PlantedFacts {
  const streetName = (code: string) => units.find((u) => u.streetCode === code)?.street ?? code;
  const facts: { -readonly [K in keyof PlantedFacts]: PlantedFacts[K] } = {};

  if (plants.laggingStreet) {
    const code = plants.laggingStreet.streetCode;
    const byStreet = new Map<string, { re: number; pop: number }>();
    const lag = { re: 0, pop: 0 };
    const rest = { re: 0, pop: 0 };
    units.forEach((u, i) => {
      const re = sum(series[i]!.reemployed);
      const pop = sum(series[i]!.residents);
      const acc = byStreet.get(u.street) ?? { re: 0, pop: 0 };
      acc.re += re; acc.pop += pop;
      byStreet.set(u.street, acc);
      const target = u.streetCode === code ? lag : rest;
      target.re += re; target.pop += pop;
    });
    const rate = 1000 * lag.re / lag.pop;
    const othersRate = 1000 * rest.re / rest.pop;
    facts.lagging = {
      street: streetName(code),
      units: units.filter((u) => u.streetCode === code).length,
      rate, othersRate, ratio: rate / othersRate,
      streets: [...byStreet].map(([street, a]) => ({ street, perThousandPerMonth: 1000 * a.re / a.pop }))
        .sort((a, b) => a.perThousandPerMonth - b.perThousandPerMonth),
    };
  }

  if (plants.lowVolunteerCodes?.length) {
    const last = months.length - 1;
    const rates = series.map((s) => 1000 * s.volunteers[last]! / s.residents[last]!);
    const med = median(rates);
    facts.lowVolunteers = {
      month: months[last]!, median: med,
      units: plants.lowVolunteerCodes.map((code) => {
        const i = units.findIndex((u) => u.code === code);
        if (i < 0) throw new Error(`low-volunteer unit not in the sample: ${code}`);
        return { unit: units[i]!.shortName, street: units[i]!.street, perThousand: rates[i]!, ofMedian: rates[i]! / med };
      }),
    };
  }

  const gap = plants.wideningGap;
  if (gap) {
    const start = months.indexOf(gap.from);
    if (start < 1) throw new Error(`widening start ${gap.from} needs a month before it in the sample`);
    const cvByMonth = months.map((month, t) => ({ month, cv: coefficientOfVariation(series.map((s) => s[gap.metricId][t]!)) }));
    const streetMean = (code: string, t: number) => {
      const vals = units.flatMap((u, i) => (u.streetCode === code ? [series[i]![gap.metricId][t]!] : []));
      return sum(vals) / vals.length;
    };
    const last = months.length - 1;
    const streetCodes = [...new Set(units.map((u) => u.streetCode))];
    facts.widening = {
      metricId: gap.metricId, from: gap.from, baseline: months[start - 1]!, topStreet: streetName(gap.topStreetCode), bottomStreet: streetName(gap.bottomStreetCode),
      cvByMonth,
      topBefore: streetMean(gap.topStreetCode, start - 1), topAfter: streetMean(gap.topStreetCode, last),
      bottomBefore: streetMean(gap.bottomStreetCode, start - 1), bottomAfter: streetMean(gap.bottomStreetCode, last),
      risesMonthly: cvByMonth.slice(start - 1).every((c, k, arr) => k === 0 || c.cv > arr[k - 1]!.cv),
      streetsAtEnd: streetCodes.map((code) => ({ street: streetName(code), mean: streetMean(code, last) }))
        .sort((a, b) => b.mean - a.mean),
    };
  }
  return facts;
}
