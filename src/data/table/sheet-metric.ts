/**
 * What a sheet's own name says about the one metric of its values, in a workbook with a sheet per
 * metric (`新增就业人数`, `活动经费（万元）`) whose columns are periods (one-metric-columns.ts): the
 * metric the catalogue does not know, named as a column header would name it, or why the name
 * names none, for the refusal.
 */
import { parsePeriodLabel } from '../cells/parse-period-label';
import { customMetric, type MetricDef } from '../vocabulary/metric-catalog';
import { matchMetricHeader, measureUnitOf, mentionsMetric } from '../vocabulary/metric-aliases';

/** A sheet name Excel or WPS gives a new sheet (`Sheet1`, `工作表2`): it names nothing. */
const DEFAULT_SHEET = /^(?:sheet|工作表)\s*\d*$/i;

/** A sheet name that names nothing: none, a new sheet's (`Sheet1`), or a period (`3月`, `一季度`). */
export function sheetNamesNothing(name: string): boolean {
  return name === '' || DEFAULT_SHEET.test(name) || parsePeriodLabel(name) !== null;
}

/** Said after the metric a sheet's name gave, when the catalogue does not know it. */
export const ADDED = '（指标目录中没有，按新指标导入）';

/** The year a sheet name may start or end with (`2024年活动场次`, `活动场次（2024年）`). */
const YEAR_AROUND = /^(?:19|20)\d\d年度?|[（(]?(?:19|20)\d\d年?度?[)）]?$/g;

/** Names of something counted or measured: 人数, 人次, 户数, 场次, 金额, 时长, 面积, a rate. */
const MEASURE_END = /(?:数|人次|户次|场次|金额|资金|经费|时长|面积|率|比例|占比|比重)$/;

/**
 * The metric a sheet's name names when it is no catalogue metric (`新增就业人数`, `活动经费（万元）`
 * → 活动经费 in 元, written in 万元): a name of something counted or measured, without its year.
 * Null for a default name, a period, a name with no measure word (`活动开展`), and a name holding
 * catalogue metrics (`再就业和下岗失业人数` names two: no one metric).
 */
export function sheetMetric(sheet: string | undefined): { def: MetricDef; unit?: string } | null {
  const name = sheet?.trim() ?? '';
  if (sheetNamesNothing(name)) return null;
  const match = matchMetricHeader(name.replace(YEAR_AROUND, ''));
  const cleaned = match.cleaned;
  if (match.metricId !== null || !/^[\u4e00-\u9fff\d]{2,20}$/.test(cleaned) || !MEASURE_END.test(cleaned)) return null;
  // A catalogue metric's name inside it: that metric (metricNamedOutside took it), or two of them (no one metric).
  if (mentionsMetric(cleaned)) return null;
  const unit = bracketUnit(name);
  return { def: customMetric(cleaned, match.unit ?? ''), ...(unit !== undefined ? { unit } : {}) };
}

/**
 * For a refusal: why a sheet's own name (`活动开展`) did not name the metric, and that name as the
 * example header to write; nothing for a default or period name.
 */
export function unnamedSheet(sheet: string | undefined): { why: string; example: string } {
  const name = sheet?.trim() ?? '';
  if (sheetNamesNothing(name)) return { why: '', example: '再就业人数' };
  return { why: `（从工作表名“${name}”看不出是哪个指标）`, example: name };
}

/** A measure unit in brackets in a title or sheet name (`…慰问救助金额（万元）`, `（单位：万元）`); undefined when none is. */
export function bracketUnit(text: string): string | undefined {
  if (!/[（(【[]/.test(text)) return undefined;
  for (const m of text.matchAll(/[（(【[]([^（）()【】[\]]*)[)）】\]]/g)) {
    const written = m[1]!.replace(/\s+/g, '').replace(/^(?:计量)?单位[:：]?/, '');
    if (measureUnitOf(written) !== undefined) return written;
  }
  return undefined;
}
