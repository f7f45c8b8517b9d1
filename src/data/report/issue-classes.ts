/**
 * Import issues grouped by the kind of misreading they guard against (the classes of issue 15),
 * so a report with 200 flagged cells reads as a few lists with counts, not 200 alerts.
 */
import type { ImportIssue, Severity } from './import-report';

export type IssueClassId = 'whole-file' | 'period' | 'rates' | 'numbers' | 'rows' | 'structure' | 'identity' | 'files' | 'encoding' | 'other';

export interface IssueClass {
  readonly id: IssueClassId;
  readonly zh: string;
  readonly en: string;
}

/** Classes in report order. */
export const ISSUE_CLASSES: readonly IssueClass[] = [
  // A file refused or held back whole: said so by name, not filed under 其他.
  { id: 'whole-file', zh: '整个文件（无法读取、为空、过大或不是统计表）', en: 'Whole files (unreadable, empty, too large or not a table)' },
  { id: 'period', zh: '统计期间', en: 'Periods' },
  { id: 'rates', zh: '比例、单位与数量级', en: 'Rates, units and scales' },
  { id: 'numbers', zh: '数字写法与不可能的数值', en: 'Number words and impossible values' },
  { id: 'rows', zh: '合计、平均、表尾等非社区行', en: 'Rows that are not units' },
  { id: 'structure', zh: '表格结构', en: 'Table structure' },
  { id: 'identity', zh: '社区名称与代码', en: 'Unit identity' },
  { id: 'files', zh: '重复与冲突的数值（文件、工作表或行之间）', en: 'Repeated and conflicting values (between files, sheets or rows)' },
  { id: 'encoding', zh: '文件编码与字符', en: 'Encodings and characters' },
  { id: 'other', zh: '其他', en: 'Other' },
];

