/**
 * League table spec for export (CSV/XLSX/PPTX): numbers stay numbers, texts match the on-screen
 * table. Unranked units come last with an empty rank, never a zero value.
 */
import type { MetricDef } from '../data/metric-catalog';
import type { TableSpec } from './chart-spec';
import { qualifierMark } from '../analysis/format-number';
import { quartileText, rankChangeText, type LeagueRowLike } from './league-text';
import { parentText, perText, valueUnit, type PerBaseText } from './spec-text';

export interface LeagueSpecContext {
  readonly metric: MetricDef;
  readonly periodLabel: string;
  /** Label of the period compared against, '' when none. */
  readonly previousLabel: string;
  readonly parent: string;
  readonly per: PerBaseText;
  readonly source: string;
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function buildLeagueTableSpec(rows: readonly LeagueRowLike[], ctx: LeagueSpecContext): TableSpec {
  const unit = valueUnit(ctx.metric, ctx.per);
  const notes: string[] = [];
  if (ctx.metric.direction === 'lower') notes.push(`${ctx.metric.zh}越低越好，按从低到高排名。`);
  if (rows.some((r) => qualifierMark(r.qualifier).mark !== '')) notes.push('“标注”列：≈ 约数，＞ 下限，＜ 上限。');
  if (rows.some((r) => r.partial)) notes.push('“不完整”表示该期间缺少部分月份的数据。');
  if (rows.some((r) => r.rank === null)) notes.push('无数据的单位列在最后，不参与排名（不按0计）。');
  notes.push('并列名次共享同一名次（如1、2、2、4）。');
  return {
    title: `${ctx.parent === '' ? '各社区' : ctx.parent + '各社区'}${ctx.metric.zh}排行`,
    subtitle: `${ctx.periodLabel} · ${parentText(ctx.parent)} · ${perText(ctx.per)}${ctx.previousLabel ? ` · 与${ctx.previousLabel}比较` : ''}`,
    source: ctx.source,
    columns: [
      { key: 'rank', label: '排名', numeric: true },
      { key: 'name', label: '社区' },
      { key: 'parent', label: '街道/镇' },
      { key: 'value', label: unit ? `数值（${unit}）` : '数值', numeric: true },
      { key: 'mark', label: '标注' },
      { key: 'change', label: '变化', numeric: true },
      { key: 'rankChange', label: '名次变化' },
      { key: 'quartile', label: '四分位' },
    ],
    rows: rows.map((r) => [
      r.rank,
      r.name,
      r.parent,
      num(r.value),
      [qualifierMark(r.qualifier).mark, r.partial ? '不完整' : ''].filter(Boolean).join(' '),
      num(r.change),
      rankChangeText(r),
      quartileText(r.quartile),
    ]),
    notes,
  };
}
