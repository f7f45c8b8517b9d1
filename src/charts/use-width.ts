/** The width of a chart's box, followed with ResizeObserver, for the hand-drawn SVG charts. */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** Width of the parent element, followed with ResizeObserver (800 before the first measure). */
export function useWidth(fixed: number | undefined): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [w, setW] = useState(fixed ?? 800);
  useEffect(() => {
    if (fixed !== undefined || !ref.current || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const cw = entries[0]?.contentRect.width;
      if (cw && cw > 0) setW(Math.floor(cw));
    });
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, [fixed]);
  return [ref, fixed ?? w];
}

