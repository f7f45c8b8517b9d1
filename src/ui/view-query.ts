/**
 * The view state that lives in the URL query, so a view can be bookmarked, reloaded and reached
 * with Back/Forward: `?view=league&metric=reemployed&period=2024-Q2&compare=2023-Q2&parent=咸水沽镇
 * &per=1000&units=A,B&mode=composite&method=zscore&w=reemployed:3&w=volunteers:1`
 * (and `by=street` for 对比 分街道显示, `share=0.3` for the 均衡 laggard threshold, `focus=A` for the
 * 趋势 line brought forward).
 * The URL is the only copy: views read this query and write it with setQuery.
 */
import type { CompositeMethod } from '../analysis/composite-index';
import type { PeriodKey } from '../data/vocabulary/period';

export const VIEWS = ['overview', 'compare', 'league', 'trend', 'scatter', 'imbalance', 'profile', 'data'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Per-capita base: absolute, per 1,000 residents, or per 100 households. */
export type PerBase = 'none' | '1000' | '100hh';

/** The 排行 view's sub-mode: units (社区), streets/towns as groups (街道), or the 综合指数. */
export type LeagueMode = 'unit' | 'street' | 'composite';

/** One metric in the composite index and its weight (a finite number ≥ 0). */
export interface CompositeWeight {
  readonly metric: string;
  readonly weight: number;
}

export interface ViewQuery {
  readonly view: ViewName;
  /** Canonical metric id (or `custom:<header>`); '' means the view picks a default. */
  readonly metric: string;
  /** Canonical period key; '' means the latest period with data. */
  readonly period: PeriodKey;
  /** A second period to compare with (side-by-side bars); '' when none. */
  readonly compare: PeriodKey;
  /** Street/town filter; '' for all. */
  readonly parent: string;
  readonly per: PerBase;
  /** Unit names chosen for the trend view and highlighted in every other view (the only copy). */
  readonly units: readonly string[];
  /** Second metric of the scatter view (its X axis); absent or '' means the view picks one. */
  readonly metric2?: string;
  /** The unit of the 单位画像 view (its name); absent or '' means the view asks for one. */
  readonly unit?: string;
  /** The 排行 sub-mode; absent means 'unit'. */
  readonly mode?: LeagueMode;
  /** The 综合指数 method; absent means 'percentile'. */
  readonly method?: CompositeMethod;
  /**
   * The metrics in the 综合指数 with their weights, in the order shown; absent means the default
   * choice (the metric on screen and the next two, each weight 1).
   */
  readonly weights?: readonly CompositeWeight[];
  /** 对比 drawn as small multiples by street/town (分街道显示); absent means all units in one chart. */
  readonly by?: 'street';
  /** 均衡: a unit lags when below this share of the median, 0.1–0.9; absent means 0.5. */
  readonly share?: number;
  /** 趋势: the unit whose line is brought forward (the others fade); absent means none. */
  readonly focus?: string;
}

/** What every view component receives. */
export interface ViewProps {
  readonly query: ViewQuery;
  /** Merge a patch into the query (and the URL). */
  readonly setQuery: (patch: Partial<ViewQuery>) => void;
}
