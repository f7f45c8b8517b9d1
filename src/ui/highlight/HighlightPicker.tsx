/**
 * 突出显示: the highlighted units as chips with a search box to add one by keyboard (the charts
 * take clicks; this is the keyboard and screen-reader way), and 清除.
 */
import type { UnitInfo } from '../../data/dataset/dataset';
import { UnitPicker } from '../views/trend/UnitPicker';
import { MAX_HIGHLIGHTED, useHighlight } from './highlight';
import { useT } from '../i18n/use-t';

export function HighlightPicker({ units }: { units: readonly UnitInfo[] }) {
  const { names, set, clear } = useHighlight();
  const t = useT();
  return (
    <div className="highlight-picker" role="group" aria-label={t.highlight.group}>
      <UnitPicker
        units={units}
        selected={names}
        max={MAX_HIGHLIGHTED}
        onChange={set}
        label={t.highlight.label}
        listLabel={t.highlight.list}
      />
      {names.length > 0 && <button type="button" onClick={clear}>{t.highlight.clear}</button>}
      {names.length === 0 && <span className="muted hint">{t.highlight.hint}</span>}
    </div>
  );
}
