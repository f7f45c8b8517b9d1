/**
 * A transposed table's community columns as measures (one community per column, the metrics down
 * its first column), each header read for what it names besides the community: the period of
 * `祥福里社区/本月`, the part of `一、社区/东姜井`, the street of `咸水沽镇/祥福里社区`.
 */
import type { MeasureColumn } from './measure-column';
import { headerAsWritten, type HeaderColumn } from './find-header';
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { subtotalKind } from '../cells/row-label';
import { QUANTITY_NAME } from '../vocabulary/target-words';
import type { FilePeriod } from './file-period';
import { customMetric } from '../vocabulary/metric-catalog';
import { isMonthWord, relativeColumnKey, relativeColumnWords, relativeWord } from '../vocabulary/relative-period';
import { namesStreet, streetRowName } from '../vocabulary/place-words';
import { sectionLevel } from './unit-level';
import { isNamelessName } from './nameless-column';
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

/**
 * A transposed table's header cells beside its item names that name no community: a period
 * (`项目 | 本月 | 上月情况 | 本年累计`: a one-community form with a column it does not know) refuses the
 * table; an average's or a change's (平均值, 增长率: what a row so named is, row-label.ts) is set aside, said.
 */
export function transposedUnitColumns(columns: readonly HeaderColumn[], lead: HeaderColumn, at: { file: string }): { error: ImportIssue } | { units: HeaderColumn[]; issues: ImportIssue[] } {
  const periods = columns.filter((c) => relativeWord(headerAsWritten(c.name)) !== null);
  if (periods.length > 0) return { error: periodHeadersIssue(periods, columns, lead, at) };
  const kinds = new Map(columns.map((c) => [c, subtotalKind(c.name)] as const).filter(([, k]) => k === 'average' || k === 'comparison'));
  // Every other column named as a quantity (上报数 | 核实数, 权重 | 满分): a form of one community's, or no statistics.
  const places = columns.filter((c) => !kinds.has(c) && !SUBTOTAL_NAME.test(totalHeader(c.name)));
  if (places.length > 0 && places.every((c) => QUANTITY_NAME.test(headerAsWritten(c.name).replace(/\s+/g, '')))) return { error: quantityHeadersIssue(places, lead, at) };
  if (kinds.size === 0) return { units: [...columns], issues: [] };
  const first = [...kinds.keys()][0]!;
  const of = (kind: string): string => [...kinds].filter(([, k]) => k === kind).map(([c]) => `“${c.name}”`).join('、');
  const zh = [of('average') !== '' ? `${of('average')}列是平均值、最大值、占比等统计列` : '', of('comparison') !== '' ? `${of('comparison')}列是对比列（上年同期、同比、增减、增长率等）` : ''].filter((t) => t !== '');
  return {
    units: columns.filter((c) => !kinds.has(c)),
    issues: [makeIssue('info', 'statistic-columns', { ...at, column: first.index + 1, columnName: first.name },
      `${zh.join('，')}，${zh.length > 1 ? '都' : ''}不是社区，未导入`,
      `${[...kinds.keys()].map((c) => `"${c.name}"`).join(', ')}: averages or comparisons across the communities, not communities; not imported.`)],
  };
}

/** The lead column's header to write in the advice: its own, or 项目 where it has none (not the 列A nobody wrote). */
function leadHeader(lead: HeaderColumn): string {
  return isNamelessName(lead.name) ? '项目' : lead.name;
}

/** Error: every community column of a transposed table is named as a quantity or a score; what to keep instead. */
function quantityHeadersIssue(named: readonly HeaderColumn[], lead: HeaderColumn, at: { file: string }): ImportIssue {
  return makeIssue('error', 'transposed-quantity-headers', { ...at, column: named[0]!.index + 1, columnName: named[0]!.name },
    `表头${named.map((c) => `“${c.name}”`).join('、')}是数量或分值的名称，不是社区名称，不能按转置表（指标在行、社区在列）读取。如是单个社区的竖表，请只保留“${leadHeader(lead)} | 本月”两列（本月列填本期的数），并把社区名称写进标题或文件名；如不是统计数据（如评分标准），请删除后重新导入`,
    `The header names quantities or scores (${named.map((c) => c.name).join(', ')}) where a transposed table names its units: not read. For one community's form keep only ${leadHeader(lead)} | 本月; delete the sheet if it holds no statistics (a scoring scheme).`);
}

/** Error: a transposed table's header names periods (本月, 本年累计) where its communities would be; what to write instead. */
function periodHeadersIssue(periods: readonly HeaderColumn[], units: readonly HeaderColumn[], lead: HeaderColumn, at: { file: string }): ImportIssue {
  const list = (cs: readonly HeaderColumn[]): string => cs.map((c) => `“${c.name}”`).join('、');
  const others = units.filter((c) => !periods.includes(c));
  return makeIssue('error', 'transposed-period-headers', { ...at, column: periods[0]!.index + 1, columnName: periods[0]!.name },
    `表头${list(periods)}是期间，不是社区名称，不能按转置表（指标在行、社区在列）读取。如是单个社区的竖表，请只保留“${leadHeader(lead)} | 本月 | 本年累计”这样的列${others.length > 0 ? `（${list(others)}列看不出是哪一期的数，请删除，或改为“上月”“上年同期”等）` : ''}，并把社区名称写进标题或文件名，然后重新导入`,
    `The header names periods (${periods.map((c) => c.name).join(', ')}) where a transposed table names its units: not read. For one community's form keep only columns such as ${leadHeader(lead)} | 本月 | 本年累计${others.length > 0 ? ` (${others.map((c) => c.name).join(', ')}: which period is unknown)` : ''}.`);
}
