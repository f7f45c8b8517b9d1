/** What is loaded: dataset name, files with encodings, and counts of units, periods, metrics, values. */
import { formatPeriodLabel } from '../../../data/format-period-label';
import type { Dataset } from '../../../data/dataset';
import { observationCount } from '../../../data/dataset';

const ENCODING_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8', 'gb18030': 'GBK/GB18030', 'gbk': 'GBK', 'utf-16le': 'UTF-16（LE）', 'utf-16be': 'UTF-16（BE）',
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function DatasetSummary({ dataset }: { dataset: Dataset }) {
  const parents = new Set(dataset.units.map((u) => u.parent).filter((p) => p !== ''));
  const first = dataset.periods[0];
  const last = dataset.periods[dataset.periods.length - 1];
  return (
    <section className="panel" aria-labelledby="dataset-summary-title">
      <h2 id="dataset-summary-title">当前数据：{dataset.name}</h2>
      {dataset.isSample && <p className="muted">这是合成的示例数据，仅用于演示，不是真实统计。</p>}
      <dl className="counts">
        <div><dt>社区/村</dt><dd>{dataset.units.length}</dd></div>
        <div><dt>街道/镇</dt><dd>{parents.size}</dd></div>
        <div><dt>期间</dt><dd>{dataset.periods.length}</dd></div>
        <div><dt>指标</dt><dd>{dataset.metrics.length}</dd></div>
        <div><dt>数值</dt><dd>{observationCount(dataset).toLocaleString('zh-CN')}</dd></div>
      </dl>
      {first !== undefined && last !== undefined && (
        <p>期间范围：{formatPeriodLabel(first, 'zh')} 至 {formatPeriodLabel(last, 'zh')}</p>
      )}
      <p>指标：{dataset.metrics.map((m) => m.zh).join('、')}</p>
      <table className="files-table">
        <caption>来源文件</caption>
        <thead><tr><th scope="col">文件名</th><th scope="col">编码</th><th scope="col" className="num">大小</th><th scope="col">标题行</th></tr></thead>
        <tbody>
          {dataset.files.map((f, i) => (
            <tr key={`${f.name}-${i}`}>
              <td>{f.name}</td>
              <td>{ENCODING_LABELS[f.encoding] ?? f.encoding}</td>
              <td className="num">{sizeText(f.bytes)}</td>
              <td>{f.caption ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
