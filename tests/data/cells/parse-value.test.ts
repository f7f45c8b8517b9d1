import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../src/data/cells/parse-value';
import { shiftDecimal } from '../../../src/data/cells/shift-decimal';

const codes = (raw: string, opts?: { columnScale?: number }): string[] => parseValue(raw, opts).notes.map((n) => n.code);

describe('parseValue: plain numbers and separators', () => {
  it.each([
    ['1568', 1568], ['1,568', 1568], ['3,500', 3500], ['1,234,567.89', 1234567.89], ['0', 0], ['-0', 0],
    ['0.125', 0.125], ['.5', 0.5], ['12.50', 12.5], ["'1568", 1568], ['+12', 12], ['12.', 12],
  ])('%s → %d exact', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe('exact');
    expect(r.notes).toEqual([]);
  });

  it.each([
    ['３，５００', 3500, 'full-width'], ['１２３４', 1234, 'full-width'], ['１２.５', 12.5, 'full-width'],
    ['3 500', 3500, 'whitespace-in-number'], ['3\u00A0500', 3500, 'whitespace-in-number'],
    ['3\u200B500', 3500, 'whitespace-in-number'], ['15\uFEFF68', 1568, 'whitespace-in-number'],
  ])('%s → %d with info %s (case 14, 31)', (raw, value, code) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe('exact');
    expect(r.notes.map((n) => n.code)).toContain(code);
    expect(r.notes.every((n) => n.severity === 'info')).toBe(true);
  });

  it('U+3000 inside a number is full-width and whitespace', () => {
    expect(parseValue('3\u3000500').value).toBe(3500);
    expect(codes('3\u3000500')).toEqual(['full-width', 'whitespace-in-number']);
  });

  it('text with spaces that is no number is quoted as written, with no note about spaces removed from a number', () => {
    const r = parseValue('<img src=x onerror=alert(1)>');
    expect(r.qualifier).toBe('invalid');
    expect(r.notes.map((n) => [n.code, n.message])).toEqual([['not-a-number', '“<img src=x onerror=alert(1)>”不是数字，按无效值处理（不计为0）；请在源表改为数字。']]);
    expect(codes('暂 未 统 计 表')).toEqual(['not-a-number']);
  });

  it.each([
    ['1 568', 1568], ['12 345 678', 12345678], ['1 568.5', 1568.5], ['-1 568', -1568], ['3 500人', 3500],
  ])('%s: spaces between thousands groups (three digits after the first one to three) are joined, with the info', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe('exact');
    expect(r.notes.map((n) => [n.code, n.severity])).toEqual([['whitespace-in-number', 'info']]);
  });

  it.each(['8 3', '12 15', '35 0', '1 56', '1 5680', '1234 567', '12 345 67', '1 568 9', '1.5 6', '1 2万'])(
    '%s: digits split by a space that are not thousands groups are no number (invalid, the cell quoted), not joined', (raw) => {
      const r = parseValue(raw);
      expect(r.value).toBeNaN();
      expect(r.qualifier).toBe('invalid');
      expect(r.notes.map((n) => [n.code, n.severity])).toEqual([['not-a-number', 'warning']]);
      expect(r.notes[0]!.message).toContain(`“${raw}”`);
    });

  it('leading and trailing spaces are trimmed silently', () => {
    expect(parseValue('  1568 \t').value).toBe(1568);
    expect(codes('  1568 ')).toEqual([]);
  });

  it.each(['1,5', '12,34', '1,2345'])('%s has misplaced commas: invalid, not guessed (case 18)', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('invalid');
    expect(r.notes.map((n) => n.code)).toEqual(['ambiguous-separator']);
  });
});

