/** The generated sentences with a copy button (clipboard API, with a textarea fallback). */
import { useState } from 'react';
import { narrativeText, type NarrativeSentence } from '../../../analysis/narrative';

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

export function NarrativePanel({ sentences }: { sentences: readonly NarrativeSentence[] }) {
  const [status, setStatus] = useState('');
  if (sentences.length === 0) return <p className="muted">本期数据不足，无法生成分析文字。</p>;
  const text = narrativeText(sentences, 'zh');
  const onCopy = async () => setStatus((await copyText(text)) ? '已复制，可直接粘贴到汇报中' : '复制失败，请手动选中文字复制');
  return (
    <div className="narrative">
      <div className="narrative-text">{sentences.map((s, i) => <p key={i}>{s.text}</p>)}</div>
      <button type="button" onClick={onCopy}>复制</button>
      <span role="status" className="muted"> {status}</span>
    </div>
  );
}
