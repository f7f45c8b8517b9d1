/** The 涨跌颜色 setting: a small select, remembered in localStorage. */
import { useId } from 'react';
import { CONVENTION_LABELS, setColourConvention, useColourConvention, type ColourConvention } from './colour-convention';

export function ColourConventionSelect() {
  const id = useId();
  const value = useColourConvention();
  return (
    <span className="colour-convention">
      <label htmlFor={id}>涨跌颜色</label>
      <select id={id} value={value} onChange={(e) => setColourConvention(e.target.value as ColourConvention)}>
        {CONVENTION_LABELS.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </span>
  );
}
