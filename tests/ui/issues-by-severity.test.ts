import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../src/data/report/import-report';
import { issuesBySeverity } from '../../src/data/report/issue-classes';

const issue = (severity: ImportIssue['severity'], line: number): ImportIssue =>
  ({ severity, code: 'x', file: 'a.csv', line, column: 0, message: '', messageEn: '' });

describe('issuesBySeverity', () => {
  it('lists errors first, then warnings, then notes, keeping file order within each', () => {
    const sorted = issuesBySeverity([issue('info', 1), issue('warning', 4), issue('error', 6), issue('info', 2), issue('error', 3)]);
    expect(sorted.map((i) => `${i.severity}:${i.line}`)).toEqual(['error:6', 'error:3', 'warning:4', 'info:1', 'info:2']);
  });
});
