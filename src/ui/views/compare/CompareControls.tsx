/**
 * Controls over the 对比 chart: 对比期间 (a second period, with 上期 / 去年同期 quick picks),
 * 全部单位 / 分街道显示, 突出显示 and the 涨跌颜色 setting.
 */
import { useId } from 'react';
import type { UnitInfo } from '../../../data/dataset/dataset';
import { formatPeriodLabel } from '../../../data/vocabulary/format-period-label';
import { HighlightPicker } from '../../highlight/HighlightPicker';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';

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
  const t = useT().compare;
  const lang = useLang();
  return (
    <div className="panel compare-controls">
      <div className="control-row">
        <label htmlFor={`${id}-cmp`}>{t.period}</label>
        <select id={`${id}-cmp`} value={p.compare} onChange={(e) => p.onCompare(e.target.value)}>
          <option value="">{t.none}</option>
          {p.choices.map((k) => <option key={k} value={k}>{formatPeriodLabel(k, lang)}</option>)}
        </select>
        <div className="segmented" role="group" aria-label={t.quick}>
          <button type="button" aria-pressed={p.previous !== '' && p.compare === p.previous} disabled={p.previous === ''} onClick={() => p.onCompare(p.previous)} title={p.previous === '' ? t.noPrevious : undefined}>{t.previous}</button>
          <button type="button" aria-pressed={p.lastYear !== '' && p.compare === p.lastYear} disabled={p.lastYear === ''} onClick={() => p.onCompare(p.lastYear)} title={p.lastYear === '' ? t.noLastYear : undefined}>{t.lastYear}</button>
          <button type="button" aria-pressed={p.compare === ''} onClick={() => p.onCompare('')}>{t.none}</button>
        </div>
        <div className="segmented" role="group" aria-label={t.layout}>
          <button type="button" aria-pressed={!p.byStreet} onClick={() => p.onByStreet(false)}>{t.allUnits}</button>
          <button type="button" aria-pressed={p.byStreet} onClick={() => p.onByStreet(true)}>{t.byStreet}</button>
        </div>
      </div>
      <HighlightPicker units={p.units} />
    </div>
  );
}
