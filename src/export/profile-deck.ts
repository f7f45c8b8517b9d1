/**
 * 互学互评 batch export: one deck with one slide per community (its percentile bars, strengths,
 * 取长补短 and 连续N期靠后), built through the usual deck writer (buildDeck). The profiles are
 * computed in slices that yield to the page, report progress and stop on an AbortSignal; no
 * file is made when cancelled.
 */
import { learnFromPeers } from '../analysis/learn-from-peer';
import type { PerBase } from '../analysis/per-capita';
import { profileShown, sourceFiles } from '../analysis/source-files';
import { ProfileContext } from '../analysis/unit-profile';
import { buildProfileSlide, type ProfileSpecContext } from '../charts/profile-specs';
import { sourceLine } from '../charts/spec-text';
import type { Analysis } from '../analysis/model/analysis';
import type { DeckItem } from './deck-item';
import { exportDateText } from './export-words';

/** More slides than this make a deck PowerPoint opens slowly; the UI asks for a street instead. */
export const MAX_PROFILE_SLIDES = 400;

export interface ProfileDeckOptions {
  readonly period: string;
  readonly per: PerBase;
  readonly spec: ProfileSpecContext;
  /** Deck title (title slide). */
  readonly title: string;
  /** Called with (units done, units in all) after each slice, and (n, n) before the deck is written. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Milliseconds of work between yields to the page (default 12). */
  readonly sliceMs?: number;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A deck's slides and the files their figures come from (ds.files indices, ascending): the union of the slides' sourceFiles. */
export interface ProfileDeckItems {
  readonly items: DeckItem[];
  readonly files: number[];
}

/** The slides of `units` (indexes into the cube's units), in the order given. Rejects with an AbortError when cancelled. */
export async function profileDeckItems(model: Analysis, units: readonly number[], o: ProfileDeckOptions): Promise<ProfileDeckItems> {
  // Let the page show the progress bar (and its cancel button) before the first profile's work.
  await pause();
  o.signal?.throwIfAborted();
  const ctx = new ProfileContext(model, o.period, o.per);
  const items: DeckItem[] = [];
  const files = new Set<number>();
  let t0 = performance.now();
  for (let k = 0; k < ctx.metricCount; k++) {
    ctx.prepareMetric(k);
    if (performance.now() - t0 >= (o.sliceMs ?? 12)) {
      await pause();
      o.signal?.throwIfAborted();
      t0 = performance.now();
    }
  }
  for (let k = 0; k < units.length; k++) {
    o.signal?.throwIfAborted();
    const p = ctx.profile(units[k]!);
    const learn = learnFromPeers(ctx, p);
    // Each slide names the files of its own unit's (and its peers') figures.
    const own = sourceFiles(model, profileShown(p, learn));
    for (const f of own) files.add(f);
    const source = sourceLine(model.cube, o.spec.lang, own);
    items.push({ kind: 'profile', ...buildProfileSlide(p, learn, { ...o.spec, source }) });
    if (performance.now() - t0 >= (o.sliceMs ?? 12)) {
      o.onProgress?.(k + 1, units.length);
      await pause();
      t0 = performance.now();
    }
  }
  o.signal?.throwIfAborted();
  o.onProgress?.(units.length, units.length);
  return { items, files: [...files].sort((a, b) => a - b) };
}

/** The whole deck's bytes: the title slide and one slide per unit. */
export async function buildProfileDeck(model: Analysis, units: readonly number[], o: ProfileDeckOptions): Promise<Uint8Array> {
  if (units.length > MAX_PROFILE_SLIDES) throw new Error(`buildProfileDeck: ${units.length} units, at most ${MAX_PROFILE_SLIDES}`);
  const { items, files } = await profileDeckItems(model, units, o);
  const { buildDeck } = await import('./pptx-export');
  // The title slide names the files of the slides' figures, not every file of the dataset.
  const source = sourceLine(model.cube, o.spec.lang, files);
  const bytes = await buildDeck(items, { title: o.title, source, date: exportDateText(new Date(), o.spec.lang), lang: o.spec.lang });
  o.signal?.throwIfAborted();
  return bytes;
}
