/**
 * The words exported files print around a chart or table (source, export date, notes, slide
 * continuation, the XLSX 说明 sheet) in Chinese and English, and the export date as each language
 * writes it: `2024年3月5日` (date-fns zhCN) or `5 Mar 2024`. Absent language: Chinese.
 */
import { format } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import type { SpecLang } from '../charts/chart-spec';

const ZH = {
  source: (s: string) => `数据来源：${s || '未注明'}`,
  date: (d: string) => `导出日期：${d}`,
  footer: (s: string, d: string) => `数据来源：${s || '未注明'}　｜　导出日期：${d}`,
  note: (n: string) => `注：${n}`,
  continued: (title: string) => `${title}（续）`,
  page: (i: number, n: number) => `　第${i}/${n}页`,
  references: (list: string) => `参考线：${list}`,
  lineStyle: (dashed: boolean): string => (dashed ? '（虚线）' : '（点线）'),
  listSep: '，',
  gapNote: '空白处表示该项无数据（未填报），不是零',
  qualifiedNote: (shown: string, more: number) => `以下数值为约数或上下限（≈约数，＞多于，＜少于）：${shown}${more > 8 ? `等${more}项` : ''}`,
  qualifiedSep: '；',
  seriesIn: (s: string) => `（${s}）`,
  author: '社区统计对比看板',
  sheetData: '数据',
  sheetAbout: '说明',
  aboutTitle: '标题',
  aboutSubtitle: '说明',
  aboutSource: '数据来源',
  aboutDate: '导出日期',
  aboutNote: '注',
  doubleScale: '2倍',
  scatterPoints: '单位',
  medianOf: (metric: string) => `中位数：${metric}`,
  trendLine: '趋势线（最小二乘）',
  streetsPage: (n: number, i: number, k: number) => `共${n}个街道/镇${k > 1 ? `（第${i}/${k}页）` : ''}`,
  /** A CSS `content:` value for printed page numbers, from counter expressions. */
  pageCss: (n: string, total: string) => `"第 " ${n} " / " ${total} " 页"`,
  imageRowsRanked: (total: number, top: number, bottom: number) => `共${total}行，图中仅显示前${top}名和后${bottom}名；完整名单请导出CSV或XLSX。`,
  imageRowsFirst: (total: number, shown: number) => `共${total}行，图中仅显示前${shown}行；完整数据请导出CSV或XLSX。`,
};

/** Export words of one language. */
export type ExportWords = typeof ZH;

const EN: ExportWords = {
  source: (s) => `Source: ${s || 'not given'}`,
  date: (d) => `Exported: ${d}`,
  footer: (s, d) => `Source: ${s || 'not given'}  |  Exported: ${d}`,
  note: (n) => `Note: ${n}`,
  continued: (title) => `${title} (cont.)`,
  page: (i, n) => `  page ${i}/${n}`,
  references: (list) => `Reference lines: ${list}`,
  lineStyle: (dashed) => (dashed ? ' (dashed)' : ' (dotted)'),
  listSep: ', ',
  gapNote: 'A blank means no data (not reported), not zero',
  qualifiedNote: (shown, more) => `These values are approximate or bounds (≈ approximate, ＞ more than, ＜ less than): ${shown}${more > 8 ? ` and more (${more} in all)` : ''}`,
  qualifiedSep: '; ',
  seriesIn: (s) => ` (${s})`,
  author: 'Shequ Compare',
  sheetData: 'Data',
  sheetAbout: 'About',
  aboutTitle: 'Title',
  aboutSubtitle: 'Subtitle',
  aboutSource: 'Source',
  aboutDate: 'Exported',
  aboutNote: 'Note',
  doubleScale: '2x',
  scatterPoints: 'Units',
  medianOf: (metric) => `Median: ${metric}`,
  trendLine: 'Trend (least squares)',
  streetsPage: (n, i, k) => `${n} streets/towns${k > 1 ? ` (page ${i}/${k})` : ''}`,
  pageCss: (n, total) => `"Page " ${n} " of " ${total}`,
  imageRowsRanked: (total, top, bottom) => `${total} rows; only the top ${top} and bottom ${bottom} are shown. Export CSV or XLSX for the full list.`,
  imageRowsFirst: (total, shown) => `${total} rows; only the first ${shown} are shown. Export CSV or XLSX for all of them.`,
};

/** Both catalogues (tests compare their keys). */
export const EXPORT_WORDS: Readonly<Record<SpecLang, ExportWords>> = { zh: ZH, en: EN };

/** The export words for a language (absent: zh). */
export function exportWords(lang: SpecLang | undefined): ExportWords {
  return EXPORT_WORDS[lang ?? 'zh'];
}

/** A date as printed on exports: zh `2024年3月5日` (date-fns zhCN), en `5 Mar 2024`. */
export function exportDateText(date: Date, lang: SpecLang | undefined): string {
  return lang === 'en' ? format(date, 'd MMM yyyy', { locale: enGB }) : format(date, 'PPP', { locale: zhCN });
}
