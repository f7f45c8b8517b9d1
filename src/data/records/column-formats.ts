/**
 * Column-wide consistency of how values are written, checked after every row is read:
 * - a rate column mixing `12.5%`, bare fractions `0.125` and bare numbers `12.5` (catalogue #29):
 *   we never guess which is meant, values stay as written, and a warning lists the rows;
 * - a column whose cells carry different units (`3500人` and `1200户`, catalogue #36): nothing is
 *   converted, a warning lists the rows of each unit.
 */
import type { IssueSink } from '../report/issue-sink';
import { lineRanges, makeIssue } from '../report/make-issue';
import type { ParsedValue } from './parse-value';

/** Lines kept per form or unit (enough for the message; the count is exact). */
const LINES_KEPT = 30;

interface LineList { count: number; lines: number[] }

/** One tracked column (opaque to callers). */
export interface Column {
  readonly name: string;
  readonly column: number;
  /** The metric's own unit is `%` (a bare number is then a percent or a fraction). */
  readonly percentMetric: boolean;
  /** Rate forms: `pct` (has %), `frac` (bare, 0 < |v| ≤ 1), `num` (bare, |v| > 1). */
  readonly forms: Map<'pct' | 'frac' | 'num', LineList>;
  /** Units written in cells (other than %). */
  readonly units: Map<string, LineList>;
}

function push(map: Map<string, LineList>, key: string, line: number): void {
  let l = map.get(key);
  if (!l) map.set(key, (l = { count: 0, lines: [] }));
  l.count++;
  if (l.lines.length < LINES_KEPT && l.lines[l.lines.length - 1] !== line) l.lines.push(line);
}

const FORM_ZH = { pct: '带%', frac: '为不带%的小数（≤1）', num: '为不带%的数（>1）' } as const;

export class ColumnFormats {
  private readonly columns = new Map<string, Column>();

  /**
   * The tracker of one column: `key` identifies it (wide: raw column index; long: metric), `column`
   * is the 1-based column for the issue, `metricUnit` the metric's unit (`%` for rates).
   */
  column(key: string, name: string, column: number, metricUnit: string): Column {
    let c = this.columns.get(key);
    if (!c) {
      c = { name, column, percentMetric: metricUnit === '%', forms: new Map(), units: new Map() };
      this.columns.set(key, c);
    }
    return c;
  }

  /** Records one parsed cell of column `c` (from `column()`). */
  add(c: Column, line: number, v: ParsedValue): void {
    if (Number.isNaN(v.value)) return;
    if (v.unit === '%') push(c.forms as Map<string, LineList>, 'pct', line);
    else if (v.unit !== undefined) push(c.units, v.unit, line);
    else if (v.value !== 0 && v.scale === undefined) push(c.forms as Map<string, LineList>, Math.abs(v.value) <= 1 ? 'frac' : 'num', line);
  }

  /**
   * Records a plain number (no unit, no %, no scale word): the same as `add` with the ParsedValue
   * parseValue gives for `String(value)`, without building one (the fast import's hot loop).
   */
  addNumber(c: Column, line: number, value: number): void {
    if (value === 0 || value !== value) return;
    push(c.forms as Map<string, LineList>, value <= 1 && value >= -1 ? 'frac' : 'num', line);
  }

  /** Pushes one warning per inconsistent column. */
  report(sink: IssueSink, file: string): void {
    for (const c of this.columns.values()) {
      const at = { file, column: c.column, columnName: c.name };
      const pct = c.forms.get('pct');
      const frac = c.forms.get('frac');
      const num = c.forms.get('num');
      if ((pct || c.percentMetric) && frac && (pct || num)) {
        const parts = (['pct', 'frac', 'num'] as const).flatMap((f) => {
          const l = c.forms.get(f);
          return l ? [`第${lineRanges(l.lines, 10)}行${FORM_ZH[f]}（${l.count}处）`] : [];
        });
        const first = Math.min(...[pct, frac, num].flatMap((l) => (l ? [l.lines[0]!] : [])));
        sink.push(makeIssue('warning', 'percent-format-mixed', { ...at, line: first },
          `比例列格式不一致：“${c.name}”列${parts.join('，')}。0.125可能是12.5%，也可能是0.125%，已按原样记录、未作换算；请在源表统一写成带%的形式后重新导入`,
          `Rate column "${c.name}" mixes "12.5%", bare fractions and bare numbers; values kept as written, not converted.`));
      }
      if (c.units.size + (pct ? 1 : 0) >= 2 && c.units.size >= 1) {
        const all = [...c.units.entries()].concat(pct ? [['%', pct] as [string, LineList]] : []);
        const parts = all.map(([u, l]) => `第${lineRanges(l.lines, 10)}行为“${u}”（${l.count}处）`);
        const first = Math.min(...all.map(([, l]) => l.lines[0]!));
        sink.push(makeIssue('warning', 'unit-mixed', { ...at, line: first },
          `“${c.name}”列的单位不一致：${parts.join('，')}。不同单位的数不能直接比较，未作换算；请在源表统一单位后重新导入`,
          `Column "${c.name}" mixes units (${all.map(([u]) => u).join(', ')}); nothing converted.`));
      }
    }
    this.columns.clear();
  }
}
