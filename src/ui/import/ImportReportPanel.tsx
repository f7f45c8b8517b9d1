/**
 * The import report: status, row counts by outcome, and every issue with file (and sheet, for a
 * workbook: `文件.xlsx › 3月`), line, column and severity, grouped by class (periods, rates, number
 * words, non-unit rows …) with a count each, so 200 flagged cells are a few readable lists. A
 * blocked import says plainly that nothing changed and what to fix.
 */
import type { ReactNode } from 'react';
import { cellsWithoutNumber, columnLetter, conflictsOnly, correctsExisting, refusesFile, type ImportIssue, type ImportReport } from '../../data/report/import-report';
import { PLACES_NAMED, placeZh } from '../../data/report/make-issue';
import { groupIssues, type IssueGroup } from '../../data/report/issue-classes';
import { OUTCOMES, severityLabel } from './report-text';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export function ImportReportPanel({ report, title, children }: { report: ImportReport; title: string; children?: ReactNode }) {
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.filter((i) => i.severity === 'warning').length;
  const blocked = report.status === 'blocked';
  // A file refused whole (damaged, encrypted, empty, a web page) has no row or column to fix.
  const placed = report.issues.some((i) => i.severity === 'error' && !refusesFile(i));
  const t = useT().report;
  const lang = useLang();
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  // Cells kept without a number (blank, “—”, a range, text) are said apart from the numbers.
  const empty = cellsWithoutNumber(report) > 0 ? n(cellsWithoutNumber(report)) : '';
  // Past three files, the first three and how many in all (150 workbooks are not a paragraph).
  const files = report.files.length <= 3 ? report.files.join(t.fileSep) : t.filesMore(report.files.slice(0, 3).join(t.fileSep), report.files.length);
  return (
    <section className="panel report-panel" aria-label={title}>
      <h2>{title}</h2>
      {blocked ? (
        <div className="report-blocked" role="alert">
          <p><strong>{t.blocked}</strong></p>
          <p>{correctsExisting(report) ? t.blockedCorrectHint() : conflictsOnly(report) ? t.blockedConflictHint(errors) : placed ? t.blockedHint(errors) : t.blockedFileHint}</p>
        </div>
      ) : (
        <p className="report-ok" role="status">
          {report.values === undefined ? t.okCells(files, n(report.observations), warnings)
            : report.added !== undefined ? t.okAdded(files, n(report.added), n(report.values), empty, warnings, report.corrected ? n(report.corrected) : '')
            : t.ok(files, n(report.values), empty, warnings)}
        </p>
      )}
      {children}
      <dl className="counts">
        <div><dt>{t.rowsIn}</dt><dd>{n(report.counts.rowsIn)}</dd></div>
        {OUTCOMES.map((o) => (
          <div key={o}><dt>{blocked && o === 'imported' ? t.importable : t[o]}</dt><dd>{n(report.counts[o])}</dd></div>
        ))}
        <div><dt>{t.structural}</dt><dd>{report.counts.structural}</dd></div>
      </dl>
      {report.issues.length === 0 ? (
        <p className="muted">{t.noIssues}</p>
      ) : (
        <div className="issue-groups" role="region" aria-label={t.caption(report.issues.length)}>
          {groupIssues(report.issues).map((g) => (
            <IssueGroupTable key={g.cls.id} group={g} />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * Where an issue is: its file (› sheet); one found in many sheets or files names the first few,
 * and opens to list them all.
 */
function IssuePlaces({ issue: i }: { issue: ImportIssue }) {
  const text = placeZh({ file: i.file, ...(i.sheet !== undefined ? { sheet: i.sheet } : {}), ...(i.places !== undefined ? { places: i.places } : {}) });
  if (i.places === undefined || i.places.length <= PLACES_NAMED) return <>{text}</>;
  return (
    <details className="issue-places">
      <summary>{text}</summary>
      <ul>{i.places.map((p, k) => <li key={k}>{placeZh(p)}</li>)}</ul>
    </details>
  );
}

/** One class of issues: a summary line with its counts, opened when it holds errors or warnings. */
function IssueGroupTable({ group }: { group: IssueGroup }) {
  const t = useT().report;
  const lang = useLang();
  const label = lang === 'en' ? group.cls.en : group.cls.zh;
  const counts = (['error', 'warning', 'info'] as const).filter((s) => group.count[s] > 0)
    .map((s) => `${severityLabel(s, t)} ${group.count[s]}`).join(lang === 'en' ? ', ' : '，');
  const caption = t.groupCaption(label, group.issues.length, counts);
  return (
    <details className="issue-group" open={group.count.error + group.count.warning > 0}>
      <summary>{caption}</summary>
      <div className="table-scroll issues-scroll" tabIndex={0}>
        <table className="issues-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr><th scope="col">{t.severity}</th><th scope="col">{t.file}</th><th scope="col" className="num">{t.line}</th><th scope="col">{t.column}</th><th scope="col">{t.message}</th></tr>
          </thead>
          <tbody>
            {group.issues.map((i, k) => (
              <tr key={k} className={`sev-${i.severity}`}>
                <td><span className={`badge badge-${i.severity}`}>{severityLabel(i.severity, t)}</span></td>
                <td><IssuePlaces issue={i} /></td>
                <td className="num">{i.line > 0 ? i.line : i.sheet !== undefined ? t.wholeSheet : t.wholeFile}</td>
                <td>{i.column > 0 ? t.columnText(columnLetter(i.column), i.columnName ?? '') : '—'}</td>
                <td>{lang === 'en' ? i.messageEn : i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
