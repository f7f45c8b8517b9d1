/**
 * The import report: status, row counts by outcome, and every issue with file, line, column and
 * severity. A blocked import says plainly that nothing changed and what to fix.
 */
import type { ReactNode } from 'react';
import { columnLetter, type ImportReport } from '../../data/import-report';
import { OUTCOME_LABELS, SEVERITY_LABELS } from './report-text';

export function ImportReportPanel({ report, title, children }: { report: ImportReport; title: string; children?: ReactNode }) {
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.filter((i) => i.severity === 'warning').length;
  const blocked = report.status === 'blocked';
  return (
    <section className="panel report-panel" aria-label={title}>
      <h2>{title}</h2>
      {blocked ? (
        <div className="report-blocked" role="alert">
          <p><strong>导入未完成：当前数据没有任何改变。</strong></p>
          <p>文件中有{errors}处错误（见下表中标为“错误”的行）。请在 Excel/WPS 中按提示修改这些行或列，保存后重新导入。</p>
        </div>
      ) : (
        <p className="report-ok" role="status">
          导入成功：{report.files.join('、')}，共{report.observations.toLocaleString('zh-CN')}个数值
          {warnings > 0 ? `；有${warnings}条警告，请核对` : ''}。
        </p>
      )}
      {children}
      <dl className="counts">
        <div><dt>读入数据行</dt><dd>{report.counts.rowsIn.toLocaleString('zh-CN')}</dd></div>
        {OUTCOME_LABELS.map((o) => (
          <div key={o.key}><dt>{o.label}</dt><dd>{report.counts[o.key].toLocaleString('zh-CN')}</dd></div>
        ))}
        <div><dt>标题/表头行</dt><dd>{report.counts.structural}</dd></div>
      </dl>
      {report.issues.length === 0 ? (
        <p className="muted">没有发现问题。</p>
      ) : (
        <div className="table-scroll issues-scroll" tabIndex={0} role="region" aria-label="问题列表（可滚动）">
          <table className="issues-table">
            <caption>问题列表（共{report.issues.length}条）</caption>
            <thead>
              <tr><th scope="col">级别</th><th scope="col">文件</th><th scope="col" className="num">行</th><th scope="col">列</th><th scope="col">说明</th></tr>
            </thead>
            <tbody>
              {report.issues.map((i, k) => (
                <tr key={k} className={`sev-${i.severity}`}>
                  <td><span className={`badge badge-${i.severity}`}>{SEVERITY_LABELS[i.severity]}</span></td>
                  <td>{i.file}</td>
                  <td className="num">{i.line > 0 ? i.line : '整个文件'}</td>
                  <td>{i.column > 0 ? `${columnLetter(i.column)}列${i.columnName ? `（${i.columnName}）` : ''}` : '—'}</td>
                  <td>{i.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
