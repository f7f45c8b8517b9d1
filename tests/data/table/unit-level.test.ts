import { describe, expect, it } from 'vitest';
import { sectionLevel, tableUnitLevel } from '../../../src/data/table/unit-level';

describe('tableUnitLevel', () => {
  it.each([
    [{ unitHeader: '村名', fileName: 'a.xlsx' }, '村', '列名“村名”'],
    [{ unitHeader: '行政村', fileName: 'a.xlsx' }, '村', '列名“行政村”'],
    [{ unitHeader: '村委会', fileName: 'a.xlsx' }, '村', '列名“村委会”'],
    [{ unitHeader: '居委会', fileName: 'a.xlsx' }, '社区', '列名“居委会”'],
    [{ unitHeader: '社区居委会名称', fileName: 'a.xlsx' }, '社区', '列名“社区居委会名称”'],
    [{ unitHeader: '单位', caption: '中北镇各村2024年3月统计', fileName: 'a.xlsx' }, '村', '标题“中北镇各村2024年3月统计”'],
    [{ unitHeader: '名称', sheet: '村', fileName: 'a.xlsx' }, '村', '工作表名“村”'],
    [{ fileName: '新村街道各居委会-2024年3月.xlsx' }, '社区', '文件名“新村街道各居委会-2024年3月.xlsx”'],
    [{ fileName: '中北镇村级统计.csv' }, '村', '文件名“中北镇村级统计.csv”'],
    // The header, nearest the names, wins over the file name.
    [{ unitHeader: '村名', fileName: '中北镇各居委会.csv' }, '村', '列名“村名”'],
  ])('%j → %s', (at, level, from) => {
    expect(tableUnitLevel(at)).toMatchObject({ level, from });
  });

  it.each([
    [{ unitHeader: '村居', fileName: '13b-中北镇-2024年3月.xlsx' }],
    [{ unitHeader: '社区（村）', fileName: 'a.csv' }],
    [{ unitHeader: '社区', caption: '中北镇各社区、村统计', fileName: 'a.csv' }],
    [{ caption: '中北镇各村（社区）统计', fileName: 'a.csv' }],
    [{ unitHeader: '单位名称', fileName: '双林街道-2024年3月.csv' }],
    // 社区 is the usual word over 社区 and 村 alike.
    [{ unitHeader: '社区', fileName: '45-中北镇各社区-2024年3月.xlsx' }], [{ unitHeader: '社区名称', sheet: '社区', fileName: 'a.csv' }],
  ])('%j states no level', (at) => {
    expect(tableUnitLevel(at)).toBeNull();
  });
});

describe('sectionLevel', () => {
  it.each([['一、社区', '社区'], ['二、村', '村'], ['（二）村委会', '村'], ['(一)城市社区', '社区'], ['二、农村社区', '社区'], ['村：', '村'], ['第二部分 行政村', '村'], ['3.居委会', '社区']] as const)(
    '%s heads a part of %s', (text, level) => {
      expect(sectionLevel(text)).toBe(level);
    });

  it.each(['五七村', '九八三社区', '第二社区', '一村', '祥福里社区', '社区合计', '村小计', '东姜井', '1.新家园社区'])('%s is no part heading', (text) => {
    expect(sectionLevel(text)).toBeNull();
  });
});
