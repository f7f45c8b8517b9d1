import { useEffect, useState } from 'react';
import type { Pin } from '../../export/deck-store';
import { listPins, subscribePins } from '../../export/deck-store';

/** The 汇报篮 pins, loaded from IndexedDB and kept current; `error` when storage is unavailable. */
export function usePins(): { pins: readonly Pin[]; loaded: boolean; error: string | null } {
  const [pins, setPins] = useState<readonly Pin[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const off = subscribePins((p) => { if (alive) setPins(p); });
    listPins().then(
      (p) => { if (alive) { setPins(p); setLoaded(true); } },
      () => { if (alive) { setError('无法读取汇报篮（浏览器存储不可用，可能处于无痕模式）。'); setLoaded(true); } },
    );
    return () => { alive = false; off(); };
  }, []);
  return { pins, loaded, error };
}
