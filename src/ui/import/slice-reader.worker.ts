/**
 * Module Web Worker, started by the import worker for each reading of a big chosen file: reads its
 * slices (the size it is given, READ_AHEAD asked for ahead) and hands each over as a
 * transferred ArrayBuffer, in order, then `null` (or `{ failed }`). A thread of its own because a
 * Blob read is drained by the thread that asked for it: asked for by the busy import worker, each
 * slice waited on the worker's next pause. Paced (paced-stream.ts): at most READ_AHEAD slices
 * the import worker has not taken.
 */
import { servePaced } from './paced-stream';
import { READ_AHEAD, slicesOf, type SliceMessage, type SliceStart } from './slice-loop';

servePaced<SliceStart, SliceMessage>(READ_AHEAD, async ({ blob, sliceBytes }, post) => {
  try {
    for await (const slice of slicesOf(blob, sliceBytes)) await post(slice, [slice]);
    await post(null);
  } catch (err) {
    await post({ failed: err instanceof Error ? err.message : String(err) });
  }
});
