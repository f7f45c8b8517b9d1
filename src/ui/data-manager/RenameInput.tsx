/** Inline rename: Enter saves, Esc cancels; a blank name is refused with a message. */
import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';

export interface RenameInputProps {
  readonly initial: string;
  readonly busy: boolean;
  readonly onSave: (name: string) => void;
  readonly onCancel: () => void;
}

export function RenameInput({ initial, busy, onSave, onCancel }: RenameInputProps) {
  const [value, setValue] = useState(initial);
  const [blank, setBlank] = useState(false);
  const hintId = useId();
  const t = useT().dm;
  const save = (): void => {
    const clean = value.trim();
    if (clean === '') {
      setBlank(true);
      return;
    }
    if (clean === initial) onCancel();
    else onSave(clean);
  };
  return (
    <span className="dm-rename">
      <input
        type="text"
        aria-label={t.newName}
        aria-describedby={hintId}
        aria-invalid={blank}
        value={value}
        disabled={busy}
        autoFocus
        maxLength={200}
        onChange={(e) => { setValue(e.target.value); setBlank(false); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); save(); }
          else if (e.key === 'Escape') { e.preventDefault(); onCancel(); }
        }}
      />
      <small id={hintId} className={blank ? 'dm-error' : 'dm-hint'}>
        {blank ? t.blank : t.renameHint}
      </small>
    </span>
  );
}
