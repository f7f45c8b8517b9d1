/**
 * The analysis model of a test dataset: one per dataset object, so the calls of one test share
 * what the model keeps, as the views of one dataset do in the app.
 */
import { createAnalysis, type Analysis } from '../../src/analysis/model/analysis';
import type { Dataset } from '../../src/data/dataset/dataset';

const MODELS = new WeakMap<Dataset, Analysis>();

/** The model of `ds` (made on first use). */
export function modelOf(ds: Dataset): Analysis {
  let model = MODELS.get(ds);
  if (!model) {
    model = createAnalysis(ds);
    MODELS.set(ds, model);
  }
  return model;
}
