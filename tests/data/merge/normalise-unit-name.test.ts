import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseStreetName, normaliseUnitName, splitWrittenStreet } from '../../../src/data/merge/normalise-unit-name';
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
    // 於 is the traditional 于 of place names (西于庄, 于家堡; the unit list writes 于 in all 51 names with it).
    ['西於庄社区', '西于庄社区', '西于庄', ['name-traditional']], ['於家堡村', '于家堡村', '于家堡', ['name-traditional']],
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
    // A list number or marker a clerk typed into the name cell.
    ['1.花园路社区', '花园路社区', '花园路', ['name-list-number']], ['1、花园路社区', '花园路社区', '花园路', ['name-list-number']],
    ['（1）花园路社区', '花园路社区', '花园路', ['name-list-number']], ['(12)花园路社区', '花园路社区', '花园路', ['name-list-number']],
    ['①花园路社区', '花园路社区', '花园路', ['name-list-number']], ['01 花园路社区', '花园路社区', '花园路', ['name-list-number']],
    ['一、花园路社区', '花园路社区', '花园路', ['name-list-number']], ['★花园路社区', '花园路社区', '花园路', ['name-list-number']],
    ['花园路社区*', '花园路社区', '花园路', ['name-list-number']],
    // A footnote reference in square brackets, and list punctuation left after a name.
    ['花园路社区[1]', '花园路社区', '花园路', ['name-list-number']], ['花园路社区［注］', '花园路社区', '花园路', ['name-list-number']],
    ['花园路社区【注1】', '花园路社区', '花园路', ['name-list-number']], ['花园路社区、', '花园路社区', '花园路', ['name-list-number']],
    ['花园路社区；', '花园路社区', '花园路', ['name-list-number']], ['花园路社区。', '花园路社区', '花园路', ['name-list-number']],
    ['花园路社区，', '花园路社区', '花园路', ['name-list-number']],
    // Numbers that are part of the name stay.
    ['2号院社区', '2号院社区', '2号院', []], ['1号路社区', '1号路社区', '1号路', []], ['第一社区', '第一社区', '第一', []],
    ['', '', '', []],
    // A state in brackets after the name is shown but not matched: 筹 (being set up), 已撤销 (dissolved).
    ['祥福里社区（筹）', '祥福里社区（筹）', '祥福里', []], ['祥福里社区(筹备)', '祥福里社区（筹备）', '祥福里', []],
    ['祥福里社区居委会（筹）', '祥福里社区（筹）', '祥福里', ['name-suffix']], ['前白庙村 （已撤销）', '前白庙村（已撤销）', '前白庙', ['name-whitespace']],
    ['祥福里社区【筹】', '祥福里社区【筹】', '祥福里', []], ['祥福里社区[筹备组]', '祥福里社区[筹备组]', '祥福里', []], ['祥福里社区（筹建中）', '祥福里社区（筹建中）', '祥福里', []],
    // Other brackets may tell units apart, and stay in the key.
    ['阳光佳园（西）社区', '阳光佳园（西）社区', '阳光佳园（西）', []], ['花园路社区（原花园社区）', '花园路社区（原花园社区）', '花园路社区（原花园社区）', []],
  ])('%j → %s / %s', (raw, name, key, codes) => {
    const r = normaliseUnitName(raw);
    expect(r.name).toBe(name);
    expect(r.key).toBe(key);
    expect(r.notes.map((n) => n.code)).toEqual(codes);
  });

  it.each([['祥福里社区（筹）', '社区'], ['前白庙村（已撤销）', '村'], ['祥福里（筹）', '']])('%j states the level of the name without its remark', (raw, level) => {
    expect(normaliseUnitName(raw).level).toBe(level);
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
    ['西於庄街道', '西于庄街道', '西于庄', ['name-traditional']], ['中北镇街道', '中北镇街道', '中北', []],
    // A remark in brackets after the street's level, brackets inside it or not, is no part of its name (was: another street).
    ['中北镇（原（西青）中北镇）', '中北镇', '中北', []], ['中北镇（原西青中北镇）', '中北镇', '中北', []], ['新城街道(筹)', '新城街道', '新城', []], ['新街镇', '新街镇', '新街', []], ['新街', '新街', '新街', []], ['街道', '街道', '街道', []],
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

describe('normaliseUnitName: the level (社区 / 村) is read, never dropped', () => {
  it.each([
    // [raw, name, key, level]: a 社区 and a 村 of one base name share the key but not the level.
    ['东姜井社区', '东姜井社区', '东姜井', '社区'], ['东姜井村', '东姜井村', '东姜井', '村'], ['东姜井', '东姜井', '东姜井', ''],
    ['东姜井社区居委会', '东姜井社区', '东姜井', '社区'], ['东姜井居委会', '东姜井社区', '东姜井', '社区'],
    ['东姜井村委会', '东姜井村', '东姜井', '村'], ['东姜井村民委员会', '东姜井村', '东姜井', '村'], ['东姜井村村委会', '东姜井村', '东姜井', '村'],
    // Short committee suffixes a clerk types.
    ['东姜井居委', '东姜井社区', '东姜井', '社区'], ['东姜井社区居委', '东姜井社区', '东姜井', '社区'],
    ['东姜井村委', '东姜井村', '东姜井', '村'], ['东姜井村村委', '东姜井村', '东姜井', '村'],
    // Official long forms of the unit list.
    ['第一街委员会', '第一街', '第一街', ''], ['第一街', '第一街', '第一街', ''],
    ['白庙村农工商联合公司（村委会）', '白庙村农工商联合公司', '白庙村农工商联合公司', '村'],
    ['白庙村农工商联合公司(村委会)', '白庙村农工商联合公司', '白庙村农工商联合公司', '村'], ['小(氵甸)村委会', '小（氵甸）村', '小（氵甸）', '村'],
    ['名居花园（万科）居委会', '名居花园（万科）社区', '名居花园（万科）', '社区'], ['名居花园(万科)', '名居花园（万科）', '名居花园（万科）', ''],
    ['华江里社区第一居委会', '华江里社区第一', '华江里社区第一', '社区'], ['官港社区第二居民委员会', '官港社区第二', '官港社区第二', '社区'], ['华江里社区第一', '华江里社区第一', '华江里社区第一', ''],
    ['胡园村民委员会', '胡园村', '胡园', '村'], ['信和苑社区居民委员会', '信和苑社区', '信和苑', '社区'],
    // Two characters: the 村 is part of the name (`边村`, `新村`), not a level.
    ['边村', '边村', '边村', ''], ['边村村委会', '边村', '边村', '村'], ['新村', '新村', '新村', ''],
    ['安乐村社区', '安乐村社区', '安乐村', '社区'], ['安乐村', '安乐村', '安乐', '村'],
    // Variants and slips.
    ['祥福裏社区', '祥福里社区', '祥福里', '社区'], ['祥福裡', '祥福里', '祥福里', ''], ['東姜井村委會', '东姜井村', '东姜井', '村'],
    ['东姜井\u3000村委会', '东姜井村', '东姜井', '村'], ['东姜井 居委', '东姜井社区', '东姜井', '社区'],
    // Its party organisation or work station, as party-building and service tables write it.
    ['东姜井社区党委', '东姜井社区', '东姜井', '社区'], ['东姜井社区党支部', '东姜井社区', '东姜井', '社区'], ['东姜井社区工作站', '东姜井社区', '东姜井', '社区'],
    ['东姜井村党支部', '东姜井村', '东姜井', '村'], ['东姜井村党总支', '东姜井村', '东姜井', '村'], ['东姜井村两委', '东姜井村', '东姜井', '村'],
  ])('%j → %s / %s / %j', (raw, name, key, level) => {
    const r = normaliseUnitName(raw);
    expect([r.name, r.key, r.level]).toEqual([name, key, level]);
  });

  it('every official and short name of the Tianjin unit list agree on key, and on level where both have one', () => {
    const rows = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(5617);
    const bad = rows.filter(([, official, short, kind]) => {
      const o = normaliseUnitName(official!);
      const s = normaliseUnitName(short!);
      const levels = [o.level, s.level].filter((l) => l !== '');
      return o.key !== s.key || levels.some((l) => l !== kind);
    });
    expect(bad).toEqual([]);
  });
});

describe('normaliseStreetName: a street carrying its district', () => {
  it.each([
    // [raw, name, key, district]
    ['河西区友谊路街道', '友谊路街道', '友谊路', '河西区'], ['天津市河西区友谊路街道', '友谊路街道', '友谊路', '河西区'],
    ['河西区 友谊路街道', '友谊路街道', '友谊路', '河西区'], ['友谊路街道', '友谊路街道', '友谊路', ''], ['友谊路', '友谊路', '友谊路', ''],
    ['友谊路街道办事处', '友谊路街道', '友谊路', ''], ['西青区中北镇', '中北镇', '中北', '西青区'], ['滨海新区海滨街道', '海滨街道', '海滨', '滨海新区'],
    // A system's path (西青区-中北镇, 西青区/中北镇), the district's short name, or the district after in brackets.
    ['西青区-中北镇', '中北镇', '中北', '西青区'], ['西青区/中北镇', '中北镇', '中北', '西青区'], ['西青中北镇', '中北镇', '中北', '西青'],
    ['中北镇（西青区）', '中北镇', '中北', '西青区'], ['中北镇(天津市西青区)', '中北镇', '中北', '西青区'], ['津南咸水沽镇人民政府', '咸水沽镇', '咸水沽', '津南'],
    // Not a district prefix: the name itself has 区 inside, or nothing street-like follows.
    ['河西务镇', '河西务镇', '河西务', ''], ['东丽区经济技术开发区', '东丽区经济技术开发区', '东丽区经济技术开发区', ''],
    ['天津市东丽区临空经济区', '天津市东丽区临空经济区', '天津市东丽区临空经济区', ''], ['开发区街道', '开发区街道', '开发区', ''],
  ])('%j → %s / %s / %s', (raw, name, key, district) => {
    const r = normaliseStreetName(raw);
    expect([r.name, r.key, r.district]).toEqual([name, key, district]);
  });

  it('keeps every street of the Tianjin unit list apart within its district, and reads the district written in front', () => {
    const rows = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const streets = new Map<string, string>();
    for (const r of rows) streets.set(`${r[7]}|${r[5]}`, r[5]!);
    const keys = new Map<string, string>();
    for (const [id, street] of streets) {
      const district = id.split('|')[0]!;
      const k = `${district}|${normaliseStreetName(street).key}`;
      expect(keys.get(k) ?? street).toBe(street);
      keys.set(k, street);
      // A district in front is read as such only before a street-like name (…街道/镇/乡).
      if (/(街道|镇|乡)$/.test(street)) expect(normaliseStreetName(`天津市${district}${street}`)).toMatchObject({ key: normaliseStreetName(street).key, district });
    }
    expect(keys.size).toBe(streets.size);
  });
});

describe('splitWrittenStreet: a street written in front of a unit name, or after it in brackets', () => {
  it.each([
    ['劝业场街道花园路社区', { street: '劝业场街道', unit: '花园路社区' }],
    ['和平区劝业场街道花园路社区居委会', { street: '和平区劝业场街道', unit: '花园路社区居委会' }],
    ['小站镇会馆村', { street: '小站镇', unit: '会馆村' }],
    ['西青区/中北镇/东姜井村', { street: '西青区/中北镇', unit: '东姜井村' }], ['中北镇-东姜井村', { street: '中北镇', unit: '东姜井村' }],
    ['西青区-中北镇-东姜井村委会', { street: '西青区-中北镇', unit: '东姜井村委会' }], ['中北镇·东姜井村', { street: '中北镇', unit: '东姜井村' }],
    ['劝业场街道办事处花园路社区', { street: '劝业场街道办事处', unit: '花园路社区' }], ['中北镇人民政府东姜井村', { street: '中北镇人民政府', unit: '东姜井村' }],
    ['天津市和平区劝业场街道办事处花园路社区居民委员会', { street: '天津市和平区劝业场街道办事处', unit: '花园路社区居民委员会' }], ['中北镇政府东姜井村委会', { street: '中北镇政府', unit: '东姜井村委会' }],
    ['花园路社区', null], ['新街道口社区', null], ['新镇村', null], ['莱茵小镇社区居委会', null],
    ['陈官屯镇潘村', null], ['劝业场街道', null], ['', null],
    ['花园路社区（劝业场街道）', { street: '劝业场街道', unit: '花园路社区' }], ['花园路社区(小站镇)', { street: '小站镇', unit: '花园路社区' }],
    ['华江里社区第一（东海街道）', { street: '东海街道', unit: '华江里社区第一' }], ['第六街（宜兴埠镇）', { street: '宜兴埠镇', unit: '第六街' }],
    ['花园路社区（筹）', null], ['花园路社区（原花园社区）', null], ['花园路社区（新街道）', null],
  ])('%s → %j', (raw, expected) => {
    expect(splitWrittenStreet(raw)).toEqual(expected);
  });

  it('on the real unit list: street + name splits back into that name or not at all, and a name alone splits only at its own town', () => {
    const rows = readFileSync('data/tianjin-units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    let split = 0;
    for (const [, official, short, , , street, , district] of rows as string[][]) {
      for (const front of [street!, district! + street!]) {
        const r = splitWrittenStreet(front + short!);
        if (r === null) continue;
        expect(r, front + short!).toEqual({ street: front, unit: short });
        split++;
      }
      for (const name of [official!, short!]) {
        const r = splitWrittenStreet(name);
        // 葛沽镇冶金工业园社区 is named after its own town: the split says where it is, truly.
        if (r !== null) expect(normaliseStreetName(r.street).key, name).toBe(normaliseStreetName(street!).key);
      }
    }
    // The rest are one-character villages (潘村) and streets that are not 街道/镇/乡 (高新产业园).
    expect(split / (2 * rows.length)).toBeGreaterThan(0.97);
  });
});
