/**
 * The 汇报篮 pins as the page shows them: one store, read from IndexedDB when a basket mounts and
 * set from the result of every change made through changePins, so each open view of the list
 * agrees without listening to the database.
 */
import { useEffect } from 'react';
import type { Pin } from '../../export/deck-store';
import { listPins } from '../../export/deck-store';
import { createStore, useStore } from '../shared/create-store';

/** The pins in deck order; `loaded` once read, `error` true when storage is unavailable. */
export interface PinsState {
  readonly pins: readonly Pin[];
  readonly loaded: boolean;
  readonly error: boolean;
}

const pinsStore = createStore<PinsState>({ pins: [], loaded: false, error: false });

/** Runs a change of the pin list (deck-store's addPin, movePin, removePin, clearPins) and shows its result. */
export async function changePins(change: () => Promise<readonly Pin[]>): Promise<readonly Pin[]> {
  const pins = await change();
  pinsStore.set({ pins, loaded: true, error: false });
  return pins;
}

/** The 汇报篮 pins, read from IndexedDB on mount and kept current by changePins. */
export function usePins(): PinsState {
  useEffect(() => {
    listPins().then(
      (pins) => pinsStore.set({ pins, loaded: true, error: false }),
      () => pinsStore.set({ ...pinsStore.get(), loaded: true, error: true }),
    );
  }, []);
  return useStore(pinsStore);
}
