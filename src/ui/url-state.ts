/**
 * The view query ⇄ URL search string. Parsing never throws: anything invalid falls back to the
 * default for that field, so a mangled bookmark still opens the app.
 */
import type { CompositeMethod } from '../analysis/composite-index';
import { parsePeriodKey } from '../data/vocabulary/period';
import { VIEWS, type CompositeWeight, type LeagueMode, type PerBase, type ViewName, type ViewQuery } from './view-query';

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
/** Most unit names the URL keeps (chosen for the trend, or highlighted). */
export const MAX_UNITS = 40;
const LEAGUE_MODES: readonly LeagueMode[] = ['street', 'composite'];
/** The 均衡 laggard threshold the slider offers (share of the median); 0.5 is the default. */
export const LAGGARD_SHARE = Object.freeze({ min: 0.1, max: 0.9, default: 0.5 });
/** A weight as the URL writes it: a plain non-negative decimal (no sign, no hex, no Infinity). */
const WEIGHT_PATTERN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function cleanText(s: string | null): string {
  if (s === null) return '';
  const t = s.trim();
  return t.length > MAX_TEXT ? '' : t;
}

function periodOrEmpty(s: string | null): string {
  const t = cleanText(s);
  return t !== '' && parsePeriodKey(t) ? t : '';
}

/**
 * The composite weights from repeated `w=<metric>:<weight>` parameters (the weight follows the
 * last colon, as custom metric ids may hold colons); one empty `w=` is the choice of no metric.
 * One bad entry (a metric id that is not one, a weight that is not a number ≥ 0, a repeat) drops
 * them all: the view then starts from its default choice rather than from half of what was asked.
 */
function parseWeights(entries: readonly string[]): CompositeWeight[] | undefined {
  if (entries.length === 1 && entries[0]!.trim() === '') return [];
  if (entries.length === 0 || entries.length > MAX_UNITS) return undefined;
  const out: CompositeWeight[] = [];
  for (const entry of entries) {
    const at = entry.lastIndexOf(':');
    const metric = entry.slice(0, at).trim();
    const text = entry.slice(at + 1).trim();
    const weight = Number(text);
    if (at < 0 || !METRIC_PATTERN.test(metric) || !WEIGHT_PATTERN.test(text) || !Number.isFinite(weight)) return undefined;
    if (out.some((w) => w.metric === metric)) return undefined;
    out.push({ metric, weight });
  }
  return out;
}

/** A laggard share within the slider's range, not the default; undefined otherwise. */
function parseShare(text: string): number | undefined {
  if (!/^0?\.\d{1,4}$/.test(text)) return undefined;
  const share = Number(text);
  return share >= LAGGARD_SHARE.min && share <= LAGGARD_SHARE.max && share !== LAGGARD_SHARE.default ? share : undefined;
}

/** Parses `?view=…&metric=…` (with or without the leading `?`). */
export function parseViewQuery(search: string): ViewQuery {
  const p = new URLSearchParams(search);
  const view = cleanText(p.get('view'));
  const metric = cleanText(p.get('metric'));
  const per = cleanText(p.get('per'));
  const metric2 = cleanText(p.get('metric2'));
  const unit = cleanText(p.get('unit'));
  const mode = cleanText(p.get('mode'));
  const weights = parseWeights(p.getAll('w'));
  const share = parseShare(cleanText(p.get('share')));
  const focus = cleanText(p.get('focus'));
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
    ...((LEAGUE_MODES as readonly string[]).includes(mode) ? { mode: mode as LeagueMode } : {}),
    ...(cleanText(p.get('method')) === 'zscore' ? { method: 'zscore' as CompositeMethod } : {}),
    ...(weights ? { weights } : {}),
    ...(cleanText(p.get('by')) === 'street' ? { by: 'street' as const } : {}),
    ...(share !== undefined ? { share } : {}),
    ...(focus !== '' ? { focus } : {}),
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
  if (q.mode !== undefined && q.mode !== 'unit') p.set('mode', q.mode);
  if (q.method === 'zscore') p.set('method', q.method);
  if (q.weights?.length === 0) p.set('w', '');
  for (const w of q.weights ?? []) p.append('w', `${w.metric}:${String(w.weight)}`);
  if (q.by === 'street') p.set('by', q.by);
  if (q.share !== undefined && q.share !== LAGGARD_SHARE.default) p.set('share', String(q.share));
  if (q.focus) p.set('focus', q.focus);
  return `?${p.toString()}`;
}

/**
 * Merges a patch into a query; a change of view, of the 排行 sub-mode, or of the profiled unit (so
 * Back returns to the previous community) is a new history entry, other changes replace it.
 */
export function mergeViewQuery(q: ViewQuery, patch: Partial<ViewQuery>): { next: ViewQuery; push: boolean } {
  const next = { ...q, ...patch };
  const push = (patch.view !== undefined && patch.view !== q.view)
    || (patch.unit !== undefined && patch.unit !== (q.unit ?? ''))
    || ('mode' in patch && (patch.mode ?? 'unit') !== (q.mode ?? 'unit'));
  return { next, push };
}
