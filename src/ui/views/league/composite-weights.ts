/**
 * The composite index settings a person edits: which metrics are in, their weights as typed (so a
 * half-typed `0.` survives), and the method. The URL holds the method and the checked metrics with
 * their valid weights (ViewQuery `method`, `weights`); these pure helpers go between the two.
 */
import type { CompositeMethod } from '../../../analysis/composite-index';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import type { CompositeWeight, ViewQuery } from '../../view-query';

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

/**
 * The settings the URL describes: its method, and its weighted metrics checked (metrics this
 * dataset lacks left out). No weights in the URL means the default choice for the metric on screen.
 */
export function settingsFromQuery(
  candidates: readonly MetricDef[], query: Pick<ViewQuery, 'metric' | 'method' | 'weights'>,
): CompositeSettings {
  const method = query.method ?? 'percentile';
  if (query.weights === undefined) return { ...defaultCompositeSettings(candidates, query.metric), method };
  const given = new Map(query.weights.map((w) => [w.metric, w.weight]));
  const weights: Record<string, WeightEntry> = {};
  for (const m of candidates) {
    const w = given.get(m.id);
    weights[m.id] = { on: w !== undefined, text: w === undefined ? '1' : String(w) };
  }
  return { method, weights };
}

/**
 * What the URL keeps of the settings: each checked metric whose weight is a number ≥ 0, in order.
 * A checked metric whose weight does not parse is left out, as the index leaves it out.
 */
export function weightsForQuery(settings: CompositeSettings): CompositeWeight[] {
  return Object.entries(settings.weights)
    .filter(([, e]) => e.on && !Number.isNaN(parseWeight(e.text)))
    .map(([metric, e]) => ({ metric, weight: parseWeight(e.text) }));
}

function sameWeights(a: readonly CompositeWeight[], b: readonly CompositeWeight[]): boolean {
  const key = (ws: readonly CompositeWeight[]) => ws.map((w) => `${w.metric}\u0000${w.weight}`).sort().join('\u0001');
  return key(a) === key(b);
}

/**
 * The settings to show: the person's last edit while the URL still holds what that edit wrote
 * (so a half-typed `0.`, a rejected `-1` or the weight of an unchecked metric stay as typed),
 * otherwise what the URL says (after a reload, Back/Forward, or a change of the metric on screen
 * while the default choice is in use).
 */
export function shownSettings(fromUrl: CompositeSettings, edited: CompositeSettings | null): CompositeSettings {
  if (edited === null || edited.method !== fromUrl.method) return fromUrl;
  if (Object.keys(edited.weights).join('\u0000') !== Object.keys(fromUrl.weights).join('\u0000')) return fromUrl;
  return sameWeights(weightsForQuery(edited), weightsForQuery(fromUrl)) ? edited : fromUrl;
}
