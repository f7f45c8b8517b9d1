/**
 * 对比: one metric × one period, every unit (or one street's) as a bar sorted best → worst, with
 * the median and mean marked; optionally a second period side by side (grouped bars sorted by the
 * main period, the change as ↑/↓), or small multiples by street on one scale. At city scale
 * (more than CITY_SCALE units) only the first and last TOP_BOTTOM units are drawn, with a histogram
 * of all of them, so the page never holds thousands of SVG marks. Units with no value are listed
 * under the chart, never drawn as 0. A click on a bar or a name highlights the unit everywhere.
 */
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../shared/EmptyState';
import type { DatasetViewProps } from '../ViewRouter';
import { CompareBarsPanel } from './compare/CompareBarsPanel';
import { CompareControls } from './compare/CompareControls';
import { DistributionPanel } from './compare/DistributionPanel';
import { MissingUnits } from './compare/MissingUnits';
import { SmallMultiplesPanel } from './compare/SmallMultiplesPanel';
import { getCompareQueryOptions, SMALL_MULTIPLES_MAX, TOP_BOTTOM } from './compare/compare-view-model';
import '../shared/chart-views.css';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';

export { CITY_SCALE, SMALL_MULTIPLES_MAX, TOP_BOTTOM } from './compare/compare-view-model';

export interface CompareViewProps extends DatasetViewProps {
  /** Fixed chart width (tests); omit to fill the panel. */
  readonly chartWidth?: number;
}

export function CompareView({ dataset, analysis, query, setQuery, chartWidth }: CompareViewProps) {
  const byStreet = query.by === 'street';
  const t = useT();
  const lang = useLang();
  const count = (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  const vm = useQuery(getCompareQueryOptions(analysis, query, lang, byStreet)).data;
  if (!vm) return <EmptyState title={t.empty.noCompare}>{t.empty.importHint}</EmptyState>;
  const { data, ctx, city } = vm;
  const { metric } = ctx;
  const { result } = data;
  const controls = (
    <CompareControls
      compare={query.compare}
      choices={data.choices}
      previous={data.previous}
      lastYear={data.lastYear}
      onCompare={(compare) => setQuery({ compare })}
      byStreet={byStreet}
      onByStreet={(on) => setQuery({ by: on ? 'street' : undefined })}
      units={dataset.units}
    />
  );
  if (result.items.length === 0) {
    return (
      <>
        {controls}
        <EmptyState title={t.empty.noPeriodMetric(ctx.periodLabel, lang === 'en' ? metric.en : metric.zh)}>
          {t.empty.changeHint(query.parent !== '', result.missing.length)}
        </EmptyState>
      </>
    );
  }
  const footer = <MissingUnits missing={result.missing} />;
  let body;
  if (vm.smallMultiples) {
    body = <SmallMultiplesPanel sm={vm.smallMultiples} lang={lang} footer={footer} chartWidth={chartWidth === undefined ? undefined : 360} />;
  } else {
    const spec = vm.bars!;
    body = (
      <>
        {byStreet && (
          <p className="panel notice" role="status">
            {t.compare.byStreetNeedsParent(count(result.items.length), SMALL_MULTIPLES_MAX)}
          </p>
        )}
        {city && (
          <p className="city-note" role="note">
            {t.compare.cityNote(count(result.items.length), TOP_BOTTOM)}
            <button type="button" onClick={() => setQuery({ view: 'league' })}>{t.compare.allLeague(count(result.items.length))}</button>
          </p>
        )}
        <CompareBarsPanel spec={spec} chartWidth={chartWidth} footer={footer} />
        {city && vm.distribution && <DistributionPanel result={result} spec={vm.distribution} lang={lang} n={TOP_BOTTOM} chartWidth={chartWidth} />}
      </>
    );
  }
  return (
    <>
      {controls}
      {body}
    </>
  );
}
