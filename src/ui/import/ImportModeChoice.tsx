/** 替换当前数据 or 追加到当前数据（合并）, shown while a saved dataset is on screen. */
import { useId } from 'react';
import type { ImportMode } from '../api/import-mode';
import { useT } from '../i18n/use-t';

export interface ImportModeChoiceProps {
  readonly mode: ImportMode;
  readonly onChange: (mode: ImportMode) => void;
  /** Name of the dataset on screen. */
  readonly currentName: string;
}

export function ImportModeChoice({ mode, onChange, currentName }: ImportModeChoiceProps) {
  const name = useId();
  const t = useT().importPanel;
  return (
    <fieldset className="import-mode">
      <legend>{t.modeLegend(currentName)}</legend>
      <label>
        <input type="radio" name={name} value="replace" checked={mode === 'replace'} onChange={() => onChange('replace')} />
        {t.replace}
        <span className="muted">{t.replaceHint}</span>
      </label>
      <label>
        <input type="radio" name={name} value="append" checked={mode === 'append'} onChange={() => onChange('append')} />
        {t.append}
        <span className="muted">{t.appendHint}</span>
      </label>
    </fieldset>
  );
}
