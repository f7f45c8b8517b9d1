/**
 * The chosen files' bytes for the import worker. A file of one slice (a workbook, a community's
 * CSV) is read whole, several files ahead of the one being imported: 150 small files read one
 * after another each waited for its own read. A bigger file is read in slices (read-slices.ts),
 * when its turn comes. Each file is read once, also for the same-bytes check (same-bytes.ts).
 */
import { STREAM_CHUNK_BYTES } from '../../data/pipeline/import-files';
import { readSlices } from './read-slices';

/** Bytes of whole-read files held ahead of the one being imported (their reads asked for at once). */
export const AHEAD_BYTES = 32 * 1024 * 1024;

export class FileReads {
  private readonly reads = new Map<number, Promise<Uint8Array>>();
  /** The file being imported: reads of files before it are not kept. */
  private current = 0;
  /** The next file whose read has not been asked for. */
  private asked = 0;
  /** Bytes of the reads asked for from `current` on. */
  private held = 0;

  constructor(private readonly blobs: readonly { readonly blob: Blob }[], private readonly aheadBytes = AHEAD_BYTES) {}

  /** Whether file `i` is read whole (one slice), not streamed. */
  whole(i: number): boolean {
    return this.blobs[i]!.blob.size <= STREAM_CHUNK_BYTES;
  }

  /**
   * All of file `i`'s bytes: read once for the file being imported and those ahead of it, again
   * for a file before it (the same-bytes check may compare with an earlier file).
   */
  bytes(i: number): Promise<Uint8Array> {
    return this.reads.get(i) ?? this.read(i);
  }

  /** File `i` is imported now: the bytes of the files before it are let go, those of the next ones asked for. */
  begin(i: number): void {
    this.current = i;
    for (const k of this.reads.keys()) {
      if (k < i) { this.reads.delete(k); this.held -= this.blobs[k]!.blob.size; }
    }
    if (this.asked < i) this.asked = i;
    // The next files' reads, while they fit (the current file's always).
    for (; this.asked < this.blobs.length; this.asked++) {
      const k = this.asked;
      if (!this.whole(k) || this.reads.has(k)) continue;
      const size = this.blobs[k]!.blob.size;
      if (k > i && this.held + size > this.aheadBytes) break;
      this.read(k);
    }
  }

  /** File `i`'s bytes, slice by slice (one slice for a whole-read file). */
  async *slices(i: number): AsyncGenerator<Uint8Array, void, undefined> {
    if (this.whole(i)) yield await this.bytes(i);
    else yield* readSlices(this.blobs[i]!.blob);
  }

  private read(i: number): Promise<Uint8Array> {
    const p = this.blobs[i]!.blob.arrayBuffer().then((b) => new Uint8Array(b));
    // A read nobody awaits yet must not be an unhandled rejection; whoever takes it sees the error.
    p.catch(() => undefined);
    if (i >= this.current && this.whole(i)) { this.reads.set(i, p); this.held += this.blobs[i]!.blob.size; }
    return p;
  }
}
