/** Display text for the 数据管理 table and the storage status, in the UI language. */
import { format } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import type { Lang } from '../i18n/lang-store';
import { MESSAGES_ZH, type Messages } from '../i18n/messages-zh';
import { sizeText } from '../../data/report/size-text';

/** `2024年1月 至 2024年6月（6期）` / `Jan 2024 to Jun 2024 (6 periods)`; a single period alone; `—` when none. */
export function periodRangeText(first: string, last: string, count: number, lang: Lang = 'zh', t: Messages['dm'] = MESSAGES_ZH.dm): string {
  if (count === 0 || first === '') return '—';
  if (count === 1 || first === last) return formatPeriodLabel(first, lang);
  return t.range(formatPeriodLabel(first, lang), formatPeriodLabel(last, lang), count);
}

/** Bytes as `532 字节` / `532 bytes`, else as sizeText writes them (`12 KB`, `18.5 MB`, `2.1 GB`). */
export function formatBytes(n: number, t: Messages['dm'] = MESSAGES_ZH.dm): string {
  return n < 1024 ? t.bytes(n) : sizeText(n);
}

/** ISO timestamp as local time: zh `2024年3月1日 16:00` (date-fns zhCN), en `1 Mar 2024 16:00`. */
export function formatImportTime(iso: string, lang: Lang = 'zh'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return lang === 'en' ? format(d, 'd MMM yyyy HH:mm', { locale: enGB }) : format(d, 'PPP HH:mm', { locale: zhCN });
}

/** Integer with thousands separators (`12,345`). */
export function formatCount(n: number, lang: Lang = 'zh'): string {
  return n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
}
