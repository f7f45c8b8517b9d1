/** What is loaded: dataset name, files with encodings, and counts of units, periods, metrics, values. */
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import type { Dataset } from '../../../data/dataset/dataset';
import { observationCount, sourceFileOf } from '../../../data/dataset/dataset';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { ExportSlot } from '../../shared/ExportSlot';

const ENCODING_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8', 'gb18030': 'GBK/GB18030', 'gbk': 'GBK', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE',
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function DatasetSummary({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const d = t.data;
  const lang = useLang();
  const parents = new Set(dataset.units.map((u) => u.parent).filter((p) => p !== ''));
  const first = dataset.periods[0];
  const last = dataset.periods[dataset.periods.length - 1];
  const name = dataset.isSample ? t.app.sampleName : dataset.name;
  return (
    <section className="panel" aria-labelledby="dataset-summary-title">
      <header className="panel-header">
        <h2 id="dataset-summary-title">{d.current(name)}</h2>
        <ExportSlot dataset={{ data: dataset, name, fileBase: `${name}_${t.dm.normalisedSuffix}` }} />
      </header>
      {dataset.isSample && <p className="muted">{d.sampleNote}</p>}
      <dl className="counts">
        <div><dt>{d.units}</dt><dd>{dataset.units.length}</dd></div>
        <div><dt>{d.parents}</dt><dd>{parents.size}</dd></div>
        <div><dt>{d.periods}</dt><dd>{dataset.periods.length}</dd></div>
        <div><dt>{d.metrics}</dt><dd>{dataset.metrics.length}</dd></div>
        <div><dt>{d.values}</dt><dd>{observationCount(dataset).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN')}</dd></div>
      </dl>
      {first !== undefined && last !== undefined && (
        <p>{d.range(formatPeriodLabel(first, lang), formatPeriodLabel(last, lang))}</p>
      )}
      <p>{d.metricList(dataset.metrics.map((m) => (lang === 'en' ? m.en : m.zh)).join(d.listSep))}</p>
      <table className="files-table">
        <caption>{d.files}</caption>
        <thead><tr><th scope="col">{d.fileName}</th><th scope="col">{d.encoding}</th><th scope="col" className="num">{d.size}</th><th scope="col">{d.caption}</th></tr></thead>
        <tbody>
          {dataset.files.map((f, i) => (
            <tr key={`${f.name}-${i}`}>
              <td>{f.name}</td>
              <td>{ENCODING_LABELS[f.encoding] ?? f.encoding}</td>
              <td className="num">{sameWorkbook(dataset.files[i - 1]?.name, f.name) ? '〃' : sizeText(f.bytes)}</td>
              <td>{f.caption ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A sheet of the workbook the row above is a sheet of (`报表.xlsx › 4月` under `报表.xlsx › 3月`): its size is that file's, said once. */
function sameWorkbook(above: string | undefined, name: string): boolean {
  const here = sourceFileOf(name);
  return above !== undefined && here.sheet && sourceFileOf(above).file === here.file;
}
