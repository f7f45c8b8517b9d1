/**
 * One issue for the same finding in several sheets or files. A workbook with a sheet per month,
 * or 150 communities' workbooks made from one template, repeat their template's quirks (a unit in
 * a header that is not the metric's, a two-row header, the 合计 row at line 11) word for word in
 * every sheet: the report says each once, with every place it was found (ImportIssue.places),
 * instead of the same line twelve or 150 times. Only issues alike in code, severity, line, column
 * and both messages are joined; an issue whose words name its sheet's own cells stays its own.
 */
import type { ImportIssue, IssuePlace } from './import-report';

function sameKey(i: ImportIssue): string {
  return `${i.severity}\u0001${i.code}\u0001${i.line}\u0001${i.column}\u0001${i.columnName ?? ''}\u0001${i.message}\u0001${i.messageEn}`;
}

function samePlace(a: IssuePlace, b: IssuePlace): boolean {
  return a.file === b.file && a.sheet === b.sheet;
}

/** `issues` with each finding repeated in other sheets or files said once, where it was first found, listing every place. */
export function oneIssueAcrossPlaces(issues: readonly ImportIssue[]): ImportIssue[] {
  const first = new Map<string, number>();
  const places: IssuePlace[][] = [];
  const out: ImportIssue[] = [];
  for (const i of issues) {
    const key = sameKey(i);
    const at = first.get(key);
    const place: IssuePlace = { file: i.file, ...(i.sheet !== undefined ? { sheet: i.sheet } : {}) };
    // The same words twice at one place are two findings (two cells of one row), not one found twice.
    if (at === undefined || places[at]!.some((p) => samePlace(p, place))) {
      if (at === undefined) first.set(key, out.length);
      places.push([place]);
      out.push(i);
      continue;
    }
    places[at]!.push(place);
  }
  return out.map((i, k) => (places[k]!.length > 1 ? { ...i, places: places[k]! } : i));
}