/** [code prefix or exact code, class]; the first match wins. */
const RULES: readonly (readonly [string, IssueClassId])[] = [
  ['workbook-', 'whole-file'], ['file-empty', 'whole-file'], ['file-is-', 'whole-file'], ['file-large', 'whole-file'], ['file-too-', 'whole-file'],
  ['no-files', 'whole-file'], ['too-many-rows', 'whole-file'],
  ['period', 'period'], ['no-period', 'period'], ['date-as-month', 'period'], ['date-mid-month', 'period'], ['date-year-hidden', 'period'], ['days-as-month', 'period'],
  ['ambiguous-date', 'period'], ['cumulative-below', 'period'], ['copied-period', 'files'],
  ['excel-serial', 'period'], ['dot-month-ambiguous', 'period'], ['dot-month-october', 'period'], ['two-digit-year', 'period'], ['year-assumed', 'period'],
  ['cumulative-period', 'period'], ['cumulative-column-of-left', 'period'], ['vertical-period-disagree', 'period'], ['vertical-month-of-period', 'period'], ['vertical-to-date', 'period'], ['vertical-dated-block', 'period'], ['vertical-unit-disagree', 'identity'], ['months-down-unit-disagree', 'identity'],
  ['percent-', 'rates'], ['dot-thousands-ambiguous', 'rates'], ['ambiguous-separator', 'rates'], ['number-format-ambiguous', 'rates'],
  ['magnitude-scaled', 'rates'], ['format-magnitude-misnamed', 'rates'], ['cell-unit-overrides-column', 'rates'], ['unit-mixed', 'rates'], ['unit-not-metric', 'rates'], ['header-unit-not-metric', 'rates'], ['count-unit-kept', 'rates'], ['metric-unit-not-metric', 'rates'], ['unit-column-disagree', 'rates'], ['unit-column-not-metric', 'rates'], ['unit-note-below-table', 'rates'], ['count-not-scaled', 'rates'], ['scientific-notation', 'rates'],
  ['precision-loss', 'rates'], ['full-width', 'rates'], ['whitespace-in-number', 'rates'], ['rate-mismatch', 'rates'], ['yuan-looks-wanyuan', 'rates'], ['amount-scale-outlier', 'rates'], ['metric-unit-differs', 'rates'],
  ['value-with-note', 'numbers'], ['value-footnote', 'numbers'], ['ime-full-stop', 'numbers'], ['full-stop-after-number', 'numbers'],
  ['chinese-numeral', 'numbers'], ['not-a-number', 'numbers'], ['date-in-value', 'numbers'], ['sign-repeated', 'numbers'], ['number-overflow', 'numbers'],
  ['cell-too-long', 'numbers'], ['negative-count', 'numbers'], ['rate-over-whole', 'numbers'], ['part-over-whole', 'numbers'], ['fractional-count', 'numbers'], ['approximate-value', 'numbers'], ['value-range', 'numbers'],
  ['vague-number', 'numbers'], ['ditto-value', 'numbers'], ['accounting-negative', 'numbers'], ['arrow-sign', 'numbers'], ['spreadsheet-error', 'numbers'],
  ['missing-placeholder', 'numbers'], ['row-no-values', 'numbers'], ['column-no-values', 'numbers'], ['masked-number', 'numbers'], ['formula-no-value', 'numbers'],
  ['subtotal-', 'rows'], ['grid-rows-unit-disagree', 'identity'], ['grid-rows', 'rows'], ['street-heading-row', 'rows'], ['street-heading-disagree', 'identity'], ['section-row', 'rows'], ['street-rows-trailing-missing', 'rows'], ['district-total-row', 'rows'], ['row-total-', 'rows'], ['blank-rows', 'rows'], ['template-rows', 'rows'], ['template-zero-rows', 'rows'], ['group-heading-rows', 'rows'], ['breakdown-rows', 'rows'], ['breakdown-first-unit', 'rows'], ['average-rows', 'rows'], ['statistic-columns', 'rows'], ['transposed-quantity-headers', 'structure'], ['comparison-rows', 'rows'],
  ['footer-rows', 'rows'], ['metric-total-rows', 'rows'], ['footer-row-values', 'rows'], ['repeated-header', 'rows'], ['repeated-title', 'rows'], ['unit-name-missing', 'rows'], ['unit-name-numeric', 'rows'], ['unit-name-date', 'rows'], ['unit-name-error', 'rows'],
  ['code-', 'identity'], ['ambiguous-unit', 'identity'], ['unit-alias', 'identity'], ['unit-remark-twin', 'identity'], ['street-alias', 'identity'], ['street-error', 'identity'], ['district-error', 'identity'], ['duplicate-row', 'identity'],
  ['formula-like-text', 'identity'], ['append-units-', 'identity'], ['resent-units-', 'identity'], ['unit-street-changed', 'identity'], ['unit-code-learned', 'identity'], ['unit-street-learned', 'identity'], ['metric-name-split', 'identity'], ['metric-name-joined', 'identity'], ['street-copied-file', 'identity'], ['unit-other-street-prefix', 'identity'], ['unit-copied', 'identity'],
  ['unit-level-from-table', 'identity'], ['name-', 'identity'],
  ['conflicting-values', 'files'], ['same-row-blank', 'files'], ['same-row-no-number', 'files'], ['existing-conflict', 'files'], ['existing-corrected', 'files'], ['resent-blank-', 'files'], ['resent-error-kept', 'files'], ['resent-text-kept', 'files'], ['resent-no-number', 'files'], ['duplicate-merged', 'files'], ['vertical-item-same', 'files'], ['same-file', 'files'], ['same-as-existing', 'files'],
  ['encoding-', 'encoding'], ['decode-', 'encoding'], ['control-char', 'encoding'], ['control-chars', 'encoding'], ['gbk-lost-char', 'encoding'], ['stray-cr', 'encoding'], ['excel-text-cells', 'encoding'],
  ['second-table', 'structure'], ['unit-row', 'structure'], ['units-under-header', 'structure'], ['column-number-row', 'structure'], ['two-row-header', 'structure'], ['key-value-rows', 'structure'], ['title-row', 'structure'], ['sep-line', 'structure'],
  ['preamble-row', 'structure'], ['forward-filled', 'structure'], ['ditto-filled', 'structure'], ['ragged-', 'structure'], ['too-many-fields', 'structure'],
  ['thousands-separator-unquoted', 'structure'], ['header-', 'structure'], ['duplicate-header', 'structure'], ['same-metric-columns', 'structure'], ['same-period-columns', 'files'], ['transposed-period-headers', 'structure'], ['part-repeats-metric', 'structure'], ['shape', 'structure'],
  ['single-column', 'structure'], ['space-separated-columns', 'structure'], ['empty-column-dropped', 'structure'], ['trailing-delimiter', 'structure'], ['delimiter', 'structure'], ['invalid-quotes', 'structure'], ['unclosed-quote', 'structure'],
  ['extra-empty-cells', 'structure'], ['far-cells', 'structure'], ['sheet-', 'structure'], ['merged-cells-filled', 'structure'], ['vertical-', 'structure'], ['hidden-cells', 'structure'], ['merged-values', 'structure'], ['merged-hidden-text', 'structure'], ['no-unit-column', 'structure'], ['streets-only-', 'structure'], ['unit-column-guessed', 'structure'], ['place-columns-swapped', 'structure'], ['unit-header-corner', 'structure'], ['units-across-periods-down', 'structure'], ['months-down-unit', 'structure'], ['months-down-total-row', 'rows'], ['months-down-total-mismatch', 'rows'],
  ['no-metric-columns', 'structure'], ['metric-missing', 'structure'], ['metric-error', 'structure'], ['metric-parts-columns', 'structure'], ['summary-sheet', 'rows'], ['comparison-column', 'structure'], ['target-column', 'structure'], ['comparison-sheet', 'structure'], ['change-sheet', 'structure'], ['comparison-metric-rows', 'structure'], ['info-column', 'structure'], ['info-row', 'structure'], ['rows-split-by-column', 'structure'], ['side-by-side-', 'structure'], ['street-from-file', 'identity'], ['street-disagree-file', 'identity'], ['street-rows-disagree-file', 'identity'], ['street-rows-late', 'identity'],
];

