/**
 * The work done before a dataset is shown (after an import, or when a saved dataset is opened: see
 * src/ui/api/prepare-for-showing.ts) so that every metric or period switch costs a few milliseconds
 * even for a whole city:
 * 1. `index`: the metric index (one pass over all observations), the Chinese name order of the
 *    units and the street ids. About 0.25 s at city scale.
 * 2. `views`: every metric in every period of the default period's granularity (the quarters,
 *    newest first), then of the years, halves and the rest (the months), rolled up, sorted once
 *    and summarised as the 均衡 view shows it (spread, Theil, laggard count, median, spread-trend
 *    point), then the 连续N期靠后 lists of the default granularity and, per period, what the
 *    均衡 narrative reads besides (its laggards metric's rows and 连续N期靠后 list at any
 *    granularity, the rank moves: 6 ms on a month switch otherwise). About 1 ms per metric and
 *    period, so about 1.3 s for a city's 20 metrics × 57 periods, in slices of at most one such task.
 *    Roll-ups are held in the size-limited cache (about 10 bytes per observation at city scale) and
 *    the pass stops before they fill three quarters of it, so it never evicts what it prepared; a
 *    stored period as it is (a monthly city's months) shares the metric index's column and holds
 *    only its sort order (4 bytes per value).
 * Every result lands in the caches the views read from (periodValues, sharedFiniteOrder,
 * imbalanceForMetric, spreadPoint, persistentLaggards), so a view asks the same functions it always
 * does and finds the answer there; what the pass leaves out (past the cache room) is computed when asked.
 */
import type { Dataset } from '../data/dataset/dataset';
import { parsePeriodKey, type PeriodKey } from '../data/vocabulary/period';
import { availablePeriods, defaultPeriod, type RollUpGranularity } from './available-periods';
import { imbalanceForMetric } from './imbalance';
import { buildMetricIndexStep, metricIndexProgress, metricIndexReady } from './metric-index';
import { buildNarrative } from './narrative';
import { cachedResultCount, cacheLimit, periodValues } from './period-values';
import { PERSISTENT_RUN, persistentLaggards } from './persistent-laggards';
import { availableMetrics } from './resolve-metric';
import { spreadPoint } from './spread-trend';
import { sharedMedian } from './statistics-basics';
import { nameOrderReady, streetIds, unitNameOrder } from './unit-scope';

/** How far to prepare: the index alone, or also the summaries of every metric in every period. */
export type PrepareStage = 'index' | 'views';

interface ViewsCursor {
  readonly periods: readonly PeriodKey[];
  /** How many of `periods` (the first ones) are of the default granularity: their 连续N期靠后 lists are prepared too. */
  readonly main: number;
  readonly metrics: readonly string[];
  /**
   * Next task, counting two passes over (period, metric), newest period first: the summaries,
   * then the 连续N期靠后 lists (which read every earlier period, rolled up by then) of the main
   * granularity's periods (a year's list reads three years: cheap on a click, 27 KB kept each),
   * with each period's narrative after its last metric.
   */
  next: number;
}

const CURSORS = new WeakMap<Dataset, ViewsCursor>();

/**
 * Advances the preparation of `ds` by about `budgetMs` milliseconds (Infinity: to the end of
 * `through`) and says whether that stage is complete. Call it in slices (prepare-for-showing.ts
 * gives each 8 ms and yields between them) until it returns true. Each task is small (the index
 * pass is sliced, a metric and period is about 1 ms), so a slice overruns its budget by at most
 * one task. Queries made meanwhile stay correct, only slower: they compute what is not ready.
 */
