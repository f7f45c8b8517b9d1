/** The composite index settings: metric checkboxes with editable weights, and 百分位 / 标准分. */
import { useId } from 'react';
import type { CompositeMethod } from '../../../analysis/composite-index';
import type { MetricDef } from '../../../data/metric-catalog';
import { parseWeight, type CompositeSettings } from './composite-weights';

export interface CompositeControlsProps {
  readonly candidates: readonly MetricDef[];
  readonly settings: CompositeSettings;
  readonly onChange: (next: CompositeSettings) => void;
}

const METHODS: readonly { method: CompositeMethod; label: string; hint: string }[] = [
  { method: 'percentile', label: '百分位', hint: '各指标换算为0—100的百分位得分' },
  { method: 'zscore', label: '标准分', hint: '各指标换算为标准分，0为平均水平' },
];

export function CompositeControls({ candidates, settings, onChange }: CompositeControlsProps) {
  const id = useId();
  const on = candidates.filter((m) => settings.weights[m.id]?.on);
  const summary = on.length === 0 ? '未选择' : `已选${on.length}项：${on.map((m) => `${m.zh}×${settings.weights[m.id]!.text || '?'}`).join('、')}`;
  const setEntry = (metric: string, patch: Partial<{ on: boolean; text: string }>) => {
    const old = settings.weights[metric] ?? { on: false, text: '1' };
    onChange({ ...settings, weights: { ...settings.weights, [metric]: { ...old, ...patch } } });
  };
  return (
    <div className="composite-controls">
      <details className="composite-metrics-box" open>
        <summary>参与计算的指标和权重（{summary}）</summary>
        <fieldset className="composite-metrics">
          <legend className="sr-only">参与综合指数的指标和权重</legend>
          {candidates.map((m) => {
            const e = settings.weights[m.id] ?? { on: false, text: '1' };
            const bad = e.on && Number.isNaN(parseWeight(e.text));
            return (
              <div key={m.id} className={e.on ? 'weight-item on' : 'weight-item'}>
                <label>
                  <input type="checkbox" checked={e.on} onChange={(ev) => setEntry(m.id, { on: ev.target.checked })} />
                  {m.zh}{m.direction === 'lower' ? <span className="muted" title="越低越好的指标，计分时反向">（逆向）</span> : null}
                </label>
                <input
                  type="number" min={0} step={0.5} inputMode="decimal"
                  className={bad ? 'weight-input invalid' : 'weight-input'}
                  aria-label={`${m.zh}的权重`} aria-invalid={bad || undefined}
                  value={e.text} disabled={!e.on}
                  onChange={(ev) => setEntry(m.id, { text: ev.target.value })}
                />
              </div>
            );
          })}
        </fieldset>
      </details>
      <div className="field">
        <span id={`${id}-method`}>计算方法</span>
        <div className="segmented" role="group" aria-labelledby={`${id}-method`}>
          {METHODS.map((x) => (
            <button key={x.method} type="button" title={x.hint} aria-pressed={settings.method === x.method}
              onClick={() => onChange({ ...settings, method: x.method })}>
              {x.label}
            </button>
          ))}
        </div>
        <span className="muted">权重为相对值，会自动换算为合计100%；权重为0或不勾选的指标不参与计算。</span>
      </div>
    </div>
  );
}
