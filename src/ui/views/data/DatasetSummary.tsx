/** What is loaded: dataset name, files with encodings, and counts of units, periods, metrics, values (and cells without one). */
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { parsePeriodKey } from '../../../data/vocabulary/period';
import type { Dataset } from '../../../data/dataset/dataset';
import { numberCount, observationCount, sourceFileOf } from '../../../data/dataset/dataset';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { ExportSlot } from '../../shared/ExportSlot';
import { formatBytes } from '../../data-manager/format-storage';

const ENCODING_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8', 'gb18030': 'GBK/GB18030', 'gbk': 'GBK', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE',
};

export function DatasetSummary({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const d = t.data;
  const lang = useLang();
  const parents = new Set(dataset.units.map((u) => u.parent).filter((p) => p !== ''));
  // Numbers, as the import report counts them; cells kept without one (blank, “—”, a range) apart.
  const numbers = useMemo(() => numberCount(dataset.obs.value), [dataset]);
  const empty = observationCount(dataset) - numbers;
  const count = (x: number): string => x.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  // Years to date (1-3月累计) are listed apart: 2024年3月 至 2024年1-3月累计 reads as a span they are not.
  const single = dataset.periods.filter((p) => parsePeriodKey(p)?.granularity !== 'C');
  const toDate = dataset.periods.filter((p) => parsePeriodKey(p)?.granularity === 'C');
  const first = single[0];
  const last = single[single.length - 1];
  const label = (p: string): string => formatPeriodLabel(p, lang);
  const cumulative = toDate.length === 0 ? '' : toDate.length === 1 ? d.alsoToDate(label(toDate[0]!)) : d.alsoToDateRange(label(toDate[0]!), label(toDate[toDate.length - 1]!), toDate.length);
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
        <div><dt>{d.values}</dt><dd>{count(numbers)}</dd></div>
        {empty > 0 && <div><dt>{d.emptyCells}</dt><dd>{count(empty)}</dd></div>}
      </dl>
      {first !== undefined && last !== undefined ? (
        <p>{(first === last ? d.onePeriod(label(first)) : d.range(label(first), label(last))) + cumulative}</p>
      ) : toDate.length > 0 && <p>{d.onlyToDate(toDate.map(label).join(d.listSep))}</p>}
      <p>{d.metricList(dataset.metrics.map((m) => (lang === 'en' ? m.en : m.zh)).join(d.listSep))}</p>
      {/* Which communities came in, by street: a missing or doubled one (东姜井 beside 东姜井社区) shows here. */}
      <details className="unit-list">
        <summary>{d.unitList(dataset.units.length, parents.size)}</summary>
        <ul>
          {[...unitsByParent(dataset)].map(([parent, names]) => (
            <li key={parent}><strong>{parent || d.noParent}</strong>{lang === 'en' ? ': ' : '：'}{names.join(d.listSep)}</li>
          ))}
        </ul>
      </details>
      <table className="files-table">
        <caption>{d.files}</caption>
        <thead><tr><th scope="col">{d.fileName}</th><th scope="col">{d.encoding}</th><th scope="col" className="num">{d.size}</th><th scope="col">{d.caption}</th></tr></thead>
        <tbody>
          {dataset.files.map((f, i) => (
            <tr key={`${f.name}-${i}`}>
              <td>{f.name}</td>
              <td>{ENCODING_LABELS[f.encoding] ?? f.encoding}</td>
              <td className="num">{sameWorkbook(dataset.files[i - 1]?.name, f.name) ? '〃' : formatBytes(f.bytes, t.dm)}</td>
              <td>{f.caption ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Unit names by street/town, both in the dataset's order. */
function unitsByParent(dataset: Dataset): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of dataset.units) {
    const names = out.get(u.parent) ?? [];
    names.push(u.name);
    out.set(u.parent, names);
  }
  return out;
}

/** A sheet of the workbook the row above is a sheet of (`报表.xlsx › 4月` under `报表.xlsx › 3月`): its size is that file's, said once. */
function sameWorkbook(above: string | undefined, name: string): boolean {
  const here = sourceFileOf(name);
  return above !== undefined && here.sheet && sourceFileOf(above).file === here.file;
}
