/** The 涨跌颜色 setting: a small select, remembered in localStorage. */
import { useId } from 'react';
import { CONVENTION_CHOICES, setColourConvention, useColourConvention, type ColourConvention } from './colour-convention';
import { useT } from '../i18n/use-t';

export function ColourConventionSelect() {
  const id = useId();
  const value = useColourConvention();
  const t = useT();
  return (
    <span className="colour-convention">
      <label htmlFor={id}>{t.colour.label}</label>
      <select id={id} value={value} onChange={(e) => setColourConvention(e.target.value as ColourConvention)}>
        {CONVENTION_CHOICES.map((c) => <option key={c.value} value={c.value}>{t.colour[c.key]}</option>)}
      </select>
    </span>
  );
}
