/**
 * Controls over the 对比 chart: 对比期间 (a second period, with 上期 / 去年同期 quick picks),
 * 全部单位 / 分街道显示, 突出显示 and the 涨跌颜色 setting.
 */
import { useId } from 'react';
import type { UnitInfo } from '../../../data/dataset';
import { formatPeriodLabel } from '../../../data/format-period-label';
import { HighlightPicker } from '../../highlight/HighlightPicker';

export interface CompareControlsProps {
  readonly compare: string;
  readonly choices: readonly string[];
  readonly previous: string;
  readonly lastYear: string;
  readonly onCompare: (key: string) => void;
  readonly byStreet: boolean;
  readonly onByStreet: (on: boolean) => void;
  readonly units: readonly UnitInfo[];
}

export function CompareControls(p: CompareControlsProps) {
  const id = useId();
  return (
    <div className="panel compare-controls">
      <div className="control-row">
        <label htmlFor={`${id}-cmp`}>对比期间</label>
        <select id={`${id}-cmp`} value={p.compare} onChange={(e) => p.onCompare(e.target.value)}>
          <option value="">不对比</option>
          {p.choices.map((k) => <option key={k} value={k}>{formatPeriodLabel(k, 'zh')}</option>)}
        </select>
        <div className="segmented" role="group" aria-label="快速选择对比期间">
          <button type="button" aria-pressed={p.previous !== '' && p.compare === p.previous} disabled={p.previous === ''} onClick={() => p.onCompare(p.previous)} title={p.previous === '' ? '数据中没有上期' : undefined}>上期</button>
          <button type="button" aria-pressed={p.lastYear !== '' && p.compare === p.lastYear} disabled={p.lastYear === ''} onClick={() => p.onCompare(p.lastYear)} title={p.lastYear === '' ? '数据中没有去年同期' : undefined}>去年同期</button>
          <button type="button" aria-pressed={p.compare === ''} onClick={() => p.onCompare('')}>不对比</button>
        </div>
        <div className="segmented" role="group" aria-label="显示方式">
          <button type="button" aria-pressed={!p.byStreet} onClick={() => p.onByStreet(false)}>全部单位</button>
          <button type="button" aria-pressed={p.byStreet} onClick={() => p.onByStreet(true)}>分街道显示</button>
        </div>
      </div>
      <HighlightPicker units={p.units} />
    </div>
  );
}
