/**
 * Prepares a dataset for fast switching (src/analysis/prepare-dataset.ts) before it is shown, so
 * that the very first metric or period switch, whenever it comes, finds its answer ready (a few
 * milliseconds at city scale instead of 10–20 for a cold 均衡 period). The work runs on this thread
 * in slices of about SLICE_MS with a yield to the event loop between them, so no task is long, the
 * progress bar moves and the page stays usable; the dataset on screen stays until the new one is
 * ready. About 1.5 s for a whole city, a few milliseconds for the sample.
 */
import { prepareDatasetStep, preparationProgress } from '../../analysis/prepare-dataset';
import type { Dataset } from '../../data/dataset';

/**
 * Budget of one slice. A slice overruns it by at most one task (a metric in a period, about 1 ms;
 * the first, cold ones and the name sort up to 20–30 ms), so slices stay under the 50 ms of a
 * long task.
 */
export const SLICE_MS = 12;

export interface PrepareForShowingOptions {
  /** Told the share done (0..1) after every slice. */
  readonly onProgress?: (share: number) => void;
  /** Stops between slices once aborted (the caches keep what was done; a later call goes on). */
  readonly signal?: AbortSignal;
}

/** Resolves true when `ds` is fully prepared, false when `signal` stopped it first. */
export async function prepareForShowing(ds: Dataset, { onProgress, signal }: PrepareForShowingOptions = {}): Promise<boolean> {
  for (;;) {
    if (signal?.aborted) return false;
    const done = prepareDatasetStep(ds, SLICE_MS);
    onProgress?.(done ? 1 : preparationProgress(ds));
    if (done) return true;
    await nextTask();
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
