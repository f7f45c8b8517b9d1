/** City scale: where every unit lies, as a histogram, under the top/bottom bars. */
import type { CompareResult } from '../../../analysis/compare-units';
import type { ChartSpec } from '../../../charts/chart-spec';
import type { HistogramBin } from '../../../charts/distribution-spec';
import { DistributionChart } from '../../../charts/DistributionChart';
import { useHighlight } from '../../highlight/highlight';
import { ChartPanel } from '../../shared/ChartPanel';
import { useT } from '../../i18n/use-t';

export function DistributionPanel({ result, spec, lang, n, chartWidth }: {
  result: CompareResult; spec: ChartSpec & { bins: HistogramBin[] }; lang: 'zh' | 'en'; n: number; chartWidth?: number;
}) {
  const names = useHighlight().names;
  const t = useT().compare;
  const { items } = result;
  const shown = items.length > 2 * n
    ? [
      { from: items[0]!.value, to: items[n - 1]!.value, label: t.top(n) },
      { from: items[items.length - n]!.value, to: items[items.length - 1]!.value, label: t.bottom(n) },
    ]
    : [];
  const wanted = new Set(names);
  const marks = items.filter((it) => wanted.has(it.name)).slice(0, 8).map((it) => ({ name: it.name, value: it.value }));
  return (
    <ChartPanel spec={spec} chartId="compare-distribution">
      <DistributionChart bins={spec.bins} median={result.median} shown={shown} marks={marks} width={chartWidth} lang={lang} />
    </ChartPanel>
  );
}
