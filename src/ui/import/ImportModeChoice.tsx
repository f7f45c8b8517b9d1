/** 替换当前数据 or 追加到当前数据（合并）, shown while a saved dataset is on screen. */
import { useId } from 'react';
import type { ImportMode } from '../api/import-mode';

export interface ImportModeChoiceProps {
  readonly mode: ImportMode;
  readonly onChange: (mode: ImportMode) => void;
  /** Name of the dataset on screen. */
  readonly currentName: string;
}

export function ImportModeChoice({ mode, onChange, currentName }: ImportModeChoiceProps) {
  const name = useId();
  return (
    <fieldset className="import-mode">
      <legend>导入方式（当前数据：{currentName}）</legend>
      <label>
        <input type="radio" name={name} value="replace" checked={mode === 'replace'} onChange={() => onChange('replace')} />
        替换当前数据
        <span className="muted">（另存为新数据集，原数据仍在“数据管理”中）</span>
      </label>
      <label>
        <input type="radio" name={name} value="append" checked={mode === 'append'} onChange={() => onChange('append')} />
        追加到当前数据（合并）
        <span className="muted">（如补充新的月份；同一社区同一期间数值冲突时不会导入）</span>
      </label>
    </fieldset>
  );
}
