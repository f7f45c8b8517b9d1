/**
 * The one-time work that makes every later metric or period switch a matter of milliseconds: the
 * metric index (one pass over all observations), the Chinese name order of the units and the street
 * ids. About 0.1–0.2 s at city scale in all, done in slices so that the main thread stays responsive.
 */
import type { Dataset } from '../data/dataset';
import { buildMetricIndexStep, metricIndexReady } from './metric-index';
import { streetIds, unitNameOrder } from './unit-scope';

/**
 * Advances the preparation of `ds` by about `budgetMs` milliseconds (Infinity: to the end) and says
 * whether it is complete. Call it from requestIdleCallback after an import or when a saved dataset
 * is opened (budget = deadline.timeRemaining()), again until it returns true; queries made before
 * then stay correct, only slower (they do the part they need themselves).
 */
export function prepareDatasetStep(ds: Dataset, budgetMs = Infinity): boolean {
  const t0 = performance.now();
  const wasIndexed = metricIndexReady(ds);
  if (!buildMetricIndexStep(ds, budgetMs)) return false;
  // The pass just ended and used the budget: the name order waits for the next call.
  if (!wasIndexed && performance.now() - t0 >= budgetMs) return false;
  // Each of these is cached; the first call sorts 5,617 names with the collator (about 10 ms).
  unitNameOrder(ds);
  streetIds(ds);
  return true;
}
