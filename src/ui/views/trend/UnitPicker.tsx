/**
 * A searchable multi-select of units: a search box filters the list, chosen units show as chips
 * with a remove button. Names are kept (the URL `units` parameter holds names).
 */
import { useId, useState } from 'react';
import type { UnitInfo } from '../../../data/dataset/dataset';
import { useT } from '../../i18n/use-t';

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

export function UnitPicker({ units, selected, onChange, max, label: labelProp, listLabel: listProp }: UnitPickerProps) {
  const id = useId();
  const t = useT().picker;
  const label = labelProp ?? t.add;
  const listLabel = listProp ?? t.chosen;
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
            <button type="button" aria-label={t.remove(name)} onClick={() => onChange(selected.filter((s) => s !== name))}>×</button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        placeholder={full ? t.full(max) : t.placeholder}
        disabled={full}
        onChange={(e) => setText(e.target.value)}
      />
      {matches.length > 0 && (
        <ul className="picker-results" aria-label={t.results}>
          {matches.slice(0, SHOWN).map((u, i) => (
            <li key={`${u.name}-${u.parent}-${i}`}>
              <button type="button" onClick={() => { onChange([...selected, u.name]); setText(''); }}>
                {u.name}<span className="muted">{u.parent}</span>
              </button>
            </li>
          ))}
          {matches.length > SHOWN && <li className="muted">{t.more(matches.length - SHOWN)}</li>}
        </ul>
      )}
      {needle !== '' && matches.length === 0 && <p className="muted">{t.none(needle)}</p>}
    </div>
  );
}
