/** A column with no header whose cells are periods (社区 merged over the name and the period columns). */
import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

describe('a nameless column of periods beside the names (社区 merged over both, each community on two rows)', () => {
  const TEXT = '社区,,常住人口,户数\n新华社区,2023年,3100,880\n新华社区,2024年,3200,900\n光明社区,2023年,4000,1000\n光明社区,2024年,4100,1100\n';

  it('is the period column, said by column (was: refused, 找不到统计期间, asking for a period column it has)', () => {
    const r = importText(TEXT, '新华街道.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`)).toEqual([
      '光明社区|2023|households|1000', '光明社区|2023|residents|4000', '光明社区|2024|households|1100', '光明社区|2024|residents|4100',
      '新华社区|2023|households|880', '新华社区|2023|residents|3100', '新华社区|2024|households|900', '新华社区|2024|residents|3200']);
    const note = r.report.issues.find((i) => i.code === 'header-empty-period')!;
    expect([note.severity, note.column, note.message]).toEqual(['info', 2, '第2列无列名，其单元格都是期间（如“2023年”），已按“期间”列读取']);
    expect(r.report.issues.filter((i) => i.code === 'header-empty')).toEqual([]);
  });

  it('beside a 期间 column of its own, or with words that are no periods, it stays a nameless column (a guard: passes before and after)', () => {
    const own = importText('社区,期间,,常住人口\n新华社区,2024年,2023年,3100\n', '新华街道.csv');
    expect(own.report.issues.map((i) => i.code)).toContain('header-empty');
    const words = importText('社区,,常住人口\n新华社区,东片,3100\n光明社区,西片,4000\n', '新华街道2024年6月.csv');
    expect(words.report.issues.map((i) => i.code)).toContain('header-empty');
    // Bare numbers in the range of years (a count of 2023 people) and days are no periods here.
    for (const cells of [['2023', '2024'], ['2024年4月5日', '2024年4月6日']]) {
      const r = importText(`社区,,常住人口\n新华社区,${cells[0]},3100\n光明社区,${cells[1]},4000\n`, '新华街道2024年6月.csv');
      expect(r.report.issues.map((i) => i.code), cells[0]).toContain('header-empty');
    }
  });
});

