/**
 * A workbook's summary sheet left out as the sum of the others (read-workbook-file.ts: a 汇总 beside
 * community sheets or month sheets, a 上半年 beside its months) is checked against them once every
 * sheet is read: it is read again, into records of its own that are never imported, and each of
 * its values is compared with the sum of the matching values of the sheets it sums (same metric;
 * same period, else the months of its period; same community, or every community for the street's
 * row). A mismatch is a warning at its cell; the warning that left the sheet out says whether it
 * agrees, or why values were not checked (约/余 values and blanks make a sum unknowable, as on
 * subtotal rows: records/subtotal-check.ts).
 */
import { normaliseUnitName } from '../merge/normalise-unit-name';
import { ObservationRecords } from '../records/observation-records';
import { sumMismatch } from '../records/subtotal-check';
import { columnLetter, type ImportIssue } from '../report/import-report';
import { IssueSink } from '../report/issue-sink';
import { makeIssue } from '../report/make-issue';
import { isSummarySheet } from '../table/vertical-form';
import { formatPeriodLabel } from '../vocabulary/format-period-label';
import { isRate, type MetricDef } from '../vocabulary/metric-catalog';
import { monthsOf, parsePeriodKey } from '../vocabulary/period';
import { RowsReader } from './read-rows';
import type { SheetRows } from './read-workbook-file';

/** One value of the sheets a summary sums (kept by metric). */
interface Detail {
  readonly unit: string;
  readonly period: string;
  readonly value: number;
  readonly exact: boolean;
  readonly sheet: string;
}

/** Why a summary value was not compared (counted per reason for the sheet's warning). */
type Unchecked = 'rough' | 'rate' | 'unmatched';
const UNCHECKED_WORDS: Readonly<Record<Unchecked, string>> = {
  rough: '有约数、非确数或空值（其本身或所加的数）',
  rate: '是比率或百分比，不能相加',
  unmatched: '在各工作表中没有对应的数',
};

/** A metric's key, as the records tell metrics apart (a custom metric by its id and unit). */
function metricKey(def: MetricDef): string {
  return def.family === 'custom' && def.unit !== '' ? `${def.id}\u0001${def.unit}` : def.id;
}

const unitKey = (raw: string): string => normaliseUnitName(raw).key;

/**
 * Checks each of `summaries` (sheets of one workbook, left out with a summary-sheet-skipped warning)
 * against the values `store` holds from observation `from` on whose row is of a sheet in `sheetOf`
 * (source index → sheet name): mismatches go to `sink`, and the left-out warning is reworded.
 */
export function checkSummarySheets(
  summaries: readonly SheetRows[], store: ObservationRecords, from: number, sheetOf: ReadonlyMap<number, string>, sink: IssueSink,
): void {
  if (summaries.length === 0) return;
  const details = new Map<string, Detail[]>();
  for (let i = from; i < store.size; i++) {
    const sheet = sheetOf.get(store.rowFile[store.row[i]!]!);
    if (sheet === undefined) continue;
    const value = store.value[i]!;
    const metric = metricKey(store.metrics[store.metric[i]!]!);
    let list = details.get(metric);
    if (list === undefined) details.set(metric, (list = []));
    list.push({
      unit: unitKey(store.mentions[store.mention[i]!]!.rawName), period: store.periods[store.period[i]!]!,
      value, exact: store.qualifier[i] === 0 && !Number.isNaN(value), sheet,
    });
  }
  if (details.size === 0) return;
  for (const s of summaries) {
    // Left out as the sum of the sheets beside it, or (a 汇总 of one-community forms) as no community.
    const k = sink.issues.findIndex((i) => (i.code === 'summary-sheet-skipped' || i.code === 'summary-sheet') && (i.file === s.label || (i.file === s.name && i.sheet === s.sheet)));
    if (k >= 0) sink.issues[k] = withVerdict(sink.issues[k]!, checkOne(s, details, sink));
  }
}

interface Verdict { compared: number; mismatched: number; unchecked: Map<Unchecked, number> }

