import type { ChartSpec, TableSpec } from '../charts/chart-spec';

/** One slide-worthy thing: a chart (exported as a native chart) or a table (native table, split if long). */
export type DeckItem =
  | { readonly kind: 'chart'; readonly spec: ChartSpec }
  | { readonly kind: 'table'; readonly spec: TableSpec }
  /** A 单位画像 slide: the percentile bars on the left, `side` lines (强项, 取长补短, 持续靠后) on the right. */
  | { readonly kind: 'profile'; readonly spec: ChartSpec; readonly side: readonly string[] };

/** Deck-level facts for the title slide and footers. */
export interface DeckMeta {
  /** Deck title on the title slide, e.g. `2024年第二季度社区工作情况汇报`. */
  readonly title: string;
  /** Export date as printed, e.g. `2024年7月5日` / `5 Jul 2024` (exportDateText) or ISO `2024-07-05`. */
  readonly date: string;
  /** Data source line, e.g. file names or `示例数据`. */
  readonly source: string;
  /** Language of the title slide, footers and notes (absent: zh). */
  readonly lang?: 'zh' | 'en';
}
