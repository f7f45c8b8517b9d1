import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src/data/report/import-report';
import { groupIssues, issueClassOf } from '../../../src/data/report/issue-classes';

/** Every issue code src/ writes literally (makeIssue(severity, 'code', …) and a value's note('code', …)). */
function codesInSource(dir: string): Set<string> {
  const codes = new Set<string>();
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) { for (const c of codesInSource(p)) codes.add(c); continue; }
    if (!/\.tsx?$/.test(f)) continue;
    const text = readFileSync(p, 'utf8');
    for (const m of text.matchAll(/makeIssue\(\s*'(?:error|warning|info)',\s*'([a-z0-9-]+)'|\bnote\('([a-z0-9-]+)'/g)) codes.add(m[1] ?? m[2]!);
  }
  return codes;
}

const issue = (severity: ImportIssue['severity'], code: string, line: number): ImportIssue =>
  ({ severity, code, file: 'a.csv', line, column: 2, message: '说明', messageEn: '' });

describe('issueClassOf', () => {
  it.each([
    ['period-range', 'period'], ['no-period', 'period'], ['two-digit-year', 'period'], ['percent-as-fraction', 'rates'],
    ['dot-thousands-ambiguous', 'rates'], ['negative-count', 'numbers'], ['sign-repeated', 'numbers'], ['chinese-numeral', 'numbers'],
    ['subtotal-mismatch', 'rows'], ['footer-rows', 'rows'], ['code-invalid', 'identity'], ['encoding-guessed', 'encoding'],
    ['second-table', 'structure'], ['conflicting-values', 'files'], ['made-up', 'other'], ['subtotal', 'other'],
    // The workbook notes of this stop: formulas without values are number problems; sheets, merges and stray cells are structure.
    ['formula-no-value', 'numbers'], ['sheet-hidden', 'structure'], ['sheet-not-table', 'structure'], ['merged-cells-filled', 'structure'],
    ['merged-values', 'structure'], ['far-cells-dropped', 'structure'], ['hidden-cells', 'structure'], ['vertical-form', 'structure'],
    ['unit-name-numeric', 'rows'], ['period-relative-rows', 'period'], ['excel-text-cells', 'encoding'],
    ['ditto-value', 'numbers'], ['ditto-value-unclear', 'numbers'],
  ])('%s → %s', (code, cls) => {
    expect(issueClassOf(code).id).toBe(cls);
  });
});

describe('every code the import writes has its class', () => {
  it('a refusal of a whole file (empty, too big, not a table, unreadable workbook) is 整个文件, not 其他; only an internal error is 其他', () => {
    const codes = codesInSource(join(import.meta.dirname, '../../../src'));
    expect(codes.size).toBeGreaterThan(150);
    const of = (id: string) => [...codes].filter((c) => issueClassOf(c).id === id).sort();
    expect(of('whole-file')).toEqual(['file-empty', 'file-is-html', 'file-is-text', 'file-large', 'file-too-big', 'file-too-large', 'no-files', 'too-many-rows',
      'workbook-archive', 'workbook-corrupt', 'workbook-encrypted', 'workbook-not-a-workbook', 'workbook-reader-missing']);
    expect(of('other')).toEqual(['internal-error']);
    expect(issueClassOf('workbook-encrypted').zh).toBe('整个文件（无法读取、为空、过大或不是统计表）');
  });
});

describe('groupIssues', () => {
  it('makes 200 flagged cells of one class one group with its count; groups with errors first', () => {
    const many = Array.from({ length: 200 }, (_, k) => issue('warning', 'negative-count', k + 2));
    const groups = groupIssues([issue('info', 'blank-rows', 5), ...many, issue('error', 'period-invalid', 9)]);
    expect(groups.map((g) => [g.cls.id, g.issues.length, g.count])).toEqual([
      ['period', 1, { error: 1, warning: 0, info: 0 }],
      ['numbers', 200, { error: 0, warning: 200, info: 0 }],
      ['rows', 1, { error: 0, warning: 0, info: 1 }],
    ]);
    expect(groups[1]!.issues.map((i) => i.line)).toEqual(many.map((i) => i.line));
  });
  it('puts errors before warnings and notes inside a group, keeping report order', () => {
    const g = groupIssues([issue('info', 'period-x', 1), issue('warning', 'period-y', 2), issue('error', 'period-z', 3), issue('warning', 'period-w', 4)]);
    expect(g[0]!.issues.map((i) => i.line)).toEqual([3, 2, 4, 1]);
  });
});
