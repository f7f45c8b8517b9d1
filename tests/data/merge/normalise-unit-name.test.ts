import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseStreetName, normaliseUnitName } from '../../../src/data/merge/normalise-unit-name';
import { t2sTableSize, toSimplified } from '../../../src/data/vocabulary/t2s-table';

describe('normaliseUnitName', () => {
  it.each([
    // [raw, name, key, note codes]
    ['祥福里社区居委会', '祥福里社区', '祥福里', ['name-suffix']],
    ['祥福里社区居民委员会', '祥福里社区', '祥福里', ['name-suffix']],
    ['祥福里居委会', '祥福里社区', '祥福里', ['name-suffix']],
    ['祥福里居民委员会', '祥福里社区', '祥福里', ['name-suffix']],
    ['祥福里社区', '祥福里社区', '祥福里', []],
    ['祥福里', '祥福里', '祥福里', []],
    [' 祥福里社区 ', '祥福里社区', '祥福里', []],
    ['祥福里 社区', '祥福里社区', '祥福里', ['name-whitespace']],
    ['祥福里\u00A0社区', '祥福里社区', '祥福里', ['name-whitespace']],
    ['祥福里\u3000社区', '祥福里社区', '祥福里', ['name-whitespace']],
    ['祥\u200B福里社区', '祥福里社区', '祥福里', ['name-whitespace']],
    ['东湖社区', '东湖社区', '东湖', []],
    ['東湖社區', '东湖社区', '东湖', ['name-traditional']],
    ['東湖社區居委會', '东湖社区', '东湖', ['name-traditional', 'name-suffix']],
    ['教場巷社區', '教场巷社区', '教场巷', ['name-traditional']],
    ['前白庙村委会', '前白庙村', '前白庙', ['name-suffix']],
    ['前白庙村村民委员会', '前白庙村', '前白庙', ['name-suffix']],
    ['前白庙村村委会', '前白庙村', '前白庙', ['name-suffix']],
    ['新立村村委会', '新立村', '新立', ['name-suffix']],
    ['前白庙村民委员会', '前白庙村', '前白庙', ['name-suffix']],
    ['前白庙村', '前白庙村', '前白庙', []],
    ['安乐村社区居委会', '安乐村社区', '安乐村', ['name-suffix']],
    ['唐家口新村六段社区居委会', '唐家口新村六段社区', '唐家口新村六段', ['name-suffix']],
    ['新村', '新村', '新村', []],
    ['社区', '社区', '社区', []],
    ['居委会', '居委会', '居委会', []],
    ['“益华里社区”', '益华里社区', '益华里', ['name-whitespace']],
    ['ＡＢＣ社区', 'ABC社区', 'ABC', []],
    ['', '', '', []],
  ])('%j → %s / %s', (raw, name, key, codes) => {
    const r = normaliseUnitName(raw);
    expect(r.name).toBe(name);
    expect(r.key).toBe(key);
    expect(r.notes.map((n) => n.code)).toEqual(codes);
  });

  it('strips control characters with a warning (case 40)', () => {
    const r = normaliseUnitName('东\u0000湖社区');
    expect(r.name).toBe('东湖社区');
    expect(r.notes.map((n) => [n.code, n.severity])).toEqual([['name-control-chars', 'warning']]);
  });

  it('keeps HTML-looking and formula-looking text as text (cases 38, 39)', () => {
    // Spaces between Latin words are part of the text: the name is stored verbatim (case 39).
    expect(normaliseUnitName('<img src=x onerror=alert(1)>').name).toBe('<img src=x onerror=alert(1)>');
    expect(normaliseUnitName('ABC  Garden 社区').name).toBe('ABC Garden社区');
    expect(normaliseUnitName('=HYPERLINK("x")').name).toBe('=HYPERLINK("x")');
  });

  it('all spellings of one unit share a key (case 37)', () => {
    const spellings = ['祥福里社区居委会', '祥福里社区', '祥福里', ' 祥福里社区 ', '祥福里社區', '祥福里社區居民委員會', '祥福里居委会'];
    expect(new Set(spellings.map((s) => normaliseUnitName(s).key))).toEqual(new Set(['祥福里']));
  });

  it('normalising is idempotent', () => {
    const names = fc.tuple(fc.constantFrom('祥福里', '東湖', '前白庙', '新立村', '花园路'), fc.constantFrom('', '社区', '社區', '社区居委会', '居委会', '村委会', '村民委员会', ' '));
    fc.assert(fc.property(names, ([stem, suffix]) => {
      const once = normaliseUnitName(stem + suffix);
      const twice = normaliseUnitName(once.name);
      expect(twice.name).toBe(once.name);
      expect(twice.key).toBe(once.key);
      expect(twice.notes).toEqual([]);
    }));
  });
});

describe('normaliseStreetName', () => {
  it.each([
    ['双新街道', '双新街道', '双新', []], ['双新街', '双新街', '双新', []], ['双新街道办事处', '双新街道', '双新', ['name-suffix']],
    ['咸水沽镇', '咸水沽镇', '咸水沽', []], ['咸水沽镇人民政府', '咸水沽镇', '咸水沽', ['name-suffix']], ['鹹水沽鎮', '咸水沽镇', '咸水沽', ['name-traditional']],
    ['八里台镇', '八里台镇', '八里台', []], ['八里臺鎮', '八里台镇', '八里台', ['name-traditional']], ['五角场街道', '五角场街道', '五角场', []],
    ['人民路街道办', '人民路街道', '人民路', ['name-suffix']], ['某乡', '某乡', '某乡', []], ['城关镇', '城关镇', '城关', []],
    [' 双新 街道 ', '双新街道', '双新', ['name-whitespace']], ['', '', '', []],
  ])('%j → %s / %s', (raw, name, key, codes) => {
    const r = normaliseStreetName(raw);
    expect(r.name).toBe(name);
    expect(r.key).toBe(key);
    expect(r.notes.map((n) => n.code)).toEqual(codes);
  });
});

describe('toSimplified', () => {
  it.each([
    ['東湖社區居委會', '东湖社区居委会'], ['下崗失業人員', '下岗失业人员'], ['實現再就業', '实现再就业'], ['開發就業崗位', '开发就业岗位'],
    ['零就業家庭戶數', '零就业家庭户数'], ['志願服務時長', '志愿服务时长'], ['慰問困難群眾', '慰问困难群众'], ['愛心捐款', '爱心捐款'],
    ['文體團隊', '文体团队'], ['講座培訓', '讲座培训'], ['薊州區', '蓟州区'], ['寶坻區', '宝坻区'], ['靜海區', '静海区'], ['寧河區', '宁河区'],
    ['漢沽', '汉沽'], ['濱海新區', '滨海新区'], ['楊柳青鎮', '杨柳青镇'], ['天津市', '天津市'], ['abc 123', 'abc 123'],
  ])('%s → %s', (t, s) => {
    expect(toSimplified(t)).toBe(s);
  });

  it('has a table of several hundred pairs that maps nothing to itself', () => {
    expect(t2sTableSize()).toBeGreaterThan(800);
    expect(toSimplified('社区村街道镇乡区县')).toBe('社区村街道镇乡区县');
  });
});
