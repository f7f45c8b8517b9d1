/**
 * Collects ImportIssues for one import. Repetitive notes (the same code in the same column on
 * thousands of rows) are capped per group and then summarised, so a 1M-row file does not produce
 * a million-line report; errors keep their severity in the summary, so blocking is never lost.
 */
import type { ImportIssue, Severity } from './import-report';
import { makeIssue } from './make-issue';

/** Individual issues kept per (code, file, column) group before summarising. */
export const ISSUES_PER_GROUP = 20;

function groupKey(severity: Severity, code: string, file: string, column: number): string {
  return `${code}\u0001${file}\u0001${column}\u0001${severity}`;
}

export class IssueSink {
  readonly issues: ImportIssue[] = [];
  private readonly groups = new Map<string, { count: number; first: ImportIssue }>();

  push(issue: ImportIssue): void {
    this.issues.push(issue);
  }

  pushAll(issues: readonly ImportIssue[]): void {
    for (const i of issues) this.issues.push(i);
  }

  /** Adds an issue unless its group (code + file + column) already has ISSUES_PER_GROUP of them. */
  pushCapped(issue: ImportIssue): void {
    const key = groupKey(issue.severity, issue.code, issue.file, issue.column);
    const g = this.groups.get(key);
    if (!g) this.groups.set(key, { count: 1, first: issue });
    else g.count++;
    if ((g?.count ?? 1) <= ISSUES_PER_GROUP) this.issues.push(issue);
  }

  /**
   * The same as pushCapped(make()), but a group already full only counts the issue: notes on
   * thousands of cells (`3余`, `"1,234"`) are not each worded only to be summarised.
   */
  pushCappedAs(severity: Severity, code: string, file: string, column: number, make: () => ImportIssue): void {
    const g = this.groups.get(groupKey(severity, code, file, column));
    if (g !== undefined && g.count >= ISSUES_PER_GROUP) { g.count++; return; }
    this.pushCapped(make());
  }

  /** Appends one summary issue per group that overflowed. Call once at the end. */
  flush(): void {
    for (const { count, first } of this.groups.values()) {
      if (count <= ISSUES_PER_GROUP) continue;
      const more = count - ISSUES_PER_GROUP;
      this.issues.push(makeIssue(first.severity, first.code,
        { file: first.file, column: first.column, ...(first.columnName ? { columnName: first.columnName } : {}) },
        `同类问题（${first.code}）在该列另有${more}处，共${count}处`,
        `${more} more issues of this kind (${first.code}) in this column; ${count} in total.`));
    }
    this.groups.clear();
  }

  get blocked(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

/**
 * One issue per cell: a formula's #N/A is a warning from the workbook reader (spreadsheet-error),
 * so the value's own note that #N/A means no data (missing-placeholder) is left out at that cell;
 * and an error at a cell (an Excel error value as a unit's name, which blocks the row), or the
 * warning that a code cell is no code (code-invalid: the unit is known by its name), leaves out
 * that warning, which says the cell is read as a missing value.
 */
export function oneIssuePerCell(issues: readonly ImportIssue[]): ImportIssue[] {
  const at = (i: ImportIssue): string => `${i.file}\u0001${i.sheet ?? ''}\u0001${i.line}\u0001${i.column}`;
  const cells = (keep: (i: ImportIssue) => boolean): Set<string> => new Set(issues.filter((i) => keep(i) && i.line > 0 && i.column > 0).map(at));
  const warned = cells((i) => i.code === 'spreadsheet-error');
  if (warned.size === 0) return [...issues];
  const said = cells((i) => i.severity === 'error' || i.code === 'code-invalid');
  return issues.filter((i) => (i.code !== 'missing-placeholder' || !warned.has(at(i))) && (i.code !== 'spreadsheet-error' || !said.has(at(i))));
}
