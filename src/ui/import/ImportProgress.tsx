/**
 * Progress of the running import (bytes read, rows so far) with a cancel button, and the
 * "cancelled" note afterwards. Reads `importActivity`, so it needs no props: mount it once in
 * the import panel. Renders nothing while idle.
 */
import { useSyncExternalStore } from 'react';
import { cancelImport, importActivity } from './import-client';

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}

/** The import's progress bar and cancel button (role=progressbar, Chinese labels). */
export function ImportProgress() {
  const a = useSyncExternalStore(importActivity.subscribe, importActivity.get, importActivity.get);
  if (a.state === 'idle') return null;
  if (a.state === 'cancelled') {
    return (
      <p className="import-progress import-cancelled" role="status">
        已取消导入，原有数据未改变。
        <button type="button" className="link-button" onClick={() => importActivity.reset()}>知道了</button>
      </p>
    );
  }
  const p = a.progress;
  const streaming = p !== null && p.phase === 'stream' && p.bytesTotal > 0;
  const percent = streaming ? Math.min(100, Math.round((p.bytesDone / p.bytesTotal) * 100)) : undefined;
  const label = p === null ? '正在准备导入…'
    : p.phase === 'stream' ? `已读取 ${mb(p.bytesDone)} / ${mb(p.bytesTotal)} MB，${p.rows.toLocaleString('zh-CN')} 行`
      : p.phase === 'pack' ? `已读取 ${p.rows.toLocaleString('zh-CN')} 行，正在整理数据…`
        : '正在逐行检查文件（含引号或特殊格式的文件较慢）…';
  return (
    <div className="import-progress" role="group" aria-label="导入进度">
      <progress
        max={100}
        {...(percent !== undefined ? { value: percent } : {})}
        aria-label="导入进度"
        aria-valuetext={percent !== undefined ? `${percent}%` : '进行中'}
      />
      <span className="import-progress-text" aria-live="polite">{percent !== undefined ? `${percent}% · ` : ''}{label}</span>
      <button type="button" onClick={() => cancelImport()}>取消导入</button>
    </div>
  );
}
