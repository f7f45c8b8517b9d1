/**
 * A transposed table's community columns as measures (one community per column, the metrics down
 * its first column), each header read for what it names besides the community: the period of
 * `祥福里社区/本月`, the part of `一、社区/东姜井`, the street of `咸水沽镇/祥福里社区`.
 */
import type { MeasureColumn } from './measure-column';
import type { HeaderColumn } from './find-header';
import type { FilePeriod } from './file-period';
import { customMetric } from '../vocabulary/metric-catalog';
import { isMonthWord, relativeColumnKey, relativeColumnWords, relativeWord } from '../vocabulary/relative-period';
import { namesStreet, streetRowName } from '../vocabulary/place-words';
import { sectionLevel } from './unit-level';
import { SUBTOTAL_NAME, totalHeader } from './total-columns';

/**
 * The measures of `columns` (each a community, or a total), and how each 本月/累计 word among their
 * headers was read (once per word), for the table's one note on them.
 */
export function transposedMeasures(columns: readonly HeaderColumn[], filePeriod: FilePeriod | undefined): { measures: MeasureColumn[]; relative: string[] } {
  const measures: MeasureColumn[] = [];
  const said = new Map<string, string>();
  for (const c of columns) {
    // `祥福里社区/本月`, `祥福里社区/累计` (a community merged over its two columns): the community, in that
    // period, by a wide table's 本月 column's rule (本月 in a quarter's table: its last month), each word said once.
    const split = /^(.+)\/([^/]+)$/.exec(c.name);
    const word = split !== null ? relativeWord(split[2]!) : null;
    const period = word === null || filePeriod === undefined ? null : relativeColumnKey(word, isMonthWord(split![2]!), filePeriod.key);
    if (period !== null && !said.has(split![2]!)) said.set(split![2]!, relativeColumnWords(split![2]!.trim(), period, filePeriod!.key));
    // `一、社区/东姜井` (a part heading merged over its communities' columns): 东姜井, of that part's level.
    const level = split !== null && period === null ? sectionLevel(split[1]!) : null;
    // `咸水沽镇/祥福里社区` (a street merged over its communities' columns): 祥福里社区, of that street.
    const street = split !== null && period === null && level === null && namesStreet(split[1]!, false, undefined) ? streetRowName(split[1]!.trim()) : null;
    const name = period !== null ? split![1]! : level !== null || street !== null ? split![2]! : c.name;
    measures.push({ index: c.index, name, metric: customMetric(name), scale: 1, subtotal: SUBTOTAL_NAME.test(totalHeader(name)),
      ...(period !== null ? { period } : {}), ...(level !== null ? { part: { level, heading: split![1]!.trim() } } : {}), ...(street !== null ? { parent: street } : {}) });
  }
  return { measures, relative: [...said.values()] };
}
