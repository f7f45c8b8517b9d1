/**
 * A searchable multi-select of units: a search box filters the list, chosen units show as chips
 * with a remove button. Names are kept (the URL `units` parameter holds names).
 */
import { useId, useState } from 'react';
import type { UnitInfo } from '../../../data/dataset';

export interface UnitPickerProps {
  readonly units: readonly UnitInfo[];
  /** Chosen unit names. */
  readonly selected: readonly string[];
  readonly onChange: (names: string[]) => void;
  readonly max: number;
  /** Label of the search box (default 添加社区). */
  readonly label?: string;
  /** Accessible name of the chosen-units list (default 已选单位). */
  readonly listLabel?: string;
}

const SHOWN = 30;

export function UnitPicker({ units, selected, onChange, max, label = '添加社区', listLabel = '已选单位' }: UnitPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const needle = text.trim();
  const matches = needle === ''
    ? []
    : units.filter((u) => !selected.includes(u.name) && (u.name.includes(needle) || u.parent.includes(needle) || u.aliases.some((a) => a.includes(needle))));
  const full = selected.length >= max;
  return (
    <div className="unit-picker">
      <ul className="chips" aria-label={listLabel}>
        {selected.map((name) => (
          <li key={name}>
            {name}
            <button type="button" aria-label={`移除${name}`} onClick={() => onChange(selected.filter((s) => s !== name))}>×</button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        placeholder={full ? `最多选择${max}个` : '输入社区或街道名称搜索'}
        disabled={full}
        onChange={(e) => setText(e.target.value)}
      />
      {matches.length > 0 && (
        <ul className="picker-results" aria-label="搜索结果">
          {matches.slice(0, SHOWN).map((u, i) => (
            <li key={`${u.name}-${u.parent}-${i}`}>
              <button type="button" onClick={() => { onChange([...selected, u.name]); setText(''); }}>
                {u.name}<span className="muted">{u.parent}</span>
              </button>
            </li>
          ))}
          {matches.length > SHOWN && <li className="muted">还有{matches.length - SHOWN}个，请输入更多字缩小范围</li>}
        </ul>
      )}
      {needle !== '' && matches.length === 0 && <p className="muted">没有找到“{needle}”。</p>}
    </div>
  );
}
