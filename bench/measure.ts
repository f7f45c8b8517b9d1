/**
 * Timing helpers for the bench: medians of several runs with a warm-up and a forced GC between
 * runs, bounded by a time budget so a slow pipeline cannot make `npm run bench` take an hour.
 */

/** Runs V8's collector when node was started with --expose-gc; otherwise does nothing. */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/**
 * `gc()`, then 30 ms of spinning: a forced collection leaves its sweeping to background threads,
 * and an operation timed at once competes with them for the two cores (view switches of 2 ms then
 * showed 4–5 ms outliers in most rounds; after the pause, in about one round of four: a click
 * comes long after any collection). Spinning, not sleeping: a sleeping virtual CPU wakes with cold
 * caches, and the switches then took a quarter longer.
 */
export function settledGc(): void {
  gc();
  const t0 = performance.now();
  while (performance.now() - t0 < 30);
}

/** True when `gc()` really collects (node --expose-gc). */
export function gcAvailable(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** Median of a non-empty list (mean of the middle two for even lengths); NaN when empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The times of one measured operation, in milliseconds. */
export interface Timing {
  /** Median of the measured runs (warm-up excluded), ms. */
  readonly ms: number;
  /** Every measured run, ms, in order. */
  readonly runs: readonly number[];
  /** Warm-up run time (ms), or null when it was skipped because one run already exceeds the budget share. */
  readonly warmupMs: number | null;
  /** Error message when the operation threw; ms is NaN then. */
  readonly error?: string;
}

export interface TimeOptions {
  /** Runs wanted after the warm-up. */
  readonly runs: number;
  /** Per operation: stop adding runs once its measured time exceeds this (ms); at least one run is measured. */
  readonly budgetMs: number;
  /** Skip the warm-up when the first run takes longer than this (ms): it warmed the JIT by itself and counts. Default 5,000. */
  readonly warmupSkipAboveMs?: number;
}

/**
 * One operation to time: sync or async. `before` runs after the GC and just before the clock
 * starts; `after` sees each result after the clock stopped (run −1 = warm-up). Neither is timed.
 */
export interface Operation<T = unknown> {
  readonly name: string;
  readonly fn: () => T | Promise<T>;
  readonly before?: () => void;
  readonly after?: (result: T, run: number) => void | Promise<void>;
}

/** Erases an operation's result type so operations of different types can share one list. */
export function operation<T>(op: Operation<T>): Operation {
  return op as unknown as Operation;
}

/**
 * Times several operations round-robin (warm-up of each, then run 1 of each, run 2 of each …),
 * with a GC before every run, so that load from other processes drifting during the bench
 * affects ours and the peers alike and the ratios stay meaningful. An operation that throws
 * is recorded with its error and dropped from later rounds.
 */
export async function timeInterleaved(ops: readonly Operation[], opts: TimeOptions): Promise<Record<string, Timing>> {
  const state = ops.map((op) => ({ op, runs: [] as number[], warmupMs: null as number | null, error: undefined as string | undefined, spent: 0 }));
  const skipAbove = opts.warmupSkipAboveMs ?? 5000;
  const once = async (s: (typeof state)[number], run: number): Promise<number> => {
    gc();
    s.op.before?.();
    const t0 = performance.now();
    const result = await s.op.fn();
    const dt = performance.now() - t0;
    await s.op.after?.(result, run);
    return dt;
  };
  for (const s of state) {
    try {
      const first = await once(s, -1);
      if (first > skipAbove) {
        s.runs.push(first);
        s.spent += first;
      } else {
        s.warmupMs = first;
      }
    } catch (e) {
      s.error = e instanceof Error ? e.message : String(e);
    }
  }
  for (let round = 0; round < opts.runs; round++) {
    for (const s of state) {
      if (s.error !== undefined || s.runs.length >= opts.runs) continue;
      if (s.runs.length > 0 && s.spent >= opts.budgetMs) continue;
      try {
        const dt = await once(s, s.runs.length);
        s.runs.push(dt);
        s.spent += dt;
      } catch (e) {
        s.error = e instanceof Error ? e.message : String(e);
      }
    }
  }
  const out: Record<string, Timing> = {};
  for (const s of state) {
    out[s.op.name] = { ms: median(s.runs), runs: s.runs, warmupMs: s.warmupMs, ...(s.error !== undefined ? { error: s.error } : {}) };
  }
  return out;
}

/** Synchronous single timing, ms. */
export function timeOnce<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}
