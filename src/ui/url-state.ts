/**
 * The view query ⇄ URL search string. Parsing never throws: anything invalid falls back to the
 * default for that field, so a mangled bookmark still opens the app.
 */
import { parsePeriodKey } from '../data/vocabulary/period';
import { VIEWS, type PerBase, type ViewName, type ViewQuery } from './view-query';

/** The query an empty URL means: 对比 view, metric and period chosen from the data. */
export const DEFAULT_VIEW_QUERY: ViewQuery = Object.freeze({
  view: 'compare',
  metric: '',
  period: '',
  compare: '',
  parent: '',
  per: 'none',
  units: Object.freeze([]) as readonly string[],
});

const PER_BASES: readonly PerBase[] = ['none', '1000', '100hh'];
/** Canonical ids are snake_case; custom metrics are `custom:<header>` (any text, bounded length). */
const METRIC_PATTERN = /^(?:[a-z][a-z0-9_]{0,63}|custom:.{1,120})$/s;
const MAX_TEXT = 120;
const MAX_UNITS = 40;

function cleanText(s: string | null): string {
  if (s === null) return '';
  const t = s.trim();
  return t.length > MAX_TEXT ? '' : t;
}

function periodOrEmpty(s: string | null): string {
  const t = cleanText(s);
  return t !== '' && parsePeriodKey(t) ? t : '';
}

/** Parses `?view=…&metric=…` (with or without the leading `?`). */
export function parseViewQuery(search: string): ViewQuery {
  const p = new URLSearchParams(search);
  const view = cleanText(p.get('view'));
  const metric = cleanText(p.get('metric'));
  const per = cleanText(p.get('per'));
  const metric2 = cleanText(p.get('metric2'));
  const unit = cleanText(p.get('unit'));
  const rawUnits = (p.get('units') ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '' && u.length <= MAX_TEXT);
  return {
    view: (VIEWS as readonly string[]).includes(view) ? (view as ViewName) : DEFAULT_VIEW_QUERY.view,
    metric: METRIC_PATTERN.test(metric) ? metric : '',
    period: periodOrEmpty(p.get('period')),
    compare: periodOrEmpty(p.get('compare')),
    parent: cleanText(p.get('parent')),
    per: (PER_BASES as readonly string[]).includes(per) ? (per as PerBase) : 'none',
    units: [...new Set(rawUnits)].slice(0, MAX_UNITS),
    // Only present when set, so queries without it compare equal to DEFAULT_VIEW_QUERY.
    ...(METRIC_PATTERN.test(metric2) ? { metric2 } : {}),
    ...(unit !== '' ? { unit } : {}),
  };
}

/** Serialises a query to `?view=…`, leaving out fields at their default. Always includes `view`. */
export function serializeViewQuery(q: ViewQuery): string {
  const p = new URLSearchParams();
  p.set('view', q.view);
  if (q.metric !== '') p.set('metric', q.metric);
  if (q.period !== '') p.set('period', q.period);
  if (q.compare !== '') p.set('compare', q.compare);
  if (q.parent !== '') p.set('parent', q.parent);
  if (q.per !== 'none') p.set('per', q.per);
  if (q.units.length > 0) p.set('units', q.units.join(','));
  if (q.metric2) p.set('metric2', q.metric2);
  if (q.unit) p.set('unit', q.unit);
  return `?${p.toString()}`;
}

/**
 * Merges a patch into a query; a change of view (or of the profiled unit, so Back returns to the
 * previous community) is a new history entry, other changes replace it.
 */
export function mergeViewQuery(q: ViewQuery, patch: Partial<ViewQuery>): { next: ViewQuery; push: boolean } {
  const next = { ...q, ...patch };
  const push = (patch.view !== undefined && patch.view !== q.view) || (patch.unit !== undefined && patch.unit !== (q.unit ?? ''));
  return { next, push };
}
