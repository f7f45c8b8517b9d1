/** A value column of a table, as the shape stages hand it to the records stage. */
import type { TableLevel } from './unit-level';
import type { MetricDef } from '../vocabulary/metric-catalog';
import type { PeriodKey } from '../vocabulary/period';

/** A column of values: a wide table's metric column, a one-metric table's period column, a transposed table's unit column. */
export interface MeasureColumn {
  /** 0-based index in the raw rows. */
  readonly index: number;
  readonly name: string;
  /** Wide: the metric of this column. Transposed: unused (metric comes from each row). */
  readonly metric: MetricDef;
  /** Multiplier from the header or the table's stated unit (万元 → 10000 for a metric in 元); 1 when none. */
  readonly scale: number;
  /** Period from the header itself (`常住人口/2023`, a one-metric table's `3月`), overriding row and file periods. */
  readonly period?: PeriodKey;
  /** `再就业人数（本年累计）` beside a 期间 column: the metric's year to date through each row's period (`2024年3月` → 2024-C03). */
  readonly toDate?: true;
  /**
   * `本月再就业人数` (本月, 当月; not 本期) beside a 期间 column: the month, in a row of a quarter, a half
   * or a year to date that span's last month (lastMonthOfSpan), as under a title of that span.
   */
  readonly month?: true;
  /** Transposed: the part heading the community's column stands under (`一、社区` over 东姜井): its level, and the heading. */
  readonly part?: { readonly level: TableLevel; readonly heading: string };
  /** Transposed: the street merged over the community's column (`咸水沽镇` over 祥福里社区), written without a list number. */
  readonly parent?: string;
  /** Transposed: a 合计/小计 column (excluded, checked against the sum of the others). */
  readonly subtotal?: boolean;
}

/**
 * The period fields of column `m` (its own period, its year to date, its month): what a 其中 part
 * column after it takes when the part's header names no period of its own, so that the part is read
 * in its whole's period, row by row (`本月再就业人数 | 其中：女` in a quarter's row: both its last month).
 */
export function periodFieldsOf(m: MeasureColumn): Pick<MeasureColumn, 'period' | 'toDate' | 'month'> {
  return { ...(m.period !== undefined ? { period: m.period } : {}), ...(m.toDate === true ? { toDate: true } : {}), ...(m.month === true ? { month: true } : {}) };
}
