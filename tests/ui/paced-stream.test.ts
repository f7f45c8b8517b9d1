/**
 * The paced stream between the import worker and its helper workers (decode, slice reader): the
 * helper never has more than `ahead` messages out that were not taken; the import worker gets them
 * in order up to the last, asks for one more per message taken, and ends the helper when its loop
 * ends, early or not; a helper that fails ends the stream with a failure message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pacedMessages, servePaced, type PacedRequest } from '../../src/ui/import/paced-stream';

const g = globalThis as unknown as { self?: unknown };
afterEach(() => { delete g.self; });

/** The helper side in this thread: `self` is a fake whose posts the test collects. */
function helper<S, M>(ahead: number, produce: Parameters<typeof servePaced<S, M>>[1]) {
  const posted: M[] = [];
  const fake = { onmessage: null as ((e: { data: PacedRequest<S> }) => void) | null, postMessage: (m: M) => { posted.push(m); } };
  g.self = fake;
  servePaced<S, M>(ahead, produce);
  return { posted, send: (r: PacedRequest<S>) => fake.onmessage!({ data: r }) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('servePaced', () => {
  it('posts at most `ahead` messages not taken, one more per `more`', async () => {
    const h = helper<number, number>(2, async (n, post) => { for (let i = 0; i < n; i++) await post(i); });
    h.send({ kind: 'start', start: 5 });
    await tick();
    expect(h.posted).toEqual([0, 1]);
    h.send({ kind: 'more' });
    await tick();
    expect(h.posted).toEqual([0, 1, 2]);
    h.send({ kind: 'more' });
    h.send({ kind: 'more' });
    h.send({ kind: 'more' });
    await tick();
    expect(h.posted).toEqual([0, 1, 2, 3, 4]);
  });
});

/** A fake Worker that replays `script` as its messages once started, counting `more`s. */
function fakeWorker(script: (w: { emit: (m: unknown) => void; fail: (msg: string) => void }) => void) {
  const w = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    onerror: null as ((e: { message: string; preventDefault: () => void }) => void) | null,
    asked: [] as string[],
    terminated: false,
    postMessage(r: { kind: string }) {
      w.asked.push(r.kind);
      if (r.kind === 'start') setTimeout(() => script({ emit: (m) => w.onmessage!({ data: m }), fail: (message) => w.onerror!({ message, preventDefault: () => undefined }) }), 0);
    },
    terminate() { w.terminated = true; },
  };
  return w;
}

describe('pacedMessages', () => {
  it('gives the messages in order up to the last, asks for one more per message, ends the worker', async () => {
    const w = fakeWorker(({ emit }) => { emit(1); emit(2); emit(3); emit(99); emit(5); });
    const got: number[] = [];
    for await (const m of pacedMessages<string, number>(w as unknown as Worker, 'go', (m) => m === 99, () => -1)) got.push(m);
    expect(got).toEqual([1, 2, 3, 99]);
    expect(w.asked).toEqual(['start', 'more', 'more', 'more', 'more']);
    expect(w.terminated).toBe(true);
  });

  it('ends the worker when the loop is left early', async () => {
    const w = fakeWorker(({ emit }) => { emit(1); emit(2); });
    for await (const m of pacedMessages<string, number>(w as unknown as Worker, 'go', () => false, () => -1)) {
      expect(m).toBe(1);
      break;
    }
    expect(w.terminated).toBe(true);
  });

  it('a failing worker ends the stream with the failure message, after what it sent', async () => {
    const w = fakeWorker(({ emit, fail }) => { emit(1); fail('boom'); });
    const got: (number | string)[] = [];
    for await (const m of pacedMessages<string, number | string>(w as unknown as Worker, 'go', () => false, (why) => `failed: ${why}`)) got.push(m);
    expect(got).toEqual([1, 'failed: boom']);
    expect(w.terminated).toBe(true);
  });
});
