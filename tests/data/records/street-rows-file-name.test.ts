/**
 * Street heading rows in a table without a street column whose file (or title) names one street:
 * rows that are streets are streets whatever the file is named, each community its heading's.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const brief = (text: string, name: string) => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`).sort() };
};
const warnings = (r: ReturnType<typeof importText>) => r.report.issues.filter((i) => i.severity !== 'info');
const ROWS = '单位,再就业人数\n中北镇,6210\n东湖社区,3210\n西山社区,3000\n南湖街道,5\n南湖社区,5\n';
const READ = ['中北镇|东湖社区|3210', '中北镇|西山社区|3000', '南湖街道|南湖社区|5'];

describe('street heading rows in a file named for another street (东湖街道2024年3月.csv)', () => {
  it('are streets, each community its heading\'s, with a warning naming both (was: 中北镇 a community of 南湖街道, a false 之和 warning)', () => {
    const { r, obs } = brief(ROWS, '东湖街道2024年3月.csv');
    expect(obs).toEqual(READ);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([2, 5]);
    const w = warnings(r);
    expect(w.map((i) => `${i.code}:${i.line}`)).toEqual(['street-rows-disagree-file:2']);
    expect(w[0]!.message).toBe('文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“南湖街道”（第2、5行）：这些街道行的社区已按街道行导入，'
      + '没有按文件名算作“东湖街道”的社区。请核对文件名，或这张表是否是其他街道的表');
  });

  it('named for one of the heading streets: only the other street is named', () => {
    const { r, obs } = brief(ROWS, '中北镇2024年3月.csv');
    expect(obs).toEqual(READ);
    const w = warnings(r);
    expect(w.map((i) => `${i.code}:${i.line}`)).toEqual(['street-rows-disagree-file:5']);
    expect(w[0]!.message).toContain('文件名写的是“中北镇”，但表中的街道行写的是“南湖街道”（第5行）');
  });

  it('street rows after their communities (小计 rows named for streets), or naming only the street, are read the same', () => {
    const trailing = brief('单位,再就业人数\n东湖社区,3210\n西山社区,3000\n中北镇,6210\n南湖社区,5\n南湖街道,5\n', '东湖街道2024年6月.csv');
    expect(trailing.obs).toEqual(READ);
    expect(warnings(trailing.r).map((i) => `${i.code}:${i.line}`)).toEqual(['street-rows-disagree-file:4']);
    const bare = brief('单位,再就业人数\n中北镇,\n东湖社区,3210\n西山社区,3000\n南湖街道,\n南湖社区,5\n', '东湖街道(筹)2024年3月.csv');
    expect(bare.obs).toEqual(READ);
    expect(warnings(bare.r).map((i) => i.message.split('：')[0])).toEqual(['文件名写的是“东湖街道(筹)”，但表中的街道行写的是“中北镇”、“南湖街道”（第2、5行）']);
  });
});