/** Reads summary sheet `s` on its own and compares each of its values with `details`. */
function checkOne(s: SheetRows, details: ReadonlyMap<string, readonly Detail[]>, sink: IssueSink): Verdict {
  const own = new ObservationRecords();
  const reader = new RowsReader({ file: s.label, fileIndex: 0, encoding: '', store: own, sink: new IssueSink() }, {
    fileName: s.fileName, sheet: s.sheet, merges: s.merges, hiddenColumns: s.hiddenColumns, holdRows: true, streetTotal: true,
    ...(s.periodName !== undefined ? { periodName: s.periodName } : {}),
  });
  for (let r = 0; r < s.rows.length; r++) reader.row(s.rows[r]!, s.lines[r]!);
  reader.end();
  const verdict: Verdict = { compared: 0, mismatched: 0, unchecked: new Map() };
  const skip = (why: Unchecked): void => { verdict.unchecked.set(why, (verdict.unchecked.get(why) ?? 0) + 1); };
  for (let i = 0; i < own.size; i++) {
    const metric = own.metrics[own.metric[i]!]!;
    if (isRate(metric)) { skip('rate'); continue; }
    const raw = own.mentions[own.mention[i]!]!.rawName;
    // The street's own row: a 合计 row, or a form of the street's named for its sheet (劝业场街道 beside the community sheets).
    const street = isSummarySheet(raw) || (s.sumOfUnits === true && raw.trim() === s.sheet.trim());
    const unit = unitKey(raw);
    const period = own.periods[own.period[i]!]!;
    const ofUnit = (details.get(metricKey(metric)) ?? []).filter((d) => street || d.unit === unit);
    let matched = ofUnit.filter((d) => d.period === period);
    if (matched.length === 0) {
      const p = parsePeriodKey(period);
      const months = new Set(p !== null ? monthsOf(p) : []);
      matched = ofUnit.filter((d) => months.has(d.period));
      // A stock (户数, 注册志愿者) is its last month's, not the months' sum.
      if (metric.kind === 'stock' && matched.length > 0) {
        const last = matched.reduce((a, d) => (d.period > a ? d.period : a), '');
        matched = matched.filter((d) => d.period === last);
      }
    }
    if (matched.length === 0) { skip('unmatched'); continue; }
    const value = own.value[i]!;
    if (own.qualifier[i] !== 0 || Number.isNaN(value) || matched.some((d) => !d.exact)) { skip('rough'); continue; }
    verdict.compared++;
    const expected = sumMismatch(matched.reduce((a, d) => a + d.value, 0), value);
    if (expected === null) continue;
    verdict.mismatched++;
    const line = own.rowLine[own.row[i]!]!;
    const column = own.column[i]!;
    const sheets = [...new Set(matched.map((d) => d.sheet))].join('、');
    const kinds = s.sumOfUnits ? '各社区工作表' : s.sumOfStreets ? '各街道工作表' : matched.every((d) => parsePeriodKey(d.period)?.granularity === 'M') ? '各月工作表' : '各期工作表';
    const label = formatPeriodLabel(period, 'zh');
    const last = matched[0]!.period !== period && metric.kind === 'stock' ? `最后一期（${formatPeriodLabel(matched[0]!.period, 'zh')}）` : '';
    sink.pushCapped(makeIssue('warning', 'summary-sheet-mismatch', { file: s.name, sheet: s.sheet, line, column },
      `${s.sheet} › 第${line}行 ${columnLetter(column)}列：${metric.zh}为${value}，但${kinds}${last}之和为${expected}（${sheets}）；这张汇总表未导入，请核对它或${kinds}中${label}的数`,
      `${s.sheet} › line ${line}, column ${columnLetter(column)}: ${metric.en} is ${value}, but the sheets it sums (${sheets}) add up to ${expected}.`));
  }
  return verdict;
}

/** The left-out warning `issue`, saying what the check found. */
function withVerdict(issue: ImportIssue, v: Verdict): ImportIssue {
  const unchecked = [...v.unchecked.values()].reduce((a, n) => a + n, 0);
  if (v.compared === 0 && unchecked === 0) return issue;
  const why = [...v.unchecked.keys()].map((k) => UNCHECKED_WORDS[k]).join('，或');
  const zh = [
    v.mismatched > 0 ? `已与各工作表核对，有${v.mismatched}个数与各工作表之和不一致，见各单元格的提示`
      : v.compared > 0 ? (unchecked === 0 ? '已与各工作表核对一致' : `已与各工作表核对，核对的${v.compared}个数一致`) : '',
    unchecked === 0 ? '' : v.compared > 0 ? `另有${unchecked}个数${why}，未能核对` : `其中的数${why}，未能与各工作表核对`,
  ].filter((t) => t !== '').join('；');
  const en = `Checked against the sheets it sums: ${v.compared - v.mismatched} agree, ${v.mismatched} disagree, ${unchecked} not checked.`;
  return { ...issue, message: `${issue.message.replace(/。$/, '')}。${zh}`, messageEn: `${issue.messageEn} ${en}` };
}
