import { describe, expect, it } from 'vitest';
import { importText } from './import-helpers';

describe('a letter O typed for 0, l or I for 1', () => {
  it('is warned as no number, the message naming the digit it looks like; no value is guessed', () => {
    const r = importText('社区,就业人数\n甲社区,O\n乙社区,l2\n丙社区,1O\n丁社区,I5\n戊社区,12\n己社区,13\n庚社区,abc\n', '2024年3月.csv');
    const warnings = r.report.issues.filter((i) => i.code === 'not-a-number').map((i) => `${i.line} ${i.message}`);
    expect(warnings).toEqual([
      '2 第2行第2列（就业人数）：“O”不是数字，疑似把数字0打成了字母O（如应为0，请改正），按无效值处理（不计为0）；请在源表改为数字。',
      '3 第3行第2列（就业人数）：“l2”不是数字，疑似把数字1打成了字母l（如应为12，请改正），按无效值处理（不计为0）；请在源表改为数字。',
      '4 第4行第2列（就业人数）：“1O”不是数字，疑似把数字0打成了字母O（如应为10，请改正），按无效值处理（不计为0）；请在源表改为数字。',
      '5 第5行第2列（就业人数）：“I5”不是数字，疑似把数字1打成了字母I（如应为15，请改正），按无效值处理（不计为0）；请在源表改为数字。',
      '8 第8行第2列（就业人数）：“abc”不是数字，按无效值处理（不计为0）；请在源表改为数字。',
    ]);
    const en = r.report.issues.find((i) => i.line === 3 && i.code === 'not-a-number')!.messageEn;
    expect(en).toContain('the letter l typed for the digit 1');
    const values = r.dataset!.obs.value;
    expect([...values].filter((v) => Number.isNaN(v))).toHaveLength(5);
  });
});
