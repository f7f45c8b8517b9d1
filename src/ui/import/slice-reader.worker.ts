/**
 * Module Web Worker, started by the import worker for each reading of a big chosen file: reads its
 * slices (the size it is given, READ_AHEAD asked for ahead) and hands each over as a
 * transferred ArrayBuffer, in order, then `null`. A thread of its own because a Blob read is
 * drained by the thread that asked for it: asked for by the busy import worker, each slice waited
 * on the worker's next pause. It posts at most READ_AHEAD slices the import worker has not taken
 * (each `more` is room for one), so slices never pile up in memory.
 */
import { READ_AHEAD, slicesOf, type SliceRequest } from './slice-loop';

let room = READ_AHEAD;
let wake: (() => void) | null = null;

self.onmessage = (e: MessageEvent<SliceRequest>) => {
  if (e.data.kind === 'start') void read(e.data.blob, e.data.sliceBytes);
  else {
    room++;
    wake?.();
    wake = null;
  }
};

async function read(blob: Blob, sliceBytes: number): Promise<void> {
  try {
    for await (const slice of slicesOf(blob, sliceBytes)) {
      while (room === 0) await new Promise<void>((resolve) => { wake = resolve; });
      room--;
      self.postMessage(slice, [slice]);
    }
    self.postMessage(null);
  } catch (err) {
    self.postMessage({ failed: err instanceof Error ? err.message : String(err) });
  }
}
