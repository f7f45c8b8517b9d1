/**
 * The one store helper for UI state that is not in the URL (the UI language, the colour
 * convention, the running import): a value, its setter, and the subscription React's
 * useSyncExternalStore expects. Each store is a named object its owner exports; nothing else
 * keeps listeners by hand.
 */
import { useSyncExternalStore } from 'react';

/** A value that components can read and follow. */
export interface Store<T> {
  /** The current value (the initial one is computed on first read when given as a function). */
  get(): T;
  /** Replace the value and tell every subscriber; a value identical to the current one is ignored. */
  set(next: T): void;
  /** Be told after each change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** A store holding `initial`, or the result of `initial()` computed on first read. */
export function createStore<T>(initial: T | (() => T)): Store<T> {
  const listeners = new Set<() => void>();
  let loaded = typeof initial !== 'function';
  let value = (loaded ? initial : undefined) as T;
  const get = (): T => {
    if (!loaded) {
      value = (initial as () => T)();
      loaded = true;
    }
    return value;
  };
  return {
    get,
    set(next: T): void {
      if (loaded && Object.is(next, value)) return;
      value = next;
      loaded = true;
      for (const l of [...listeners]) l();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

/** The store's current value; re-renders the calling component when it changes. */
export function useStore<T>(store: Pick<Store<T>, 'get' | 'subscribe'>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