export function prepareDatasetStep(ds: Dataset, budgetMs = Infinity, through: PrepareStage = 'views'): boolean {
  const t0 = performance.now();
  const wasIndexed = metricIndexReady(ds);
  if (!buildMetricIndexStep(ds, budgetMs)) return false;
  // The pass just ended and used the budget: the name order waits for the next call.
  if (!wasIndexed && performance.now() - t0 >= budgetMs) return false;
  // Each of these is cached; the first call sorts 5,617 names with the collator (10–20 ms, more
  // in a cold page), so when it ran, the first summaries wait for the next call.
  const named = nameOrderReady(ds);
  unitNameOrder(ds);
  streetIds(ds);
  if (through === 'index') return true;
  if (!named && budgetMs !== Infinity) return false;
  const cursor = viewsCursor(ds);
  const per = cursor.metrics.length;
  const pass = cursor.periods.length * per;
  const room = Math.floor((cacheLimit(ds.units.length) * 3) / 4);
  // At least one task per call, however small the budget, so that repeated calls always finish.
  while (cursor.next < 2 * pass) {
    const k = cursor.next % pass;
    const metric = cursor.metrics[k % per]!;
    const period = cursor.periods[Math.floor(k / per)]!;
    if (cursor.next < pass) {
      if (cachedResultCount(ds) >= room) {
        // Full: what is not prepared is computed when asked. On to the 连续N期靠后 lists.
        cursor.next = pass;
        continue;
      }
      summarise(ds, metric, period);
    } else {
      if (Math.floor(k / per) < cursor.main) laggingRuns(ds, metric, period);
      // Once a period's lists are done: what the 均衡 narrative adds of its own (the 连续N期靠后
      // list of its laggards metric at any granularity, the laggard rows, the rank moves).
      if (k % per === per - 1) buildNarrative(ds, period, 'zh');
    }
    cursor.next++;
    if (cursor.next < 2 * pass && performance.now() - t0 >= budgetMs) return false;
  }
  return true;
}

/** How much of the `views` stage is done, 0..1 (1 also when there is nothing to prepare). */
export function preparedShare(ds: Dataset): number {
  const cursor = CURSORS.get(ds);
  if (!cursor) return 0;
  const total = 2 * cursor.periods.length * cursor.metrics.length;
  return total === 0 ? 1 : cursor.next / total;
}

/**
 * How much of the whole preparation (`views`, which includes the index pass) is done, 0..1, for a
 * progress bar: the index pass counts for a sixth, as it takes about a sixth of the time at city
 * scale (0.26 s of 1.5 s).
 */
export function preparationProgress(ds: Dataset): number {
  return (metricIndexProgress(ds) + 5 * preparedShare(ds)) / 6;
}

function viewsCursor(ds: Dataset): ViewsCursor {
  let cursor = CURSORS.get(ds);
  if (!cursor) {
    const g = parsePeriodKey(defaultPeriod(ds))?.granularity;
    const metrics = availableMetrics(ds).map((d) => d.id);
    // The default granularity, then years and halves (few periods each), then the rest, newest
    // first. Stored periods (a monthly city's months) share the index's columns and cost no room in
    // the roll-up cache; the pass stops where the rolled-up ones would fill three quarters of it.
    const order: RollUpGranularity[] = g && g !== 'C' ? [g, ...(['Y', 'H', 'Q', 'M'] as const).filter((x) => x !== g)] : [];
    const periods = order.flatMap((x) => availablePeriods(ds, x).reverse());
    const main = order[0] ? Math.min(periods.length, availablePeriods(ds, order[0]).length) : 0;
    cursor = { periods, main, metrics, next: 0 };
    CURSORS.set(ds, cursor);
  }
  return cursor;
}

/** What the views ask of one metric in one period (roll-up, sort, spread, median), into their caches. */
function summarise(ds: Dataset, metric: string, period: PeriodKey): void {
  imbalanceForMetric(ds, metric, period);
  const pv = periodValues(ds, metric, period);
  sharedMedian(pv.values);
  spreadPoint(pv, period);
}

/** The 连续N期靠后 list up to `period` (the 排行 column, the 均衡 list, the narrative). */
function laggingRuns(ds: Dataset, metric: string, period: PeriodKey): void {
  const g = parsePeriodKey(period)?.granularity;
  if (g && g !== 'C') persistentLaggards(ds, metric, g, PERSISTENT_RUN, { upTo: period });
}
