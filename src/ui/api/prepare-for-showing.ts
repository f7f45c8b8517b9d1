/**
 * Prepares a dataset for fast switching (src/analysis/prepare-dataset.ts) before it is shown, so
 * that the very first metric or period switch, whenever it comes, finds its answer ready (a few
 * milliseconds at city scale instead of 10–20 for a cold 均衡 period). The work runs on this thread
 * in slices of about SLICE_MS, each in a task of its own, so the progress bar moves and the page
 * stays usable; the dataset on screen stays until the new one is ready. About 1–1.5 s for a whole
 * city in Chromium, a few milliseconds for the sample.
 */
import { prepareDatasetStep, preparationProgress } from '../../analysis/prepare-dataset';
import type { Dataset } from '../../data/dataset/dataset';

/**
 * Budget of one slice. A slice overruns it by at most one task (a metric in a period, about 1 ms;
 * the name sort, in a slice of its own, and the first, cold tasks 20–30 ms), so slices stay well
 * under the 50 ms of a long task.
 */
export const SLICE_MS = 8;

export interface PrepareForShowingOptions {
  /** Told the share done (0..1) after every slice. */
  readonly onProgress?: (share: number) => void;
  /** Stops between slices once aborted (the caches keep what was done; a later call goes on). */
  readonly signal?: AbortSignal;
}

/** Resolves true when `ds` is fully prepared, false when `signal` stopped it first. */
export async function prepareForShowing(ds: Dataset, { onProgress, signal }: PrepareForShowingOptions = {}): Promise<boolean> {
  for (;;) {
    // Every slice in a task of its own, the first too: the caller may be finishing a task of its
    // own (the import worker's message with the dataset takes 25–35 ms, a collection included).
    await nextTask();
    if (signal?.aborted) return false;
    const done = prepareDatasetStep(ds, SLICE_MS);
    onProgress?.(done ? 1 : preparationProgress(ds));
    if (done) return true;
  }
}

/**
 * Resolves in a new task. A MessageChannel message is not clamped to 4 ms like a nested timeout,
 * nor slowed to once a second in a background tab, nor starved like an idle callback while the
 * page is busy rendering.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
