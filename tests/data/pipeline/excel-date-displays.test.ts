// @vitest-environment node
/**
 * Round 15c: periods as Chinese Excel shows month-year dates (a CSV saved from it, cells typed as
 * text, real date cells in Chinese date formats), and text lost on the way.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from './import-helpers';

const periods = (text: string): string[] => observations(importText(text, '咸水沽镇.csv').dataset).map((o) => `${o.unit}|${o.period}`);

describe('importFiles: a period column as Chinese Excel displays month-year dates', () => {
  it('3月-24, 4月-2024 (mmm-yy / mmm-yyyy in Chinese Excel, saved as CSV) are March and April 2024; the two-digit year warned at its cell', () => {
    const r = importText('社区,期间,再就业人数\n祥福里社区,3月-24,5\n红星里社区,4月-2024,6\n', '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}`)).toEqual(['祥福里社区|2024-03', '红星里社区|2024-04']);
    expect(r.report.issues.filter((i) => i.code === 'two-digit-year').map((i) => `${i.severity}@${i.line}:${i.column}`)).toEqual(['warning@2:2']);
  });

  it('24年3月, 2024/3, 2024.03, 2024.3, Mar-24, 2024年3月1日, 2024/3/1, 2024-03-31 are all March 2024', () => {
    for (const t of ['24年3月', '2024/3', '2024.03', '2024.3', 'Mar-24', '2024年3月1日', '2024/3/1', '2024-03-31']) {
      expect(periods(`社区,期间,再就业人数\n祥福里社区,${t},5\n`), t).toEqual(['祥福里社区|2024-03']);
    }
  });
});