describe('parseValue: qualifiers (case 24)', () => {
  it.each([
    ['3500余', 3500, 'gt', undefined], ['3500多', 3500, 'gt', undefined], ['3500餘', 3500, 'gt', undefined],
    ['超过1万', 10000, 'gt', undefined], ['超過1萬', 10000, 'gt', undefined], ['>100', 100, 'gt', undefined],
    ['90%以上', 90, 'gte', '%'], ['至少5', 5, 'gte', undefined], ['不少于20人', 20, 'gte', '人'], ['≥3', 3, 'gte', undefined],
    ['不足50', 50, 'lt', undefined], ['少于10', 10, 'lt', undefined], ['100以下', 100, 'lt', undefined],
    ['约1200', 1200, 'approx', undefined], ['1200左右', 1200, 'approx', undefined], ['约2万元', 20000, 'approx', '元'],
    ['近900', 900, 'approx_lt', undefined], ['近900元', 900, 'approx_lt', '元'], ['近5万元', 50000, 'approx_lt', '元'],
    ['将近30场', 30, 'approx_lt', '场'], ['近百', 100, 'approx_lt', undefined], ['近万人', 10000, 'approx_lt', '人'],
    ['100余名', 100, 'gt', '人'], ['2000余人次', 2000, 'gt', '人次'], ['600多名', 600, 'gt', '人'],
    ['6万余元', 60000, 'gt', '元'], ['50余萬元', 500000, 'gt', '元'], ['100余万元', 1000000, 'gt', '元'],
    ['1万3千余元', 13000, 'gt', '元'], ['十余', 10, 'gt', undefined],
  ])('%s → %d %s', (raw, value, qualifier, unit) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe(qualifier);
    expect(r.unit).toBe(unit);
    expect(r.notes.map((n) => n.code)).toContain('approximate-value');
  });

  it('达/达到 are stripped without a qualifier', () => {
    expect(parseValue('达3658人次')).toMatchObject({ value: 3658, qualifier: 'exact', unit: '人次' });
    expect(parseValue('达到100余万元')).toMatchObject({ value: 1000000, qualifier: 'gt', unit: '元' });
  });

  it('the approximate-value note is a warning naming the recorded number', () => {
    const n = parseValue('3500余').notes[0]!;
    expect(n.severity).toBe('warning');
    expect(n.message).toContain('3500');
    expect(n.messageEn).toContain('more than');
  });
});

describe('parseValue: magnitudes are decimal-safe (case 25)', () => {
  it.each([
    ['1.2万', 12000, undefined, 10000], ['3.5亿', 350000000, undefined, 1e8], ['1,200万元', 12000000, '元', 10000],
    ['12千', 12000, undefined, 1000], ['14.26万人', 142600, '人', 10000], ['0.07万', 700, undefined, 10000],
    ['1.1万', 11000, undefined, 10000], ['2.3万', 23000, undefined, 10000], ['4.35万', 43500, undefined, 10000],
    ['1.23456万', 12345.6, undefined, 10000], ['3百', 300, undefined, 100], ['1万亿', 1e12, undefined, 1e12],
  ])('%s → %d', (raw, value, unit, scale) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.unit).toBe(unit);
    expect(r.scale).toBe(scale);
    expect(r.notes.map((n) => n.code)).toContain('magnitude-scaled');
  });

  it('float multiply would drift where shiftDecimal does not', () => {
    expect(0.57 * 10000).not.toBe(5700);
    expect(shiftDecimal('0.57', 4)).toBe(5700);
    expect(parseValue('0.57万').value).toBe(5700);
    expect(parseValue('1.005万').value).toBe(10050);
    expect(shiftDecimal('4.35', 4)).toBe(43500);
    expect(shiftDecimal('0.000123', 2)).toBe(0.0123);
    expect(shiftDecimal('12', 0)).toBe(12);
  });

  it.each([
    ['1.2', 10000, 12000], ['1.1', 10000, 11000], ['3,500', 10000, 35000000], ['-0.5', 10000, -5000],
    ['0.3', 3, 0.9], ['—', 10000, NaN],
  ])('%s in a column scaled ×%d → %d', (raw, columnScale, value) => {
    const r = parseValue(raw, { columnScale });
    expect(r.value).toBe(value);
    if (!Number.isNaN(value)) expect(r.scale).toBe(columnScale);
  });

  it('a Chinese numeral with its own 万, 亿 or a closing 千/百 ignores the column scale as 6万 does (壹万 under 万元 was stored as 1亿)', () => {
    expect(parseValue('壹万', { columnScale: 10000 }).value).toBe(10000);
    expect(parseValue('十二万', { columnScale: 10000 }).value).toBe(120000);
    expect(parseValue('一万二千', { columnScale: 10000 }).value).toBe(12000);
    expect(parseValue('三千', { columnScale: 10000 }).value).toBe(3000);
    expect(parseValue('两百', { columnScale: 10000 }).value).toBe(200);
    expect(codes('三千', { columnScale: 10000 })).toEqual(['chinese-numeral', 'cell-unit-overrides-column']);
    // A numeral without a closing magnitude is a bare number in the column's unit: 十二万人 for 十二 under 万人.
    expect(parseValue('十二', { columnScale: 10000 }).value).toBe(120000);
    expect(parseValue('一百二十', { columnScale: 10000 }).value).toBe(1200000);
    expect(parseValue('两万', { columnScale: 1 }).value).toBe(20000);
  });

  it('a cell with its own magnitude or unit ignores the column scale', () => {
    expect(parseValue('6万', { columnScale: 10000 }).value).toBe(60000);
    expect(parseValue('500元', { columnScale: 10000 }).value).toBe(500);
    expect(codes('500元', { columnScale: 10000 })).toEqual(['cell-unit-overrides-column']);
    expect(codes('6万', { columnScale: 1000 })).toEqual(['magnitude-scaled', 'cell-unit-overrides-column']);
  });

  it('a cell whose magnitude is its header\'s (1.5万元 in a 万元 column, as a 0.0"万元" format shows it) gets no note', () => {
    expect(parseValue('1.5万元', { columnScale: 10000 })).toMatchObject({ value: 15000, scale: 10000, notes: [] });
    expect(parseValue('1.5万', { columnScale: 10000 }).notes).toEqual([]);
  });

  it('a range in a scaled column scales both bounds', () => {
    expect(parseValue('1.1-1.2', { columnScale: 10000 })).toMatchObject({ rangeLow: 11000, rangeHigh: 12000 });
  });
});

