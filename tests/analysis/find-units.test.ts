import { describe, expect, it } from 'vitest';
import { findUnitsByName, nameMatchKey, parents } from '../../src/analysis/find-units';
import { makeDataset } from './analysis-fixtures';
import { modelOf } from './model-of';

const ds = makeDataset([
  { name: '祥福里社区', parent: '咸水沽镇', aliases: ['祥福里社区居委会'] },
  { name: '前白庙村', parent: '八里台镇', district: '津南区' },
  { name: '前白庙村', parent: '大寺镇', district: '西青区' },
  { name: '新村社区', parent: '北闸口镇', code: '120112100001' },
  { name: '无名', parent: '' },
], []);

describe('findUnitsByName', () => {
  it.each([
    [['祥福里社区'], [0]],
    [['祥福里社区居委会'], [0]],
    [['祥福里'], [0]],
    [[' 祥福里社区居民委员会 '], [0]],
    [['前白庙村'], [1, 2]],
    [['前白庙'], [1, 2]],
    [['新村社区'], [3]],
    [['新村'], [3]],
    [['120112100001'], [3]],
    [['新村', '祥福里', '新村社区'], [3, 0]],
    [['不存在', ''], []],
  ])('%j → %j', (names, want) => {
    expect(findUnitsByName(modelOf(ds), names)).toEqual(want);
  });
  it.each([['祥福里社区居委会', '祥福里'], ['新村', '新村'], ['前白庙村村委会', '前白庙'], ['ＡＢ社区', 'AB']])('nameMatchKey %s → %s', (a, b) => {
    expect(nameMatchKey(a)).toBe(b);
  });
});

describe('parents', () => {
  it('lists distinct non-empty streets in pinyin order', () => {
    expect(parents(ds)).toEqual(['八里台镇', '北闸口镇', '大寺镇', '咸水沽镇']);
  });
});
