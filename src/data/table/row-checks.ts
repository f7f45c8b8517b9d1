/**
 * Per-row structural checks: rows with too few or too many fields, and the classic
 * unquoted thousands separator (`东湖,3,500` under a two-column header).
 */
import type { ImportIssue } from '../report/import-report';
import { makeIssue } from '../report/make-issue';

export type WidthVerdict =
  | { readonly kind: 'ok' }
  /** Extra cells are all empty (trailing delimiters): ignore them. */
  | { readonly kind: 'extra-empty' }
  | { readonly kind: 'short'; readonly missing: readonly number[] }
  | { readonly kind: 'reject'; readonly issue: ImportIssue; readonly reason: string };

const GROUP_HEAD = /^[-+]?\d{1,3}$/;
const GROUP_TAIL = /^\d{3}(\.\d+)?$/;

/**
 * Checks a row's field count against the header width. `kept` are the raw indexes of kept
 * columns (dropped empty columns cannot be "missing"); `names` their header names.
 */
export function checkRowWidth(
  cells: readonly string[], width: number, kept: readonly number[], names: ReadonlyMap<number, string>,
  at: { file: string; line: number },
): WidthVerdict {
  if (cells.length > width) {
    const extras = cells.slice(width);
    if (extras.every((c) => c.trim() === '')) return { kind: 'extra-empty' };
    const n = cells.length - width;
    // `3,500` split by an unquoted comma: two adjacent cells that re-join into a grouped number.
    if (n === 1) {
      for (let c = 1; c + 1 < cells.length; c++) {
        const a = cells[c]!.trim();
        const b = cells[c + 1]!.trim();
        if (GROUP_HEAD.test(a) && GROUP_TAIL.test(b)) {
          const joined = a + b;
          return {
            kind: 'reject', reason: '千分位逗号未加引号',
            issue: makeIssue('error', 'thousands-separator-unquoted', { ...at, column: c + 1, columnName: names.get(c) },
              `第${at.line}行比表头多1列：可能是千分位逗号未加引号（“${a},${b}”），是否应为 ${joined}？请在源表中去掉千分位逗号或给数字加引号后重新导出`,
              `Line ${at.line} has one field too many: "${a},${b}" is probably ${joined} with an unquoted thousands separator.`),
          };
        }
      }
    }
    const shown = extras.map((c) => c.trim()).filter((c) => c !== '').slice(0, 3);
    return {
      kind: 'reject', reason: `比表头多${n}列`,
      issue: makeIssue('error', 'too-many-fields', { ...at, column: width + 1 },
        `第${at.line}行有${cells.length}列，比表头多${n}列（多出的内容：“${shown.join('”、“')}”）。请检查该行是否有未加引号的逗号，或补全表头后重新导入`,
        `Line ${at.line} has ${cells.length} fields, ${n} more than the header ("${shown.join('", "')}").`),
    };
  }
  if (cells.length < width) {
    const missing = kept.filter((k) => k >= cells.length);
    if (missing.length > 0) return { kind: 'short', missing };
  }
  return { kind: 'ok' };
}

/** Warning for a short row: `第3行缺少1列（户数）`. Missing cells become null, never 0. */
export function shortRowIssue(missing: readonly number[], names: ReadonlyMap<number, string>, at: { file: string; line: number }): ImportIssue {
  const list = missing.map((k) => names.get(k) ?? `第${k + 1}列`).join('、');
  return makeIssue('warning', 'ragged-row-short', { ...at, column: missing[0]! + 1, columnName: names.get(missing[0]!) },
    `第${at.line}行缺少${missing.length}列（${list}），按空值处理`,
    `Line ${at.line} is missing ${missing.length} field(s) (${list}); treated as empty.`);
}
