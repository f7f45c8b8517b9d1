/** The generated sentences with a copy button (clipboard API, with a textarea fallback). */
import { useState } from 'react';
import { narrativeText, type NarrativeSentence } from '../../../analysis/narrative';
import { useT } from '../../i18n/use-t';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked (insecure context, permissions): fall through to the selection fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}

export function NarrativePanel({ sentences, lang = 'zh' }: { sentences: readonly NarrativeSentence[]; lang?: 'zh' | 'en' }) {
  const [status, setStatus] = useState('');
  const t = useT().imbalance;
  if (sentences.length === 0) return <p className="muted">{t.noNarrative}</p>;
  const text = narrativeText(sentences, lang);
  const onCopy = async () => setStatus((await copyText(text)) ? t.copied : t.copyFailed);
  return (
    <div className="narrative">
      <div className="narrative-text">{sentences.map((s, i) => <p key={i}>{s.text}</p>)}</div>
      <button type="button" onClick={onCopy}>{t.copy}</button>
      <span role="status" className="muted"> {status}</span>
    </div>
  );
}
