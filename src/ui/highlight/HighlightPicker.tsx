/**
 * 突出显示: the highlighted units as chips with a search box to add one by keyboard (the charts
 * take clicks; this is the keyboard and screen-reader way), and 清除.
 */
import type { UnitInfo } from '../../data/dataset';
import { UnitPicker } from '../views/trend/UnitPicker';
import { clearHighlight, MAX_HIGHLIGHTED, setHighlighted, useHighlightedUnits } from './highlight-store';

export function HighlightPicker({ units }: { units: readonly UnitInfo[] }) {
  const names = useHighlightedUnits();
  return (
    <div className="highlight-picker" role="group" aria-label="突出显示单位">
      <UnitPicker
        units={units}
        selected={names}
        max={MAX_HIGHLIGHTED}
        onChange={setHighlighted}
        label="突出显示"
        listLabel="已突出显示的单位"
      />
      {names.length > 0 && <button type="button" onClick={clearHighlight}>清除突出显示</button>}
      {names.length === 0 && <span className="muted hint">也可以直接点图中的条形、点或名称。</span>}
    </div>
  );
}
