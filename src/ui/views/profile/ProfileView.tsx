/**
 * 单位画像: one community on every metric of the period — where it stands (ranks overall and in its
 * street, percentile, 环比 and 同比), its strengths and weaknesses as a chart, a narrative to paste,
 * 取长补短 (whom to learn from), 连续N期靠后, the trend of its weakest metrics against the median,
 * and exports (PNG/PPTX of the chart, the table as CSV/XLSX/PPTX, every community's profile as one deck).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { SpecBarChart } from '../../../charts/SpecBarChart';
import { SpecLineChart } from '../../../charts/SpecLineChart';
import { perText } from '../../../charts/spec-text';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { ChartPanel } from '../../shared/ChartPanel';
import { ExportSlot } from '../../shared/ExportSlot';
import type { DatasetViewProps } from '../../ViewRouter';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { BatchExport } from './BatchExport';
import { ProfilePrint } from './ProfilePrint';
import { ProfilePicker } from './ProfilePicker';
import { ProfileSummary } from './ProfileSummary';
import { ProfileTable } from './ProfileTable';
import { getProfileQueryOptions, profileSpecContext, profileUnit } from './profile-view-model';
import './profile.css';

export function ProfileView({ dataset, analysis, query, setQuery }: DatasetViewProps) {
  const t = useT();
  const lang = useLang();
  const name = query.unit ?? '';
  const unit = useMemo(() => profileUnit(analysis, query), [analysis, query]);
  const spec = useMemo(() => profileSpecContext(analysis, lang), [analysis, lang]);
  const model = useQuery(getProfileQueryOptions(analysis, query, lang)).data;
  const picker = <ProfilePicker dataset={dataset} parent={query.parent} value={unit >= 0 ? dataset.units[unit]!.name : ''} onChange={(n) => setQuery({ unit: n })} />;
  const batch = <BatchExport dataset={dataset} analysis={analysis} period={query.period} per={query.per} parent={query.parent} spec={spec} />;
  if (!model) {
    return (
      <section className="panel profile-pick" aria-labelledby="profile-title">
        <h2 id="profile-title">{t.views.profile}</h2>
        <p>{name !== '' ? t.profile.notFound(name) : t.profile.pickHint}</p>
        {picker}
        {batch}
      </section>
    );
  }
  const { profile } = model;
  return (
    <div className="profile-view">
      <section className="panel profile-head" aria-labelledby="profile-title">
        <div>
          <h2 id="profile-title">{t.profile.heading(profile.name)}</h2>
          <p className="subtitle">{t.profile.sub(formatPeriodLabel(query.period, lang), profile.parent, perText(query.per, lang))}</p>
        </div>
        <div className="profile-tools">
          {picker}
          <ProfilePrint model={model} title={t.profile.heading(profile.name)}
            subtitle={t.profile.sub(formatPeriodLabel(query.period, lang), profile.parent, perText(query.per, lang))} />
          {batch}
        </div>
      </section>
      <ProfileSummary model={model} />
      <ChartPanel spec={model.percentile} chartId="profile-percentile">
        <SpecBarChart spec={model.percentile} domain={[0, 100]} />
      </ChartPanel>
      <section className="panel" aria-labelledby="profile-table">
        <header className="panel-header">
          <div>
            <h3 id="profile-table">{model.table.title}</h3>
            <p className="subtitle">{model.table.subtitle}</p>
          </div>
          <ExportSlot table={model.table} />
        </header>
        <ProfileTable table={model.table} caption={model.table.title} />
        {(model.table.notes ?? []).length > 0 && <ul className="notes">{model.table.notes!.map((n) => <li key={n}>{n}</li>)}</ul>}
      </section>
      {model.trends.length > 0 && <h3 className="profile-trends-title">{t.profile.trends}</h3>}
      <div className="profile-trends">
        {model.trends.map((tr) => (
          <ChartPanel key={tr.id} spec={tr.spec} chartId={`profile-trend-${tr.id}`}>
            <SpecLineChart spec={tr.spec} height={300} />
          </ChartPanel>
        ))}
      </div>
    </div>
  );
}
