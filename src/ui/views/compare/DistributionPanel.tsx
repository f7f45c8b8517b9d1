/** City scale: where every unit lies, as a histogram, under the top/bottom bars. */
import { useMemo } from 'react';
import type { CompareResult } from '../../../analysis/compare-units';
import type { CompareSpecContext } from '../../../charts/compare-chart-spec';
import { buildDistributionSpec } from '../../../charts/distribution-spec';
import { DistributionChart } from '../../../charts/DistributionChart';
import { useHighlight } from '../../highlight/highlight';
import { ChartPanel } from '../../shared/ChartPanel';
import { useT } from '../../i18n/use-t';

export function DistributionPanel({ result, ctx, n, chartWidth }: { result: CompareResult; ctx: CompareSpecContext; n: number; chartWidth?: number }) {
  const spec = useMemo(() => buildDistributionSpec(result.items.map((it) => it.value), ctx), [result, ctx]);
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
      <DistributionChart bins={spec.bins} median={result.median} shown={shown} marks={marks} width={chartWidth} lang={ctx.lang} />
    </ChartPanel>
  );
}
