/**
 * A searchable multi-select of units: a search box filters the list, chosen units show as chips
 * with a remove button. Names are kept (the URL `units` parameter holds names). Keyboard: ↓ from the
 * box moves into the results, ↑/↓ move among them, Enter in the box adds the first result, Esc
 * goes back to the box; after a pick the box is empty again and has the focus.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
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
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // A name typed that is already chosen is not "not found": say where it is.
  const chosenMatches = needle === '' || matches.length > 0 ? [] : selected.filter((n) => n.includes(needle));
  const pick = (name: string) => {
    onChange([...selected, name]);
    setText('');
    input.current?.focus();
  };
  const results = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && matches.length > 0) {
      e.preventDefault();
      results()[0]?.focus();
    } else if (e.key === 'Enter' && matches.length > 0) {
      e.preventDefault();
      pick(matches[0]!.name);
    } else if (e.key === 'Escape') setText('');
  };
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const buttons = results();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.current?.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (e.key === 'Escape') input.current?.focus();
  };
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
        ref={input}
        id={`${id}-search`}
        aria-describedby={`${id}-keys`}
        onKeyDown={onInputKey}
        type="search"
        value={text}
        placeholder={full ? t.full(max) : t.placeholder}
        disabled={full}
        onChange={(e) => setText(e.target.value)}
      />
      {matches.length > 0 && (
        <ul ref={list} className="picker-results" aria-label={t.results} onKeyDown={onListKey}>
          {matches.slice(0, SHOWN).map((u, i) => (
            <li key={`${u.name}-${u.parent}-${i}`}>
              <button type="button" onClick={() => pick(u.name)}>
                {u.name}<span className="muted">{u.parent}</span>
              </button>
            </li>
          ))}
          {matches.length > SHOWN && <li className="muted">{t.more(matches.length - SHOWN)}</li>}
        </ul>
      )}
      <span id={`${id}-keys`} className="sr-only">{t.keys}</span>
      {chosenMatches.length > 0 && <p className="muted">{t.already(chosenMatches.join('、'))}</p>}
      {needle !== '' && matches.length === 0 && chosenMatches.length === 0 && <p className="muted">{t.none(needle)}</p>}
    </div>
  );
}