describe('a nameless first column counting the rows (序号 left out of the header)', () => {
  it('is the 序号 column, not imported and said by column (was: a metric 列A of the row numbers, warned only as a nameless column)', () => {
    const r = importText('2024年3月各社区统计\n,社区,再就业人数\n1,祥福里社区,10\n2,春竹轩社区,20\n3,丽水苑社区,5\n合计,,35\n', '咸水沽镇.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual(['丽水苑社区|reemployed|5', '春竹轩社区|reemployed|20', '祥福里社区|reemployed|10']);
    const note = r.report.issues.find((i) => i.code === 'header-empty-row-number')!;
    expect([note.severity, note.line, note.column, note.message]).toEqual(['info', 2, 1, '第1列无列名，其单元格是各行的序号（1、2、3…），按“序号”列读取，不导入']);
    expect(r.report.issues.filter((i) => i.code === 'header-empty')).toEqual([]);
  });

  it('numbers that do not count the rows, or a nameless column after a named one, stay a nameless column with its warning (a guard)', () => {
    const figures = importText(',社区,再就业人数\n3200,祥福里社区,10\n4100,春竹轩社区,20\n', '2024年3月.csv');
    expect(figures.report.issues.filter((i) => i.code === 'header-empty').map((i) => i.column)).toEqual([1]);
    expect(observations(figures.dataset).some((o) => o.metric === 'custom:列A' && o.value === 3200)).toBe(true);
    const later = importText('社区,,再就业人数\n祥福里社区,1,10\n春竹轩社区,2,20\n', '2024年3月.csv');
    expect(later.report.issues.filter((i) => i.code === 'header-empty').map((i) => i.column)).toEqual([2]);
  });
});

describe('a nameless column a one-community form reads as its items', () => {
  it('the blank corner over 常住人口, 新增就业人数 (| 本月 | 累计) is said to be read as the items, not named 列A with a warning', () => {
    const r = importText('东湖社区2024年3月主要指标\n,本月,累计\n常住人口,3000,3000\n新增就业人数,12,30\n', '东湖社区.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.period === '2024-03').map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '东湖社区|custom:新增就业人数|12', '东湖社区|residents|3000']);
    expect(r.report.issues.filter((i) => i.code === 'header-empty')).toEqual([]);
    const note = r.report.issues.find((i) => i.code === 'header-empty-items')!;
    expect([note.severity, note.line, note.column, note.message]).toEqual(['info', 2, 1, '第1列无列名，其单元格是各项指标的名称，按“项目”列读取']);
  });

  it('so is the nameless second column of 项目 merged over two (就业 merged down beside its items)', () => {
    const r = importText('东湖社区2024年3月主要指标\n项目,,本月,累计\n就业,再就业人数,5,12\n,新增就业人数,12,30\n低保户数,,20,\n', '东湖社区.csv');
    expect(r.report.status).toBe('ok');
    expect(r.report.issues.filter((i) => i.code === 'header-empty')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'header-empty-items')).toMatchObject({ severity: 'info', column: 2 });
  });

  it('after a 序号 column, the nameless column of the items is the form\'s (was: refused as a transposed table, telling to keep “列B | 本月 | 本年累计”)', () => {
    const r = importText('东湖社区2024年3月主要指标\n序号,,本月,累计\n1,常住人口,3000,3000\n2,新增就业人数,12,30\n', '东湖社区.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).filter((o) => o.period === '2024-03').map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '东湖社区|custom:新增就业人数|12', '东湖社区|residents|3000']);
    expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.report.issues.find((i) => i.code === 'header-empty-items')).toMatchObject({ severity: 'info', column: 2 });
  });

  it('items the catalogue does not know (志愿服务场次) under a blank corner, in a form whose title names its community, are its items (was: refused, 找不到这些数值是哪个指标)', () => {
    for (const head of [',本月,累计', '序号,,本月,累计']) {
      const k = head.startsWith('序号') ? ['1,', '2,'] : ['', ''];
      const r = importText(`东湖社区2024年3月主要指标\n${head}\n${k[0]}志愿服务场次,12,30\n${k[1]}老旧楼栋改造数,5,8\n`, '2024年3月报表.csv');
      expect(r.report.status, head).toBe('ok');
      expect(observations(r.dataset).filter((o) => o.period === '2024-03').map((o) => `${o.unit}|${o.metric}|${o.value}`), head).toEqual([
        '东湖社区|custom:志愿服务场次|12', '东湖社区|custom:老旧楼栋改造数|5']);
      expect(r.report.issues.filter((i) => i.severity !== 'info'), head).toEqual([]);
    }
  });

  it('communities under a blank corner, or a title naming no community, stay a table of communities (a guard)', () => {
    const wide = importText('2024年3月各社区再就业人数\n,本月,累计\n东湖社区,12,30\n西山社区,5,8\n', '中北镇.csv');
    expect(observations(wide.dataset).filter((o) => o.period === '2024-03').map((o) => `${o.unit}|${o.metric}|${o.value}`)).toEqual([
      '东湖社区|reemployed|12', '西山社区|reemployed|5']);
    const untitled = importText('2024年3月主要指标\n,本月,累计\n志愿服务场次,12,30\n老旧楼栋改造数,5,8\n', '中北镇.csv');
    expect(untitled.report.issues.map((i) => i.code)).not.toContain('vertical-form');
  });
});

describe('advice naming a nameless column', () => {
  it('a table refused as transposed (本月 | 累计, 得分 | 分值 over a blank corner) tells to keep “项目 | 本月 …”, not a header “列A” nobody wrote', () => {
    const periods = importText('2024年3月\n,本月,累计,备注x\n常住人口,3000,3000,\n低保户数,20,30,\n', 't.csv');
    const said = periods.report.issues.find((i) => i.code === 'transposed-period-headers')!;
    expect(said.message).toContain('请只保留“项目 | 本月 | 本年累计”这样的列');
    const scores = importText('2024年3月\n,得分,分值\n常住人口,3,5\n低保户数,2,5\n', 't.csv');
    expect(scores.report.issues.find((i) => i.code === 'transposed-quantity-headers')!.message).toContain('请只保留“项目 | 本月”两列');
  });

  it('items under a blank corner over 本月 | 累计, with no community named anywhere, are refused saying how to name the form (not only to name a metric in the title)', () => {
    const r = importText('2024年3月主要指标\n,本月,累计\n志愿服务场次,12,30\n老旧楼栋改造数,5,8\n', '中北镇.csv');
    expect(r.report.status).toBe('blocked');
    const said = r.report.issues.find((i) => i.code === 'period-relative-no-metric')!;
    expect(said.message).toContain('如是单个社区的竖表（第1列是各项指标），请在第1列的表头写“项目”，并把社区名称写进标题或文件名');
    // Communities under it: the advice stays the metric's.
    const wide = importText('2024年3月\n,本月,累计\n东湖社区,12,30\n西山社区,5,8\n', '中北镇.csv');
    expect(wide.report.issues.find((i) => i.code === 'period-relative-no-metric')!.message).not.toContain('竖表');
  });
});
