/**
 * Which colours mean "up" and "down" in change labels. Chinese reports often use 红涨绿跌 (red
 * up, as on the stock market), others 绿涨红跌; the default is 中性 (blue up, orange down), which
 * colour-blind readers can tell apart. Colour never carries the meaning alone: every change also
 * has an arrow and a sign. Stored in localStorage, shared by every chart through one store.
 */
import { createStore, useStore } from '../shared/create-store';

export type ColourConvention = 'neutral' | 'red-up' | 'green-up';

/** Text colours, each ≥ 4.5:1 on white (tests/ui/colour-convention.test.ts checks them). */
export const CHANGE_COLOURS: Readonly<Record<ColourConvention, { readonly up: string; readonly down: string }>> = {
  neutral: { up: '#0061A0', down: '#A04000' },
  'red-up': { up: '#C62828', down: '#2E7D32' },
  'green-up': { up: '#2E7D32', down: '#C62828' },
};

/** The settings in display order, with their key in the message catalogue's `colour` group. */
export const CONVENTION_CHOICES: readonly { value: ColourConvention; key: 'neutral' | 'redUp' | 'greenUp' }[] = [
  { value: 'neutral', key: 'neutral' },
  { value: 'red-up', key: 'redUp' },
  { value: 'green-up', key: 'greenUp' },
];

export const COLOUR_CONVENTION_KEY = 'shequ.colourConvention';

function isConvention(v: unknown): v is ColourConvention {
  return v === 'neutral' || v === 'red-up' || v === 'green-up';
}

function load(): ColourConvention {
  try {
    const v = globalThis.localStorage?.getItem(COLOUR_CONVENTION_KEY);
    return isConvention(v) ? v : 'neutral';
  } catch {
    return 'neutral'; // storage blocked (private mode, policy): the default still works
  }
}

/** The convention in use, read from localStorage on first use. */
const conventionStore = createStore<ColourConvention>(load);

/** The current convention (read from localStorage on first use). */
export function getColourConvention(): ColourConvention {
  return conventionStore.get();
}

/** Change the convention, remember it, and redraw every chart that uses it. */
export function setColourConvention(next: ColourConvention): void {
  if (!isConvention(next)) throw new Error(`unknown colour convention: ${JSON.stringify(next)}`);
  try {
    globalThis.localStorage?.setItem(COLOUR_CONVENTION_KEY, next);
  } catch {
    // Not remembered across reloads, but applied now.
  }
  conventionStore.set(next);
}

/** The current convention; re-renders on change. */
export function useColourConvention(): ColourConvention {
  return useStore(conventionStore);
}

/** `{ up, down }` text colours for changes under the current convention. */
export function useChangeColours(): { readonly up: string; readonly down: string } {
  return CHANGE_COLOURS[useColourConvention()];
}

/** Test helper: read the convention from localStorage again, as after a reload. */
export function resetColourConventionForTests(): void {
  conventionStore.set(load());
}