describe('parseValue: unit suffixes (case 36)', () => {
  it.each([
    ['3500人', 3500, '人', undefined], ['12户', 12, '户', undefined], ['12戶', 12, '户', undefined], ['35.6平方公里', 35.6, '平方公里', undefined],
    ['12.5万元', 125000, '元', undefined], ['189次', 189, '次', undefined], ['315个', 315, '个', undefined], ['315個', 315, '个', undefined],
    ['70场', 70, '场', undefined], ['100支', 100, '支', undefined], ['5笔', 5, '笔', undefined], ['24小时', 24, '小时', undefined],
    ['3位', 3, '人', '位'], ['10名', 10, '人', '名'], ['3658人次', 3658, '人次', undefined], ['6万平米', 60000, '平方米', '平米'],
    ['1,800元', 1800, '元', undefined], ['12场次', 12, '场次', undefined],
    // 个 as the measure word before a unit that is a noun (12个人, 3个小时), as people say them.
    ['12个人', 12, '人', '个人'], ['3个小时', 3, '小时', '个小时'],
    // A money sign before the number, as finance offices write amounts.
    ['¥1,234', 1234, '元', undefined], ['￥1,234.50', 1234.5, '元', undefined], ['人民币1234元', 1234, '元', undefined],
    ['RMB1234', 1234, '元', undefined], ['¥-12', -12, '元', undefined], ['-￥12', -12, '元', undefined],
  ])('%s → %d unit %s', (raw, value, unit, unitRaw) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe('exact');
    expect(r.unit).toBe(unit);
    expect(r.unitRaw).toBe(unitRaw);
  });
});

describe('parseValue: percentages and signs stay percent numbers (cases 29, 30)', () => {
  it.each([
    ['12.5%', 12.5], ['１２.５％', 12.5], ['100%', 100], ['-3.2%', -3.2], ['\u22123.2%', -3.2], ['－3.2%', -3.2],
    ['▼3.2%', -3.2], ['↓3.2%', -3.2], ['▲3.2%', 3.2], ['↑3.2%', 3.2], ['+3.2%', 3.2],
  ])('%s → %d %%', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.unit).toBe('%');
    expect(r.qualifier).toBe('exact');
    expect(r.notes.every((n) => n.severity === 'info')).toBe(true);
  });

  it('an arrow for a sign is said, up or down (a count written ▲12 may be a change, not the count)', () => {
    for (const [raw, value] of [['▲12', 12], ['↑12', 12], ['△12', 12], ['▼12', -12], ['↓12', -12], ['▽12', -12]] as const) {
      const r = parseValue(raw);
      expect(r.value).toBe(value);
      expect(r.notes.map((n) => [n.code, n.severity])).toEqual([['arrow-sign', 'info']]);
    }
    expect(parseValue('+12').notes).toEqual([]);
  });

  it('bare 0.125 and 12.5 are not converted (the pipeline judges mixed columns)', () => {
    expect(parseValue('0.125').value).toBe(0.125);
    expect(parseValue('0.125').unit).toBeUndefined();
  });

  it.each([['(3.2)', -3.2, undefined], ['(3.2%)', -3.2, '%'], ['（1,200）', -1200, undefined]])('%s → %d with a warning', (raw, value, unit) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.unit).toBe(unit);
    expect(r.notes.find((n) => n.code === 'accounting-negative')?.severity).toBe('warning');
  });

  it('arrows are explained in an info note', () => {
    expect(codes('▼3.2%')).toEqual(['arrow-sign']);
  });
});

