/**
 * Prepares the shown dataset for fast switching (src/analysis/prepare-dataset.ts) in idle time,
 * in slices, so a city-scale index pass never blocks a frame; stops when the dataset changes.
 */
import { useEffect } from 'react';
import { prepareDatasetStep } from '../../analysis/prepare-dataset';
import type { Dataset } from '../../data/dataset';

/** Slice length when requestIdleCallback is missing (Safari): short enough to stay under a frame. */
const FALLBACK_SLICE_MS = 8;
/**
 * Longest slice in an idle period (which can offer 50 ms): a slice overruns its budget by up to one
 * task (a few ms; 20–30 ms for the very first, cold ones), and a task over 50 ms is a long task.
 */
const IDLE_SLICE_MS = 20;

export function usePrepareDataset(dataset: Dataset | undefined): void {
  useEffect(() => {
    if (!dataset) return;
    let cancelled = false;
    let handle: number | undefined;
    const idle = typeof requestIdleCallback === 'function';
    const step = (budget: number) => {
      if (cancelled || prepareDatasetStep(dataset, Math.max(1, budget))) return;
      schedule();
    };
    const schedule = () => {
      handle = idle
        ? requestIdleCallback((deadline) => step(Math.min(IDLE_SLICE_MS, deadline.timeRemaining())))
        : window.setTimeout(() => step(FALLBACK_SLICE_MS), 0);
    };
    schedule();
    return () => {
      cancelled = true;
      if (handle === undefined) return;
      if (idle) cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [dataset]);
}
