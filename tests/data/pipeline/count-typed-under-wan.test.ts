// @vitest-environment node
/**
 * A count typed in 人 among counts in 万人 (1600 under 常住人口（万人）, where the other rows say
 * 0.15, 0.17): scaled, it made 1600万 residents in one community with no word. It is warned as
 * 17000 (元) typed under 万元 is (amount-scale-outlier), with its line and column.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from './import-helpers';

const outliers = (text: string, name = '2024年3月.csv') => importText(text, name).report.issues
  .filter((i) => i.code === 'amount-scale-outlier').map((i) => `${i.line}:${i.column}`);

describe('a count in 人 typed among counts in 万人', () => {
  it('in a wide column headed 万人', () => {
    const text = '社区,常住人口（万人）\n溪秀苑社区,0.15\n侯台社区,1600\n东姜井社区,0.17\n西姜井社区,0.18\n';
    expect(outliers(text)).toEqual(['3:2']);
    // The value is kept as scaled (the rule: kept, and said).
    expect(observations(importText(text, '2024年3月.csv').dataset).find((o) => o.unit === '侯台社区')!.value).toBe(16000000);
  });

  it('under a table unit row 单位：万人', () => {
    expect(outliers('单位：万人\n社区,常住人口\n溪秀苑社区,0.15\n侯台社区,1600\n东姜井社区,0.17\n西姜井社区,0.18\n')).toEqual(['4:2']);
  });

  it('in a long file whose 单位 column says 万人', () => {
    const rows = [['溪秀苑社区', '0.15'], ['侯台社区', '1600'], ['东姜井社区', '0.17'], ['西姜井社区', '0.18']];
    expect(outliers(`社区,期间,指标,数值,单位\n${rows.map(([u, v]) => `${u},2024年3月,常住人口,${v},万人`).join('\n')}\n`)).toEqual(['3:4']);
  });

  it('a column in 万人 of real spread (a hundredfold) says nothing', () => {
    expect(outliers('社区,常住人口（万人）\n溪秀苑社区,0.15\n侯台社区,1.6\n东姜井社区,0.017\n西姜井社区,0.18\n')).toEqual([]);
  });
});
