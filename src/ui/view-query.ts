/**
 * The view state that lives in the URL query, so a view can be bookmarked and reopened:
 * `?view=league&metric=reemployed&period=2024-Q2&compare=2023-Q2&parent=咸水沽镇&per=1000&units=A,B`.
 */
import type { PeriodKey } from '../data/vocabulary/period';

export const VIEWS = ['overview', 'compare', 'league', 'trend', 'scatter', 'imbalance', 'profile', 'data'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Per-capita base: absolute, per 1,000 residents, or per 100 households. */
export type PerBase = 'none' | '1000' | '100hh';

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
  /** Unit names chosen for the trend view (and highlighted elsewhere). */
  readonly units: readonly string[];
  /** Second metric of the scatter view (its X axis); absent or '' means the view picks one. */
  readonly metric2?: string;
  /** The unit of the 单位画像 view (its name); absent or '' means the view asks for one. */
  readonly unit?: string;
}

/** What every view component receives. */
export interface ViewProps {
  readonly query: ViewQuery;
  /** Merge a patch into the query (and the URL). */
  readonly setQuery: (patch: Partial<ViewQuery>) => void;
}