describe('parseValue: missing, errors and ranges (cases 26, 27, 28)', () => {
  it.each(['—', '——', '--', '-', '/', '／', '无', '無', '暂无', '不详', 'N/A', 'n/a', 'NA', '#N/A', '–', '…', 'null', '（空）', '(无)', '【暂无】', '[-]', '（ 未填报 ）'])('%s → missing placeholder', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('missing');
    expect(r.missingReason).toBe('placeholder');
    expect(r.notes.map((n) => n.code)).toContain('missing-placeholder');
  });

  it.each(['(空]', '【无)', '(300)', '(0)'])('%s (brackets that do not pair, or a number in them) is no placeholder', (raw) => {
    expect(parseValue(raw).missingReason).not.toBe('placeholder');
  });

  it.each(['', '   ', '\u3000', '\u200B'])('%j → missing empty', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r).toMatchObject({ qualifier: 'missing', missingReason: 'empty' });
  });

  it.each(['xx', 'XX', '**'])('%s → missing masked', (raw) => {
    expect(parseValue(raw)).toMatchObject({ qualifier: 'missing', missingReason: 'masked' });
  });

  it.each(['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '####', '#########'])('%s → error with a warning', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('error');
    const n = r.notes.find((x) => x.code === 'spreadsheet-error')!;
    expect(n.severity).toBe('warning');
    // A formula's error says to fix the formula; #### (a column too narrow) to widen the column.
    expect(n.message).toContain(raw.startsWith('##') ? '加宽该列' : `“${raw}”是Excel错误值（源表的公式出错）`);
  });

  it.each([
    ['3000-4000', 3000, 4000, undefined], ['3000～4000', 3000, 4000, undefined], ['3000~4000', 3000, 4000, undefined],
    ['3000至4000', 3000, 4000, undefined], ['3000—4000', 3000, 4000, undefined], ['3000到4000人', 3000, 4000, '人'],
    ['3-4万', 30000, 40000, undefined], ['3万-4万', 30000, 40000, undefined], ['1,000-2,000', 1000, 2000, undefined],
    ['10%-20%', 10, 20, '%'],
  ])('%s → range %d..%d', (raw, low, high, unit) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r).toMatchObject({ qualifier: 'range', rangeLow: low, rangeHigh: high });
    expect(r.unit).toBe(unit);
    expect(r.notes.find((n) => n.code === 'value-range')?.severity).toBe('warning');
  });

  it.each(['4000-3000', '2024-03', '2024-03-01'])('%s is not a range', (raw) => {
    expect(parseValue(raw).qualifier).toBe('invalid');
  });
});

