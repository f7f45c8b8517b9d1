/** Chinese words for the import report: severities and row outcomes. */
import type { RowCounts, Severity } from '../../data/import-report';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Row outcomes in report order, with their Chinese labels. */
export const OUTCOME_LABELS: readonly { key: keyof RowCounts; label: string }[] = [
  { key: 'imported', label: '导入' },
  { key: 'merged', label: '合并' },
  { key: 'subtotal', label: '小计' },
  { key: 'blank', label: '空行' },
  { key: 'rejected', label: '拒绝' },
];
