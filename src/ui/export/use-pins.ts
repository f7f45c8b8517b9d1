import { useEffect, useState } from 'react';
import type { Pin } from '../../export/deck-store';
import { listPins, subscribePins } from '../../export/deck-store';

/** The 汇报篮 pins, loaded from IndexedDB and kept current; `error` true when storage is unavailable. */
export function usePins(): { pins: readonly Pin[]; loaded: boolean; error: boolean } {
  const [pins, setPins] = useState<readonly Pin[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState(false);
  useEffect(() => {
    let alive = true;
    const off = subscribePins((p) => { if (alive) setPins(p); });
    listPins().then(
      (p) => { if (alive) { setPins(p); setLoaded(true); } },
      () => { if (alive) { setError(true); setLoaded(true); } },
    );
    return () => { alive = false; off(); };
  }, []);
  return { pins, loaded, error };
}
