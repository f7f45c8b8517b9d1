/**
 * The measured plants as the Markdown block pasted into data/README.md between the
 * `<!-- planted:begin -->` and `<!-- planted:end -->` markers (npm run sample rewrites it).
 */
import type { OmittedRow } from './plants';
import type { PlantedFacts } from './planted-facts';
import type { UnitRow } from './units';
import type { QuirkNote } from './wide-table';

export const FACTS_BEGIN = '<!-- planted:begin (written by `npm run sample`; do not edit by hand) -->';
export const FACTS_END = '<!-- planted:end -->';

export interface FactsContext {
  readonly seed: number;
  readonly units: readonly UnitRow[];
  readonly months: readonly string[];
  readonly metricCount: number;
  readonly longRows: number;
  readonly facts: PlantedFacts;
  readonly omitted: readonly OmittedRow[];
  readonly metricLabel: (id: string) => string;
  readonly quirkNotes: readonly QuirkNote[];
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

/** The block, markers included, with LF line endings. */
export function factsMarkdown(c: FactsContext): string {
  const { facts } = c;
  const streets = new Set(c.units.map((u) => u.streetCode)).size;
  const out: string[] = [FACTS_BEGIN, ''];
  out.push(`种子 seed \`${c.seed}\` · ${c.units.length} 个社区 communities · ${streets} 个街道/镇 streets/towns · `
    + `${c.months.length} 个月 months (${c.months[0]} … ${c.months[c.months.length - 1]}) · ${c.metricCount} 项指标 metrics · `
    + `长表 ${c.longRows} 行 long-file rows`, '');

  if (facts.lagging) {
    const l = facts.lagging;
    out.push(`**1. 再就业滞后的街道 / Street lagging on reemployment: ${l.street}** (${l.units} 个社区 communities). `
      + `${c.months[0]}…${c.months[c.months.length - 1]} 每千名常住人口月均再就业 / re-employed per 1,000 residents per month: `
      + `${l.street} **${f2(l.rate)}**, 其余街道 the rest **${f2(l.othersRate)}**, 比值 ratio **${f2(l.ratio)}**.`, '');
    out.push('| 街道 street | 每千人月均再就业 per 1,000 per month |', '|---|---:|');
    for (const s of l.streets) out.push(`| ${s.street} | ${f2(s.perThousandPerMonth)} |`);
    out.push('');
  }
  if (facts.lowVolunteers) {
    const v = facts.lowVolunteers;
    out.push(`**2. 志愿者远低于中位数的社区 / Communities far below the median on volunteers** (${v.month}; `
      + `全区社区每千名常住人口注册志愿者中位数 median over all communities **${f1(v.median)}‰**):`, '');
    out.push('| 社区 community | 街道 street | 每千人注册志愿者 per 1,000 | 占中位数 of median |', '|---|---|---:|---:|');
    for (const u of v.units) out.push(`| ${u.unit} | ${u.street} | ${f1(u.perThousand)} | ${f2(u.ofMedian)} |`);
    out.push('');
  }
  if (facts.widening) {
    const w = facts.widening;
    out.push(`**3. 逐月扩大的差距 / A gap widening month by month: ${c.metricLabel(w.metricId)} (\`${w.metricId}\`).** `
      + `社区月均 mean per community, ${w.baseline} → ${c.months[c.months.length - 1]}: `
      + `${w.topStreet} ${f2(w.topBefore)} → ${f2(w.topAfter)}, ${w.bottomStreet} ${f2(w.bottomBefore)} → ${f2(w.bottomAfter)}. `
      + `社区间变异系数 CV across communities (population SD ÷ mean) ${w.risesMonthly ? `自 ${w.from} 起逐月上升 rises every month from ${w.from}` : `自 ${w.from} 起并非逐月上升 does NOT rise every month from ${w.from}`}:`, '');
    const cvs = w.cvByMonth;
    const half = cvs.length / 2;
    out.push('| 月份 month | ' + cvs.slice(half).map((x) => x.month).join(' | ') + ' |');
    out.push('|---|' + cvs.slice(half).map(() => '---:').join('|') + '|');
    out.push('| CV 2024 | ' + cvs.slice(half).map((x) => f3(x.cv)).join(' | ') + ' |');
    out.push('| CV 2023 (同月 same month) | ' + cvs.slice(0, half).map((x) => f3(x.cv)).join(' | ') + ' |', '');
    out.push(`${c.months[c.months.length - 1]} 各街道社区月均 mean per community by street: `
      + w.streetsAtEnd.map((s) => `${s.street} ${f2(s.mean)}`).join(', ') + '.', '');
  }
  if (c.omitted.length) {
    out.push('**4. 缺报的一行 / A row left out of the long file** (长表里没有这一行，不是空值 / the row is absent, not blank):', '');
    for (const o of c.omitted) {
      const u = c.units.find((x) => x.code === o.code);
      out.push(`- ${o.code} ${u?.street ?? ''} ${u?.shortName ?? ''}, ${o.period}, ${c.metricLabel(o.metricId)} (\`${o.metricId}\`)`);
    }
    out.push('');
  }
  if (c.quirkNotes.length) {
    out.push('**宽表中按手写习惯填写的单元格 / Cells of the wide file written as people write them** '
      + '(`合计` 行按单元格数字相加，`余` 计为其前面的整数 / the `合计` row adds the cells as written, `余` counting as the number before it):', '');
    out.push('| 社区 community | 列 column | 实际值 value | 写作 written | 解析为 parses to |', '|---|---|---:|---|---:|');
    for (const q of c.quirkNotes) out.push(`| ${q.unit} | ${q.column} | ${q.value} | \`${q.written}\` | ${q.parsed} |`);
    out.push('');
  }
  out.push(FACTS_END);
  return out.join('\n');
}

/** `readme` with its facts block replaced by `block`; throws when the markers are missing. */
export function replaceFactsBlock(readme: string, block: string): string {
  const a = readme.indexOf(FACTS_BEGIN);
  const b = readme.indexOf(FACTS_END);
  if (a < 0 || b < a) throw new Error('data/README.md lacks the planted:begin/end markers');
  return readme.slice(0, a) + block + readme.slice(b + FACTS_END.length);
}
