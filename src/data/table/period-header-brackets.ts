/**
 * A period header across the top with a bracket after it: a unit (`1月（人）`, `3月（万人）`) is the
 * period's column in that unit; a remark the period grammar does not read (`4月（预计）`) leaves the
 * column out with a warning, the other periods read. Read whole, such a header was no period, and
 * broke the row of periods into metrics named 1月 (or left the months out and kept 4月（预计）).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';
import { parsePeriodLabel, type ParsedPeriod } from '../cells/parse-period-label';
import type { ValueNote } from '../cells/value-note';
import type { MetricDef } from '../vocabulary/metric-catalog';
import { measureUnitOf } from '../vocabulary/metric-aliases';
import type { PeriodKey } from '../vocabulary/period';
import { TRAILING_BRACKET } from '../vocabulary/remark-words';
import type { HeaderColumn } from './find-header';

/** A period header across the top: its column, period key, the grammar's notes and a unit its bracket names (`1月（人）`). */
export interface AcrossPeriod { column: HeaderColumn; key: PeriodKey; notes: readonly ValueNote[]; unit?: string }

/** `name` as a period and the bracket after it (`4月（预计）` → 4月, 预计), or null when it is not one. */
function periodAndBracket(name: string, year: number | undefined): { parsed: ParsedPeriod; bracket: string } | null {
  const t = name.trim();
  const m = TRAILING_BRACKET.exec(t);
  if (m === null || m.index === 0) return null;
  const parsed = parsePeriodLabel(t.slice(0, m.index), { defaultYear: year ?? 2000 });
  return parsed === null ? null : { parsed, bracket: m[1]!.trim() };
}

/** `1月（人）`, `2024年3月（万元）`: the period and the measure unit its bracket names; null for any other header. */
export function periodWithUnit(name: string, year: number | undefined): { parsed: ParsedPeriod; unit: string } | null {
  const p = periodAndBracket(name, year);
  return p !== null && measureUnitOf(p.bracket) !== undefined ? { parsed: p.parsed, unit: p.bracket } : null;
}

/** True when `name` is a period and a bracketed remark after it that names no unit (`4月（预计）`, `2024年3月(估)`). */
export function periodBeforeRemark(name: string, year: number | undefined): boolean {
  const p = periodAndBracket(name, year);
  return p !== null && measureUnitOf(p.bracket) === undefined;
}

/** The warning for a period header whose bracket names a unit of another measure than the metric's (`1月（户）` of 常住人口): not scaled by it. */
export function periodUnitClash(p: AcrossPeriod, def: MetricDef, at: { file: string; line: number }): ImportIssue[] {
  const unit = p.unit === undefined ? undefined : measureUnitOf(p.unit);
  if (unit === undefined || unit[0] === def.unit || def.unit === '') return [];
  return [makeIssue('warning', 'header-unit-not-metric', { ...at, column: p.column.index + 1, columnName: p.column.name },
    `“${p.column.name}”列：表头写的单位“${p.unit}”不是“${def.zh}”的单位（${def.unit}），数值未按“${p.unit}”换算、按${def.unit}记录。请核对表头的单位或指标是否写错，改正后重新导入`,
    `Column "${p.column.name}": the unit "${p.unit}" is no unit of ${def.en} (counted in ${def.unit}); not scaled. Please check the header.`)];
}

/** The warning for a period column whose remark says its figures are no plain values of the period (`4月（预计）`): not read. */
export function remarkedColumnIssue(c: HeaderColumn, at: { file: string; line: number }): ImportIssue {
  const name = c.name.trim();
  const m = TRAILING_BRACKET.exec(name)!;
  const [period, remark] = [name.slice(0, m.index), m[1]!];
  return makeIssue('warning', 'period-column-remark', { ...at, column: c.index + 1, columnName: c.name },
    `“${name}”列：括号中的“${remark}”说明这一列不是${period}的一般数值（如预计数、估算数），未导入；其他各期已导入。如它就是${period}的数，请去掉括号中的说明后重新导入`,
    `The "${name}" column: the remark "${remark}" says its figures are not the period's plain values (an estimate); not imported. The other periods are.`);
}
