/**
 * Safe download file names. Names are built from dataset, metric and period labels, which come
 * from user files, so they may hold characters Windows forbids (`\/:*?"<>|`) or control characters.
 */

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Windows refuses these base names whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_BASE_LENGTH = 120;

/**
 * Turn label parts into a safe file name: parts are joined with `_`, forbidden characters become
 * `_`, runs of `_`/spaces collapse, leading/trailing dots and spaces go, and the extension is added.
 * `safeFileName(['社区对比','再就业人数','2024年第二季度'], 'png')` → `社区对比_再就业人数_2024年第二季度.png`.
 */
export function safeFileName(parts: readonly string[] | string, extension: string): string {
  const joined = (typeof parts === 'string' ? [parts] : parts)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('_');
  let base = joined
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .replace(/_+/g, '_')
    .replace(/^[\s._]+|[\s._]+$/g, '');
  if (base.length > MAX_BASE_LENGTH) base = base.slice(0, MAX_BASE_LENGTH).replace(/[\s._]+$/, '');
  if (base === '' ) base = '导出';
  if (RESERVED.test(base)) base = `${base}_`;
  const ext = extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '');
  return ext === '' ? base : `${base}.${ext}`;
}
