// @vitest-environment node
/**
 * A community's own table whose rows are its grids (`第一网格`, `第二网格`, `合计`): the grids are
 * parts of the community the title, sheet or file name names, not communities; its value is the
 * 合计 row's (checked against the grids), or the grids' sum when there is no 合计 row.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { countsBalance } from '../../../src/data/report/import-report';
import { book } from '../pipeline/workbook-helpers';
import { importText, observations, utf8 } from '../pipeline/import-helpers';

const brief = (text: string, name: string) => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`) };
};
const codes = (r: ReturnType<typeof importText>) => r.report.issues.map((i) => i.code);

const HUAYUAN = '花园路社区2024年3月网格工作统计表\n网格,常住人口,再就业人数\n第一网格,1200,5\n第二网格,800,3\n三网格,500,2\n合计,2500,10\n';
const BINXI = '滨西社区2024年3月网格工作统计表\n网格,常住人口,再就业人数\n第一网格,1000,4\n第二网格,900,2\n合计,1900,6\n';

describe('grid rows of one community', () => {
  it('a 网格 column of grids with a 合计 row: the 合计 is the community the title names, the grids are not imported', () => {
    const { r, obs } = brief(HUAYUAN, '花园路社区2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['花园路社区|2024-03|reemployed|10', '花园路社区|2024-03|residents|2500']);
    expect(codes(r)).not.toContain('unit-column-guessed');
    const shape = r.report.issues.find((i) => i.code === 'grid-rows-unit')!;
    expect(shape.severity).toBe('info');
    expect(shape.message).toContain('“第一网格”“第二网格”');
    expect(shape.message).toContain('花园路社区');
    const rows = r.report.issues.find((i) => i.code === 'grid-rows')!;
    expect(rows.severity).toBe('info');
    expect(rows.message).toBe('第3-5行是“花园路社区”的网格，不是社区，未单独导入；花园路社区的数值取自第6行“合计”，已与各网格之和核对');
    expect(r.report.counts).toMatchObject({ imported: 1, subtotal: 3 });
    expect(countsBalance(r.report.counts)).toBe(true);
  });

  it('two communities\' grid files import as the two communities, with no conflict', () => {
    const r = importFiles([{ name: '花园路社区2024年3月.csv', bytes: utf8(HUAYUAN) }, { name: '滨西社区2024年3月.csv', bytes: utf8(BINXI) }]);
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`))
      .toEqual(['滨西社区|reemployed|6', '滨西社区|residents|1900', '花园路社区|reemployed|10', '花园路社区|residents|2500']);
  });

  it('a 合计 that is not the grids\' sum is imported as written, with the mismatch warned at its cell', () => {
    const { r, obs } = brief(HUAYUAN.replace('合计,2500,10', '合计,2500,11'), '花园路社区2024年3月.csv');
    expect(obs).toContain('花园路社区|2024-03|reemployed|11');
    const miss = r.report.issues.filter((i) => i.code === 'subtotal-mismatch');
    expect(miss.map((i) => [i.line, i.column])).toEqual([[6, 3]]);
  });

  it('without a 合计 row the grids are summed, with a warning saying so', () => {
    const text = '花园路社区2024年3月工作统计表\n序号,名称,常住人口,再就业人数\n1,第一网格,1200,5\n2,第二网格,800,3\n3,三网格,500,2\n';
    const { r, obs } = brief(text, '2024年3月.csv');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['花园路社区|2024-03|reemployed|10', '花园路社区|2024-03|residents|2500']);
    const w = r.report.issues.find((i) => i.code === 'grid-rows-summed')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('第3-5行是“花园路社区”的网格');
    expect(w.message).toContain('没有合计行');
    expect(w.message).toContain('各网格之和');
    expect(r.report.counts).toMatchObject({ imported: 1, subtotal: 2 });
    expect(countsBalance(r.report.counts)).toBe(true);
  });

  it('a blank cell of the 合计 row is the grids\' sum, said; a 合计 row of blanks only is no value of the community (was: imported blank)', () => {
    const { r, obs } = brief('花园路社区2024年3月\n网格,常住人口,再就业人数\n第一网格,1200,3\n第二网格,800,2\n合计,2000,\n', '3月.csv');
    expect(obs).toEqual(['花园路社区|2024-03|reemployed|5', '花园路社区|2024-03|residents|2000']);
    expect(r.report.issues.find((i) => i.code === 'grid-rows-summed')!.message).toContain('合计行没有写这些数值：已把各网格之和作为花园路社区的数值导入（记在第4行）');
    const blank = brief('花园路社区2024年3月\n网格,常住人口\n第一网格,1200\n第二网格,800\n合计,\n', '3月.csv');
    expect(blank.obs).toEqual(['花园路社区|2024-03|residents|2000']);
    expect(countsBalance(blank.r.report.counts)).toBe(true);
    expect(blank.r.report.counts).toMatchObject({ imported: 1, rejected: 0 });
  });

  it('a grid with no number in a column: that metric is not summed and the warning names it', () => {
    const text = '花园路社区2024年3月\n网格,常住人口,再就业人数\n第一网格,1200,5\n第二网格,800,\n';
    const { r, obs } = brief(text, '2024年3月.csv');
    expect(obs).toEqual(['花园路社区|2024-03|residents|2000']);
    const w = r.report.issues.find((i) => i.code === 'grid-rows-summed')!;
    expect(w.message).toContain('“再就业人数”有网格没有确数（第4行），未相加，未导入');
  });

  it('spellings a clerk uses: full-width digits, spaces, 网格 after its number, brackets, 社区合计 or the community\'s own row', () => {
    const rows = ['第 一 网格,100', '２网格（幸福里）,200', '网格3,300', '1号网格(阳光里),400'];
    for (const total of ['合计', '合　计', '社区合计', '花园路社区合计', '花园路社区', '全社区', '网格合计']) {
      const { r, obs } = brief(`花园路社区2024年3月\n名称,常住人口\n${rows.join('\n')}\n${total},1000\n`, '3月.csv');
      expect(r.report.status, total).toBe('ok');
      expect(obs, total).toEqual(['花园路社区|2024-03|residents|1000']);
      expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch'), total).toEqual([]);
    }
  });

  it('the community\'s own row above its grids is its value, checked against the grids below it', () => {
    const { r, obs } = brief('花园路社区2024年3月\n名称,常住人口\n花园路社区,1000\n第一网格,600\n第二网格,300\n', '3月.csv');
    expect(obs).toEqual(['花园路社区|2024-03|residents|1000']);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([3]);
  });

  it('a 合计 above the grids is checked against the grids alone (was: its own value counted among them)', () => {
    const { r, obs } = brief('花园路社区2024年3月\n网格,常住人口\n合计,2000\n第一网格,1200\n第二网格,800\n', '3月.csv');
    expect(obs).toEqual(['花园路社区|2024-03|residents|2000']);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch')).toEqual([]);
    const off = brief('花园路社区2024年3月\n网格,常住人口\n合计,2000\n第一网格,1200\n第二网格,700\n', '3月.csv');
    expect(off.r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.message))
      .toEqual(['第3行“合计”写在各行之上，其常住人口为2000，但其下的2行（自第4行起）之和为1900，请核对']);
  });

  it('the community named only by the sheet or the file name, in a workbook', () => {
    const rows = [['网格', '常住人口', '再就业人数'], ['第一网格', 1200, 5], ['第二网格', 800, 3], ['合计', 2000, 8]];
    const r = importFiles([{ name: '2024年3月网格统计.xlsx', bytes: book([['花园路社区', rows]]) }], { workbookLib: XLSX });
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual(['花园路社区|reemployed|8', '花园路社区|residents|2000']);
    const f = importFiles([{ name: '滨西社区2024年3月.xlsx', bytes: book([['Sheet1', rows]]) }], { workbookLib: XLSX });
    expect(observations(f.dataset).map((o) => o.unit)).toEqual(['滨西社区', '滨西社区']);
    // A sheet's short name, nothing else naming the community: taken, with a warning to check it.
    const bare = importFiles([{ name: '2024年3月网格统计.xlsx', bytes: book([['滨西', rows]]) }], { workbookLib: XLSX });
    expect(observations(bare.dataset).map((o) => o.unit)).toEqual(['滨西', '滨西']);
    const w = bare.report.issues.find((i) => i.code === 'grid-rows-unit')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('已把工作表名“滨西”当作社区名称，请核对');
  });

  it('a village\'s own table of its groups (村民小组: 一组, 二组) reads as its grids do', () => {
    const tables: [string, string[], string][] = [['村民小组', ['一组,300', '二组,400'], '合计'], ['名称', ['第一村民小组,300', '第二村民小组,400'], '村合计'], ['组别', ['1组,300', '2组,400'], '全村']];
    for (const [header, rows, total] of tables) {
      const { r, obs } = brief(`张村2024年3月统计\n${header},常住人口\n${rows.join('\n')}\n${total},700\n`, '3月.csv');
      expect(obs, header).toEqual(['张村|2024-03|residents|700']);
      expect(r.report.issues.find((i) => i.code === 'grid-rows')!.message, header).toBe(`第3-4行是“张村”的小组，不是社区，未单独导入；张村的数值取自第5行“${total}”，已与各小组之和核对`);
    }
    const { r } = brief('张村2024年3月统计\n村民小组,常住人口\n一组,300\n二组,400\n', '3月.csv');
    expect(r.report.issues.find((i) => i.code === 'grid-rows-summed')!.message).toContain('已把各小组之和作为张村的数值导入');
  });

  it('grids of no named community are refused, saying they are 网格 and where to write the community', () => {
    const { r } = brief('网格,常住人口\n第一网格,1200\n第二网格,800\n合计,2000\n', '2024年3月网格统计.csv');
    expect(r.report.status).toBe('blocked');
    const e = r.report.issues.find((i) => i.code === 'grid-rows-no-unit')!;
    expect(e.severity).toBe('error');
    expect(e.message).toContain('是网格，不是社区');
    expect(e.message).toContain('标题或文件名');
  });

  it('a table of communities, one of them a grid, or a 网格员人数 column, is read as before', () => {
    const { r, obs } = brief('社区,网格员人数\n花园路社区,5\n滨西社区,4\n', '2024年3月.csv');
    expect(obs).toEqual(['滨西社区|2024-03|custom:网格员人数|4', '花园路社区|2024-03|custom:网格员人数|5']);
    expect(codes(r)).not.toContain('grid-rows-unit');
    const mixed = brief('社区,常住人口\n花园路社区,1000\n第一网格,600\n滨西社区,900\n', '2024年3月.csv');
    expect(codes(mixed.r)).not.toContain('grid-rows-unit');
  });

  describe('in long form (网格 | 指标 | 数值): read as the wide table is (was: refused, no-unit-column)', () => {
    const LONG = '花园路社区2024年3月网格统计\n网格,指标,数值\n第一网格,再就业人数,3\n第一网格,低保户数,2\n第二网格,再就业人数,4\n第二网格,低保户数,1\n';
    it('the 合计 rows are the community\'s, checked against the grids', () => {
      const { r, obs } = brief(`${LONG}合计,再就业人数,7\n合计,低保户数,3\n`, '网格.csv');
      expect(r.report.status).toBe('ok');
      expect(obs).toEqual(['花园路社区|2024-03|dibao_households|3', '花园路社区|2024-03|reemployed|7']);
      expect(codes(r)).toContain('grid-rows-unit');
      expect(codes(r)).not.toContain('unit-column-guessed');
      expect(codes(r)).not.toContain('subtotal-mismatch');
      expect(r.report.issues.find((i) => i.code === 'grid-rows')!.message).toContain('第3-6行是“花园路社区”的网格，不是社区，未单独导入');
      expect(countsBalance(r.report.counts)).toBe(true);
    });

    it('without 合计 rows the grids\' exact sums, with the warning', () => {
      const { r, obs } = brief(LONG, '网格.csv');
      expect(r.report.status).toBe('ok');
      expect(obs).toEqual(['花园路社区|2024-03|dibao_households|3', '花园路社区|2024-03|reemployed|7']);
      expect(r.report.issues.find((i) => i.code === 'grid-rows-summed')!.message).toContain('表中没有合计行：已把各网格之和作为花园路社区的数值导入');
      expect(countsBalance(r.report.counts)).toBe(true);
    });

    it('a 合计 that is not the grids\' sum is imported as written, the mismatch warned', () => {
      const { r, obs } = brief(`${LONG}合计,再就业人数,8\n合计,低保户数,3\n`, '网格.csv');
      expect(obs).toContain('花园路社区|2024-03|reemployed|8');
      expect(codes(r)).toContain('subtotal-mismatch');
    });

    it('of no named community: refused, saying where to write it', () => {
      const { r } = brief(LONG.replace('花园路社区', ''), '网格.csv');
      expect(r.report.status).toBe('blocked');
      expect(codes(r)).toContain('grid-rows-no-unit');
    });
  });
});