/** The class of an issue code (`period-range` → period); unknown codes are `other`. */
export function issueClassOf(code: string): IssueClass {
  const rule = RULES.find(([p]) => (p.endsWith('-') ? code.startsWith(p) : code === p || code.startsWith(`${p}-`)));
  return ISSUE_CLASSES.find((c) => c.id === (rule?.[1] ?? 'other'))!;
}

export interface IssueGroup {
  readonly cls: IssueClass;
  /** The group's issues in report order. */
  readonly issues: readonly ImportIssue[];
  readonly count: Readonly<Record<Severity, number>>;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first (they are what blocks the import), then warnings, then notes; file order within each. */
export function issuesBySeverity(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues.map((issue, k) => ({ issue, k }))
    .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.k - b.k).map((x) => x.issue);
}

/**
 * Issues grouped by class: groups with errors first, then warnings, then notes only; within that in
 * class order. Within a group, errors come first, then warnings, then notes, each in report order.
 */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  const by = new Map<IssueClassId, ImportIssue[]>();
  for (const i of issues) {
    const id = issueClassOf(i.code).id;
    let list = by.get(id);
    if (!list) by.set(id, (list = []));
    list.push(i);
  }
  const groups = ISSUE_CLASSES.flatMap((cls) => {
    const list = by.get(cls.id);
    if (!list) return [];
    const count = { error: 0, warning: 0, info: 0 };
    for (const i of list) count[i.severity]++;
    return [{ cls, issues: issuesBySeverity(list), count }];
  });
  const worst = (g: IssueGroup): number => (g.count.error > 0 ? 0 : g.count.warning > 0 ? 1 : 2);
  return groups.map((g, k) => ({ g, k })).sort((a, b) => worst(a.g) - worst(b.g) || a.k - b.k).map((x) => x.g);
}
