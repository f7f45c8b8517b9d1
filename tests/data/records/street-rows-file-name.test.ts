/**
 * Street heading rows in a table without a street column whose file (or title) names one street:
 * rows that are streets are streets whatever the file is named, each community its heading's.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { importText, observations } from '../pipeline/import-helpers';

const brief = (text: string, name: string) => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`).sort() };
};
const warnings = (r: ReturnType<typeof importFiles>) => r.report.issues.filter((i) => i.severity !== 'info');
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

describe('town heading rows (镇, no 街道) in a file named for one street: the same rule as for 街道 heading rows', () => {
  const TOWNS = ['中北镇|东姜井村|70', '中北镇|东姜井社区|50', '西堤头镇|西堤头村|30', '西堤头镇|赵庄子村|40'];
  const disagree = (r: ReturnType<typeof importFiles>) => warnings(r).map((i) => `${i.code}:${i.line} ${i.message.split('：')[0]}`);

  it('only names above their villages: streets, with the warning (was: 中北镇 and 西堤头镇 villages of 东湖街道, silently)', () => {
    const { r, obs } = brief('单位,再就业人数\n中北镇,\n东姜井社区,50\n东姜井村,70\n西堤头镇,\n西堤头村,30\n赵庄子村,40\n', '东湖街道2024年3月.csv');
    expect(obs).toEqual(TOWNS);
    expect(disagree(r)).toEqual(['street-rows-disagree-file:2 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“西堤头镇”（第2、5行）']);
  });

  it('carrying the sums of their villages below: streets, checked against them, with the warning', () => {
    const { r, obs } = brief('单位,再就业人数\n中北镇,120\n东姜井社区,50\n东姜井村,70\n西堤头镇,70\n西堤头村,30\n赵庄子村,40\n', '东湖街道2024年3月.csv');
    expect(obs).toEqual(TOWNS);
    expect(disagree(r)).toEqual(['street-rows-disagree-file:2 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“西堤头镇”（第2、5行）']);
    const one = brief('单位,再就业人数,注册志愿者\n中北镇,120,9\n东姜井社区,50,4\n东姜井村,70,5\n', '东湖街道2024年3月.csv');
    expect(one.obs).toEqual(['中北镇|东姜井村|5', '中北镇|东姜井村|70', '中北镇|东姜井社区|4', '中北镇|东姜井社区|50']);
    expect(disagree(one.r)).toEqual(['street-rows-disagree-file:2 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”（第2行）']);
  });

  it('a town heading after the file\'s own street\'s block (南湖街道2024年3月.csv): a street, not a community of 南湖街道', () => {
    const { r, obs } = brief('单位,再就业人数\n南湖街道,\n南湖社区,120\n东湖社区,80\n小计,200\n中北镇,\n东姜井社区,50\n东姜井村,70\n小计,120\n合计,320\n', '南湖街道2024年3月.csv');
    expect(obs).toEqual(['中北镇|东姜井村|70', '中北镇|东姜井社区|50', '南湖街道|东湖社区|80', '南湖街道|南湖社区|120']);
    expect(disagree(r)).toEqual(['street-rows-disagree-file:6 文件名写的是“南湖街道”，但表中的街道行写的是“中北镇”（第6行）']);
  });

  it('named in a town\'s 小计 after its villages or its 合计 above them (was: villages of 东湖街道, the second 合计 a false 之和为120)', () => {
    const trailing = brief('单位,再就业人数\n东姜井社区,50\n东姜井村,70\n中北镇小计,120\n西堤头村,30\n赵庄子村,40\n西堤头镇小计,70\n合计,190\n', '东湖街道2024年3月.csv');
    expect(trailing.obs).toEqual(TOWNS);
    expect(disagree(trailing.r)).toEqual(['street-rows-disagree-file:4 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“西堤头镇”（第4、7行）']);
    const above = brief('单位,再就业人数\n中北镇合计,120\n东姜井社区,50\n东姜井村,70\n西堤头镇合计,70\n西堤头村,30\n赵庄子村,40\n', '东湖街道2024年3月.csv');
    expect(above.obs).toEqual(TOWNS);
    expect(disagree(above.r)).toEqual(['street-rows-disagree-file:2 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“西堤头镇”（第2、5行）']);
  });

  it('written in the 序号 column, merged over the row (was: template rows skipped, the villages 东湖街道\'s)', () => {
    const rows = '序号,单位,再就业人数\n中北镇,,\n1,东姜井社区,50\n2,东姜井村,70\n西堤头镇,,\n1,西堤头村,30\n2,赵庄子村,40\n';
    const csv = brief(rows, '东湖街道2024年3月.csv');
    expect(csv.obs).toEqual(TOWNS);
    expect(disagree(csv.r)).toEqual(['street-rows-disagree-file:2 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“西堤头镇”（第2、5行）']);
    const ws = XLSX.utils.aoa_to_sheet(rows.trim().split('\n').map((r) => r.split(',').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c))));
    ws['!merges'] = ['A2:C2', 'A5:C5'].map((m) => XLSX.utils.decode_range(m));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2024年3月');
    const r = importFiles([{ name: '东湖街道.xlsx', bytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }], { workbookLib: XLSX });
    expect(observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`).sort()).toEqual(TOWNS);
    expect(disagree(r)).toEqual(['street-rows-disagree-file:2 文件名写的是“东湖街道”，但表中的街道行写的是“中北镇”、“西堤头镇”（第2、5行）']);
  });

  it('a town\'s name on a village\'s own row stays a village (河西镇, short for 河西镇村 of 上仓镇)', () => {
    const title = '上仓镇各村2024年3月统计表\n村名,再就业人数\n';
    expect(brief(`${title}上仓镇,5\n河西镇,4\n东郭家庄村,1\n`, 'a.csv').obs).toEqual(['上仓镇|东郭家庄村|1', '上仓镇|河西镇村|4']);
    expect(brief(`${title}河西镇,4\n东郭家庄村,1\n郑家套村,2\n`, 'a.csv').obs).toEqual(['上仓镇|东郭家庄村|1', '上仓镇|河西镇村|4', '上仓镇|郑家套村|2']);
    // Blank among the villages (a village that reported nothing): no street's row heads rows after villages.
    const blank = brief(`${title}东郭家庄村,1\n河西镇,\n郑家套村,2\n`, 'a.csv');
    expect(blank.obs).toEqual(['上仓镇|东郭家庄村|1', '上仓镇|河西镇村|null', '上仓镇|郑家套村|2']);
    expect(warnings(blank.r).filter((i) => i.code.startsWith('street-'))).toEqual([]);
  });
});

describe('street rows far down a long table (past the first rows looked at before reading)', () => {
  // 2100 communities of the file's street first: the rows below come after the first 2000.
  const EARLY = Array.from({ length: 2100 }, (_, i) => `东湖${i + 1}号社区,1`).join('\n');
  const read = (rows: string, head: string) => {
    const r = importText(`单位,再就业人数\n${head}${rows}\n`, '东湖街道2024年3月.csv');
    const obs = observations(r.dataset).filter((o) => !/^东湖\d/.test(o.unit)).map((o) => `${o.parent}|${o.unit}|${o.value}`);
    return { r, obs: obs.sort().join(' '), w: warnings(r).map((i) => `${i.code}:${i.line}`) };
  };

  it('a town heading only its name reads the same near the top and far down (was: a village of 东湖街道 far down, silently)', () => {
    const towns = '中北镇,\n东姜井社区,50\n东姜井村,70\n西堤头镇,\n西堤头村,30\n';
    const near = read(towns, '');
    const far = read(towns, `东湖街道,\n${EARLY}\n`);
    expect(far.obs).toBe(near.obs);
    expect(far.obs).toBe('中北镇|东姜井村|70 中北镇|东姜井社区|50 西堤头镇|西堤头村|30');
    expect(far.w).toEqual(['street-rows-disagree-file:2103']);
  });

  it('a 街道 heading far down makes the later town headings streets, as near the top', () => {
    const rows = '南湖街道,\n南湖社区,5\n中北镇,120\n东姜井社区,50\n东姜井村,70\n';
    expect(read(rows, `东湖街道,\n${EARLY}\n`).obs).toBe('中北镇|东姜井村|70 中北镇|东姜井社区|50 南湖街道|南湖社区|5');
  });

  it('a town heading carrying its sums far down, seen for what it is only after it was read: a warning names it', () => {
    const rows = '中北镇,120\n东姜井社区,50\n东姜井村,70\n西堤头镇,70\n西堤头村,30\n赵庄子村,40\n';
    const far = read(rows, `东湖街道,\n${EARLY}\n`);
    // 中北镇 was read as a village before its rows showed its sums; 西堤头镇 after them is a street.
    expect(far.obs).toBe('东湖街道|东姜井村|70 东湖街道|东姜井社区|50 东湖街道|中北镇|120 西堤头镇|西堤头村|30 西堤头镇|赵庄子村|40');
    expect(far.w).toEqual(['street-rows-late:2103', 'street-rows-disagree-file:2106']);
    expect(warnings(far.r)[0]!.message).toBe('第2103行“中北镇”名字像镇（街道），已按文件名的“东湖街道”的村导入；但第2103行“中北镇”的数值是其下各行之和，表中列的是各街道，'
      + '它们可能也是镇（街道）行：这在表格前部之后才看出，已读过的行没有改读。请核对；如是镇（街道）行，请在文件名中去掉“东湖街道”，或增加街道列，然后重新导入');
  });
});
