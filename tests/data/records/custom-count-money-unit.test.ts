/**
 * A custom count (走访户数: 户) with 万元 in its row's 单位 cell: no unit of the count, so not
 * scaled (5, not 50000 户) and warned about as for a catalogue count (unit-column-not-metric);
 * a custom metric of no count (慰问物资) is still scaled as before.
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';

const obs = (r: ImportResult): string[] => observations(r.dataset).map((o) => `${o.metric}|${o.value}`);
const problems = (r: ImportResult): string[] => r.report.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}|${i.line}|${i.column}`);

describe('a custom count with 万元 in its 单位 cell', () => {
  it('a long row: 5 户, warned at the 单位 cell', () => {
    const r = importText('社区,期间,指标,单位,数值\n东湖社区,2025年3月,走访户数,万元,5\n东湖社区,2025年3月,慰问物资,万元,2\n', 'a.csv');
    expect(obs(r)).toEqual(['custom:慰问物资|20000', 'custom:走访户数|5']);
    expect(problems(r)).toEqual(['unit-column-not-metric|2|4']);
  });

  it('a vertical form\'s item: 5 户, warned at the 单位 cell', () => {
    const r = importText('社区：东湖社区\n统计期间：2025年3月\n项目,单位,本月\n走访户数,万元,5\n', 'a.csv');
    expect(obs(r)).toEqual(['custom:走访户数|5']);
    expect(problems(r)).toEqual(['unit-column-not-metric|4|2']);
  });
});

describe('a count with another count\'s unit in its 单位 cell (户数 with 人)', () => {
  // 540 under 户数 with 人 beside it: households or persons, the row does not say; it was read as 户 with no word.
  it('kept as the metric\'s unit, warned at the 单位 cell; 个 and 名 stay quiet', () => {
    const r = importText('社区,期间,指标,数值,单位\n溪秀苑社区,2024年3月,户数,540,人\n侯台社区,2024年3月,户数,550,个\n东姜井社区,2024年3月,常住人口,1700,名\n西姜井社区,2024年3月,户数,560,户\n', 'a.csv');
    expect(obs(r).sort()).toEqual(['households|540', 'households|550', 'households|560', 'residents|1700']);
    expect(problems(r)).toEqual(['unit-column-not-metric|2|5']);
  });
});
