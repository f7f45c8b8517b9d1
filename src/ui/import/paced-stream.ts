/**
 * A paced stream of messages from a helper worker (the slice reader) to the
 * import worker: the helper posts at most `ahead` messages the import worker has not taken, and
 * each message taken gives it room for one more, so nothing piles up in memory. The helper ends
 * its stream with a last message of its own kind; the import worker ends the helper when it
 * stops reading.
 */

/** Import worker → helper: what to stream, or room for one more message. */
export type PacedRequest<S> = { readonly kind: 'start'; readonly start: S } | { readonly kind: 'more' };

/** Posts a message once there is room for it. */
export type PacedPost<M> = (message: M, transfer?: Transferable[]) => Promise<void>;

/** In the helper worker: on `start`, runs `produce` with a post that waits for room. */
export function servePaced<S, M>(ahead: number, produce: (start: S, post: PacedPost<M>) => Promise<void>): void {
  let room = ahead;
  let wake: (() => void) | null = null;
  const post: PacedPost<M> = async (message, transfer = []) => {
    while (room === 0) await new Promise<void>((resolve) => { wake = resolve; });
    room--;
    self.postMessage(message, transfer);
  };
  self.onmessage = (e: MessageEvent<PacedRequest<S>>) => {
    if (e.data.kind === 'start') {
      void produce(e.data.start, post);
    } else {
      room++;
      wake?.();
      wake = null;
    }
  };
}

/**
 * In the import worker: the messages `worker` streams for `start`, in order, up to and including
 * the one `isLast` names; a worker that fails gives `failed(reason)` as its last message. The
 * worker is ended when the loop ends, early or not.
 */
export async function* pacedMessages<S, M>(
  worker: Worker, start: S, isLast: (m: M) => boolean, failed: (reason: string) => M,
): AsyncGenerator<M, void, undefined> {
  const inbox: M[] = [];
  let broken: string | null = null;
  let wake: (() => void) | null = null;
  const ring = (): void => { wake?.(); wake = null; };
  worker.onmessage = (e: MessageEvent<M>) => { inbox.push(e.data); ring(); };
  worker.onerror = (e) => { e.preventDefault(); broken = e.message || 'worker failed'; ring(); };
  try {
    worker.postMessage({ kind: 'start', start } satisfies PacedRequest<S>);
    for (;;) {
      while (inbox.length === 0 && broken === null) await new Promise<void>((resolve) => { wake = resolve; });
      const m = inbox.shift();
      if (m === undefined) {
        yield failed(broken ?? '');
        return;
      }
      worker.postMessage({ kind: 'more' } satisfies PacedRequest<S>);
      yield m;
      if (isLast(m)) return;
    }
  } finally {
    worker.terminate();
  }
}
