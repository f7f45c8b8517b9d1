/** The composite index settings: metric checkboxes with editable weights, and 百分位 / 标准分. */
import { useId } from 'react';
import type { CompositeMethod } from '../../../analysis/composite-index';
import type { MetricDef } from '../../../data/vocabulary/metric-catalog';
import { parseWeight, type CompositeSettings } from './composite-weights';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

export interface CompositeControlsProps {
  readonly candidates: readonly MetricDef[];
  readonly settings: CompositeSettings;
  readonly onChange: (next: CompositeSettings) => void;
}

const METHODS: readonly { method: CompositeMethod; label: 'percentile' | 'zscore'; hint: 'percentileHint' | 'zscoreHint' }[] = [
  { method: 'percentile', label: 'percentile', hint: 'percentileHint' },
  { method: 'zscore', label: 'zscore', hint: 'zscoreHint' },
];

export function CompositeControls({ candidates, settings, onChange }: CompositeControlsProps) {
  const id = useId();
  const c = useT().composite;
  const lang = useLang();
  const name = (m: MetricDef) => (lang === 'en' ? m.en : m.zh);
  const on = candidates.filter((m) => settings.weights[m.id]?.on && !Number.isNaN(parseWeight(settings.weights[m.id]!.text)));
  const invalid = candidates.filter((m) => settings.weights[m.id]?.on && Number.isNaN(parseWeight(settings.weights[m.id]!.text)));
  const errorId = `${id}-weight-error`;
  const summary = on.length === 0 ? c.none : c.chosen(on.length, on.map((m) => c.weightItem(name(m), settings.weights[m.id]!.text)).join(lang === 'en' ? ', ' : '、'));
  const setEntry = (metric: string, patch: Partial<{ on: boolean; text: string }>) => {
    const old = settings.weights[metric] ?? { on: false, text: '1' };
    onChange({ ...settings, weights: { ...settings.weights, [metric]: { ...old, ...patch } } });
  };
  return (
    <div className="composite-controls">
      <details className="composite-metrics-box" open>
        <summary>{c.metricsSummary(summary)}</summary>
        <fieldset className="composite-metrics">
          <legend className="sr-only">{c.legend}</legend>
          {candidates.map((m) => {
            const e = settings.weights[m.id] ?? { on: false, text: '1' };
            const bad = e.on && Number.isNaN(parseWeight(e.text));
            return (
              <div key={m.id} className={e.on ? 'weight-item on' : 'weight-item'}>
                <label>
                  <input type="checkbox" checked={e.on} onChange={(ev) => setEntry(m.id, { on: ev.target.checked })} />
                  {name(m)}{m.direction === 'lower' ? <span className="muted" title={c.reverseTip}>{c.reverse}</span> : null}
                </label>
                <input
                  type="number" min={0} step={0.5} inputMode="decimal"
                  className={bad ? 'weight-input invalid' : 'weight-input'}
                  aria-label={c.weightOf(name(m))} aria-invalid={bad || undefined} aria-describedby={bad ? errorId : undefined}
                  value={e.text} disabled={!e.on}
                  onChange={(ev) => setEntry(m.id, { text: ev.target.value })}
                />
              </div>
            );
          })}
        </fieldset>
        {invalid.length > 0 && <p id={errorId} className="field-error" role="alert">{c.weightInvalid(invalid.map(name).join(lang === 'en' ? ', ' : '、'))}</p>}
      </details>
      <div className="field">
        <span id={`${id}-method`}>{c.method}</span>
        <div className="segmented" role="group" aria-labelledby={`${id}-method`}>
          {METHODS.map((x) => (
            <button key={x.method} type="button" title={c[x.hint]} aria-pressed={settings.method === x.method}
              onClick={() => onChange({ ...settings, method: x.method })}>
              {c[x.label]}
            </button>
          ))}
        </div>
        <span className="muted">{c.weightsHint}</span>
      </div>
    </div>
  );
}