describe('parseValue: Chinese numerals, junk and IDs (cases 32, 33, 40)', () => {
  it.each([
    ['十二', 12], ['一千二百', 1200], ['两万', 20000], ['三百五十', 350], ['十', 10], ['二十', 20], ['一百零五', 105],
    ['两次', 2], ['七天', 7], ['一支', 1], ['壹仟贰佰', 1200], ['零', 0], ['一万二千', 12000], ['十万', 100000],
  ])('%s → %d with a warning', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe('exact');
    expect(r.notes.find((n) => n.code === 'chinese-numeral')?.severity).toBe('warning');
  });

  it.each([
    ['abc', 'not-a-number'], ['东湖', 'not-a-number'], ['见附件', 'not-a-number'], ['3500人口', 'not-a-number'],
    ['几千', 'vague-number'], ['数十', 'vague-number'], ['若干', 'vague-number'], ['=SUM(B2:B5)', 'not-a-number'],
    ['万万', 'not-a-number'], ['1.2.3', 'not-a-number'],
    // Dates where a number belongs: `3-5` or `3/5` typed, turned into a date by Excel (a sheet's date cell, or as a CSV shows it).
    ['2024-03-05', 'date-in-value'], ['2024/3/5', 'date-in-value'], ['2024.3.5', 'date-in-value'], ['3月5日', 'date-in-value'],
    ['2024年3月5日', 'date-in-value'], ['5-Mar', 'date-in-value'], ['Mar-05', 'date-in-value'],
  ])('%s → invalid (%s)', (raw, code) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('invalid');
    expect(r.notes.map((n) => n.code)).toEqual([code]);
    expect(r.notes[0]!.severity).toBe('warning');
  });

  it('scientific notation is flagged for the pipeline to judge', () => {
    const r = parseValue('1.23457E+17');
    expect(r.value).toBe(1.23457e17);
    expect(r.notes.find((n) => n.code === 'scientific-notation')?.severity).toBe('warning');
    expect(parseValue('1.5e3').value).toBe(1500);
  });

  it('a long digit string (an ID) warns about precision', () => {
    expect(codes('110101199003071234')).toContain('precision-loss');
    expect(codes('120112001001')).toEqual([]);
  });

  it.each([['35\u00006', 356], ['1568\u001A', 1568], ['12\u0007', 12]])('%j → %d with control-chars warning', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.notes.find((n) => n.code === 'control-chars')?.severity).toBe('warning');
  });

  it('every note has a Chinese and an English message', () => {
    for (const raw of ['#DIV/0!', '3500余', '3000-4000', '十二', 'abc', '1.2万', '—', '(3)', '1.23E+17', '１２']) {
      for (const n of parseValue(raw).notes) {
        expect(n.message).toMatch(/[\u4e00-\u9fff]/);
        expect(n.messageEn).toMatch(/[a-z]/i);
      }
    }
  });
});

describe('parseValue: properties', () => {
  const grouped = (n: number): string => n.toLocaleString('en-US');
  const fullWidth = (s: string): string => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('any integer written with separators, full-width digits or 余 parses back to itself', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('plain', 'grouped', 'wide', 'yu', 'unit'), (n, form) => {
      const text = form === 'plain' ? String(n) : form === 'grouped' ? grouped(n) : form === 'wide' ? fullWidth(grouped(n))
        : form === 'yu' ? `${Math.abs(n)}余` : `${grouped(n)}人`;
      const r = parseValue(text);
      expect(r.value).toBe(form === 'yu' ? Math.abs(n) : n);
      expect(r.qualifier).toBe(form === 'yu' ? 'gt' : 'exact');
    }));
  });

  it('k digits with d decimals × 万 equals the decimal-shifted integer exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
      const text = d === 0 ? String(n) : `${Math.floor(n / 10 ** d)}.${String(n % 10 ** d).padStart(d, '0')}`;
      expect(parseValue(`${text}万`).value).toBe(n * 10 ** (4 - d));
    }));
  });

  it('never throws and NaN always comes with a non-exact qualifier', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (s) => {
      const r = parseValue(s);
      if (Number.isNaN(r.value)) expect(r.qualifier).not.toBe('exact');
      else expect(['exact', 'gt', 'gte', 'lt', 'approx', 'approx_lt']).toContain(r.qualifier);
    }));
  });
});

describe('parseValue: a percent written in words (百分之十二, 百分之12)', () => {
  it.each([
    ['百分之十二', 12, 'exact', ['chinese-numeral']], ['百分之12', 12, 'exact', []], ['百分之12.5', 12.5, 'exact', []],
    ['百分之百', 100, 'exact', ['magnitude-scaled']], ['百分之八十五', 85, 'exact', ['chinese-numeral']],
    ['约百分之十二', 12, 'approx', ['chinese-numeral', 'approximate-value']], ['百分之九十以上', 90, 'gte', ['chinese-numeral', 'approximate-value']],
  ])('%s → %d%% (%s)', (raw, value, qualifier, codes) => {
    const r = parseValue(raw);
    expect(r).toMatchObject({ value, qualifier, unit: '%' });
    expect(r.notes.map((n) => n.code)).toEqual(codes);
  });

  it('the note on a numeral says the percent read', () => {
    expect(parseValue('百分之十二').notes[0]!.message).toBe('中文数字“百分之十二”识别为12%，请核对。');
  });

  it.each(['百分之', '百分之几', '百分之x'])('%s has no number: invalid', (raw) => {
    expect(parseValue(raw).value).toBeNaN();
  });
});
