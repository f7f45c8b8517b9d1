/**
 * The values of a metric and period that may be compared with each other: those the league table
 * ranks (rankableMask). A partial value (months of the period missing, a stock taken before its
 * end) stands beside complete ones only to look worse for lack of data, so it is left out of the
 * spread, the extremes, the laggards and the bottom quartile while complete values exist; when every
 * value is partial (a quarter still open) they are compared among themselves, and what is said of
 * them says so.
 */
import type { Analysis } from './model/analysis';
import { sharedZeros } from './period-values';
import { rankableMask, scopeMask } from './unit-scope';
import type { KeyedValues } from './unit-values';

export interface ComparableValues extends KeyedValues {
  /** Units with a value left out because it is partial and complete values exist (0 when none). */
  readonly partialLeftOut: number;
}

/**
 * `v` with its partial values set to NaN when some value is complete; `v` itself (with
 * partialLeftOut 0) when no value is partial or every value is. Kept in the model under
 * `comparable|<v.key>`; read-only.
 */
export function comparableValues(a: Analysis, v: KeyedValues): ComparableValues {
  // Most values share the model's all-zero partial array: nothing to leave out then.
  if (v.partial === sharedZeros(a)) return { ...v, partialLeftOut: 0 };
  return a.memo(`comparable|${v.key}`, () => {
    const mask = rankableMask(scopeMask(a), v);
    const values = Float64Array.from(v.values);
    let partialLeftOut = 0;
    for (let u = 0; u < values.length; u++) {
      if (mask[u] === 0 && !Number.isNaN(values[u]!)) {
        values[u] = NaN;
        partialLeftOut++;
      }
    }
    if (partialLeftOut === 0) return { ...v, partialLeftOut };
    return { key: `comparable|${v.key}`, values, qualifiers: v.qualifiers, partial: sharedZeros(a), partialLeftOut };
  }, (c) => (c.partialLeftOut === 0 ? 64 : 64 + c.values.byteLength));
}
