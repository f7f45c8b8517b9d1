/**
 * The composite index settings a person edits: which metrics are in, their weights as typed (so a
 * half-typed `0.` survives), and the method. Pure helpers, kept apart from the React panel.
 */
import type { CompositeMethod } from '../../../analysis/composite-index';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';

export interface WeightEntry {
  readonly on: boolean;
  /** The weight as typed. */
  readonly text: string;
}

export interface CompositeSettings {
  readonly method: CompositeMethod;
  readonly weights: Readonly<Record<string, WeightEntry>>;
}

/** Metrics that can enter the index: everything but the base figures (人口, 户数). */
export function compositeCandidates(metrics: readonly MetricDef[]): MetricDef[] {
  return metrics.filter((m) => m.family !== 'base');
}

/** Starts with the metric on screen plus the next two directional ones, each weight 1. */
export function defaultCompositeSettings(candidates: readonly MetricDef[], focus: string): CompositeSettings {
  const directional = candidates.filter((m) => m.direction !== 'neutral');
  const start = Math.max(0, directional.findIndex((m) => m.id === focus));
  const picked = new Set(directional.slice(start, start + 3).map((m) => m.id));
  if (picked.size < 3) for (const m of directional.slice(0, 3 - picked.size)) picked.add(m.id);
  const weights: Record<string, WeightEntry> = {};
  for (const m of candidates) weights[m.id] = { on: picked.has(m.id), text: '1' };
  return { method: 'percentile', weights };
}

/** A typed weight as a number: NaN unless it is a finite number ≥ 0. */
export function parseWeight(text: string): number {
  const t = text.trim();
  if (t === '') return NaN;
  const w = Number(t);
  return Number.isFinite(w) && w >= 0 ? w : NaN;
}

/** The metrics and weights to pass to compositeIndex (checked, with a valid weight > 0). */
export function activeWeights(settings: CompositeSettings): { id: string; weight: number }[] {
  return Object.entries(settings.weights)
    .filter(([, e]) => e.on)
    .map(([id, e]) => ({ id, weight: parseWeight(e.text) }))
    .filter((m) => m.weight > 0);
}
