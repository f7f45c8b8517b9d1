/**
 * What the printed 汇报材料 says besides the pinned charts and tables: the period and scope line,
 * and the narrative paragraph of the 均衡 analysis for the view's dataset, period and street.
 */
import type { Analysis } from '../../analysis/model/analysis';
import { buildNarrative } from '../../analysis/narrative';
import { parentText } from '../../charts/spec-text';
import type { Dataset } from '../../data/dataset/dataset';
import { formatPeriodLabel } from '../../data/vocabulary/format-period-label';
import type { ViewQuery } from '../view-query';

/** Where the report's words come from: the shown dataset and view (a plain value, so App stays light). */
export interface ReportSource {
  readonly dataset: Dataset;
  readonly analysis: Analysis;
  readonly query: ViewQuery;
}

export interface ReportContext {
  /** `2024年第二季度 · 全部街道/镇`. */
  readonly subtitle: string;
  readonly narrative: readonly string[];
}

export function reportContext(model: Analysis, query: ViewQuery, lang: 'zh' | 'en'): ReportContext {
  const subtitle = `${formatPeriodLabel(query.period, lang)} · ${parentText(query.parent, lang)}`;
  if (!query.period) return { subtitle, narrative: [] };
  const { sentences } = buildNarrative(model, query.period, lang, { parent: query.parent || undefined, per: query.per });
  return { subtitle, narrative: sentences.map((s) => s.text) };
}
