/** 号 for 日 after a month's day (`2024年3月31号`), Excel's text prefix and a full stop around a period (`'2024.03`, `2024年3月。`): read as the period written. */
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { importText } from '../pipeline/import-helpers';

describe('号 written for 日', () => {
  it.each([
    ['2024年3月31号', '2024-03', 'date-as-month'], ['2024年3月1号', '2024-03', 'date-as-month'], ['2024年3月15号', '2024-03', 'date-mid-month'],
    ['截至2024年3月25号', '2024-03', 'period-as-of'], ['2024年三月十五号', '2024-03', 'date-mid-month'], ['2024年1月1号至3月31号', '2024-Q1', 'days-as-month'],
  ])('%s → %s with the note 日 gives (%s)', (text, key, code) => {
    const r = parsePeriodLabel(text)!;
    expect(formatPeriodKey(r.period)).toBe(key);
    expect(r.notes.map((n) => n.code)).toEqual([code]);
  });

  it('in a period column: the row read, its note at the cell', () => {
    const r = importText('街道,社区,期间,再就业人数\n咸水沽镇,溪秀苑社区,2024年3月,5\n咸水沽镇,侯台社区,2024年3月31号,6\n');
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-03']);
    expect(r.report.issues.filter((i) => i.code === 'date-as-month').map((i) => `${i.line}:${i.column}`)).toEqual(['3:3']);
  });
});

describe('a period cell with Excel\'s text prefix or the sentence\'s full stop (\'2024.03, 2024年3月。), as a value cell is read', () => {
  it.each([["'2024.03", '2024-03'], ["'2024年3月", '2024-03'], ['2024年3月。', '2024-03'], ['2024年第一季度。', '2024-Q1'], ["'2024-Q1", '2024-Q1']])('%s → %s', (text, key) => {
    expect(formatPeriodKey(parsePeriodLabel(text)!.period)).toBe(key);
  });

  it('in a period column: the row read', () => {
    const r = importText("街道,社区,期间,再就业人数\n咸水沽镇,溪秀苑社区,'2024.03,5\n咸水沽镇,侯台社区,2024年3月。,6\n");
    expect(r.report.status).toBe('ok');
    expect(r.dataset!.periods).toEqual(['2024-03']);
  });
});
