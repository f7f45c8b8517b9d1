/** The community select of the 单位画像 view: every unit, grouped by street/town (one street when filtered). */
import { useId, useMemo } from 'react';
import { ZH_COLLATOR } from '../../../analysis/unit-scope';
import type { Dataset } from '../../../data/dataset/dataset';
import { useT } from '../../i18n/use-t';

export function ProfilePicker({ dataset, parent, value, onChange }: {
  readonly dataset: Dataset; readonly parent: string; readonly value: string; readonly onChange: (name: string) => void;
}) {
  const id = useId();
  const t = useT();
  const groups = useMemo(() => {
    const by = new Map<string, string[]>();
    for (const u of dataset.units) {
      if (parent !== '' && u.parent !== parent) continue;
      const list = by.get(u.parent) ?? [];
      list.push(u.name);
      by.set(u.parent, list);
    }
    return [...by].sort((a, b) => ZH_COLLATOR.compare(a[0], b[0])).map(([p, names]) => [p, [...new Set(names)].sort(ZH_COLLATOR.compare)] as const);
  }, [dataset, parent]);
  return (
    <div className="field profile-picker">
      <label htmlFor={id}>{t.profile.pick}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {groups.map(([p, names]) => (
          <optgroup key={p} label={p || t.toolbar.allParents}>
            {names.map((n) => <option key={n} value={n}>{n}</option>)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
