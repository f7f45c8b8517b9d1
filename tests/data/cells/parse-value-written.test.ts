import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../src/data/cells/parse-value';


describe('parseValue: the Chinese full stop 。 typed for a decimal point or after the number (an IME left in Chinese)', () => {
  it.each([['12。5', 12.5, 'ime-full-stop'], ['1。5万', 15000, 'ime-full-stop'], ['12。', 12, 'full-stop-after-number'], ['1,568。', 1568, 'full-stop-after-number']])('%s → %d (%s)', (raw, value, code) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.notes.map((n) => n.code)).toContain(code);
  });

  it('the decimal point read from 。 is a warning naming the number read', () => {
    const n = parseValue('12。5').notes.find((x) => x.code === 'ime-full-stop')!;
    expect(n.severity).toBe('warning');
    expect(n.message).toBe('“12。5”中的句号“。”按小数点读作12.5（中文输入法下输入的句号），请核对。');
  });

  it.each(['12。5。3', '。5', '见附件。'])('%s stays no number', (raw) => {
    expect(parseValue(raw).value).toBeNaN();
  });
});

describe('parseValue: spoken number words (issue 15, class 3)', () => {
  it.each([
    ['1万5', 15000], ['2千3', 2300], ['三千五', 3500], ['两万', 20000], ['一万五', 15000], ['一百五', 150],
    ['两千五', 2500], ['2万5', 25000], ['1万2', 12000], ['12万5', 125000], ['1万2500', 12500], ['2千300', 2300],
    ['1万零5', 10005], ['两千零三', 2003], ['一万零五百', 10500], ['1万5百', 10500], ['十五', 15], ['二十五', 25],
    ['1亿5', 150000000], ['三万五千', 35000],
  ])('%s → %d', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe('exact');
  });

  it.each([['3万余', 30000], ['1万5千余', 15000], ['3千余', 3000]])('%s → %d more than', (raw, value) => {
    expect(parseValue(raw)).toMatchObject({ value, qualifier: 'gt' });
  });

  it.each([['一二〇〇', 1200], ['一〇五', 105], ['三〇', 30], ['二零二四', 2024]])('%s, digit by digit as years are written, → %d (once 0: each digit overwrote the one before)', (raw, value) => {
    const r = parseValue(raw);
    expect(r.value).toBe(value);
    expect(r.notes.map((n) => n.code)).toEqual(['chinese-numeral']);
  });

  it.each(['三五', '一二十', '五六百', '二三万'])('%s (two digits side by side in a numeral with places: 三五 is "three or five") is invalid with a warning, never its last digit', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('invalid');
  });

  it.each(['1万25', '1万250', '万5', '1万万', '2千30'])('%s is ambiguous or malformed: invalid with a warning', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.notes.some((n) => n.severity === 'warning')).toBe(true);
  });
});

describe('parseValue: values that cannot be read as written (issue 15, classes 2 and 3)', () => {
  it.each(['--3', '+-3', '−-3', '-+3', '▼-3'])('%s has two signs: invalid with a warning', (raw) => {
    const r = parseValue(raw);
    expect(r.qualifier).toBe('invalid');
    expect(r.notes.map((n) => n.code)).toEqual(['sign-repeated']);
  });

  it.each([['1e400', 'number-overflow'], ['-1e400', 'number-overflow'], ['9'.repeat(190), 'precision-loss'], ['9'.repeat(400), 'cell-too-long']])(
    '%s is never a number to rank (%s)', (raw, code) => {
      const r = parseValue(raw);
      expect(r.qualifier).toBe(code === 'precision-loss' ? 'exact' : 'invalid');
      if (code === 'precision-loss') expect(Number.isFinite(r.value)).toBe(true);
      expect(r.notes.find((n) => n.code === code)?.severity).toBe('warning');
    });

  it('a 1 MB cell of digits (or numerals) is rejected in milliseconds', () => {
    for (const c of ['9', '一', '1,000', '1e']) {
      const cell = c.repeat(Math.ceil(1_000_000 / c.length));
      // The fastest of three (a scan of the whole cell, or a regex gone quadratic, takes that long every time;
      // a busy test worker beside this one only sometimes): the first call also pays the JIT.
      let fastest = Infinity;
      let r = parseValue('');
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        r = parseValue(cell);
        fastest = Math.min(fastest, performance.now() - t0);
      }
      expect(fastest).toBeLessThan(50);
      expect(r.qualifier).toBe('invalid');
      expect(r.notes.map((n) => n.code)).toEqual(['cell-too-long']);
    }
  });

  it('a 200-character cell just under the limit is still parsed linearly', () => {
    const t0 = performance.now();
    parseValue('9'.repeat(199) + 'x');
    parseValue('1'.repeat(100) + 'e');
    // Quadratic patterns took seconds here; linear ones take well under a millisecond (slack for a busy machine).
    expect(performance.now() - t0).toBeLessThan(250);
  });

  it.each([['2.000', 2, 2000], ['15.000人', 15, 15000], ['3.500', 3.5, 3500], ['12.500', 12.5, 12500]])(
    '%s looks like a European thousands dot: kept as %d with a warning naming %d', (raw, value, other) => {
      const r = parseValue(raw);
      expect(r.value).toBe(value);
      const n = r.notes.find((x) => x.code === 'dot-thousands-ambiguous')!;
      expect(n.severity).toBe('warning');
      expect(n.message).toContain(String(other));
    });

  it.each(['0.125', '1200.500', '12.5', '2.000%', '2.000万'])('%s is no thousands-dot suspect', (raw) => {
    expect(parseValue(raw).notes.map((n) => n.code)).not.toContain('dot-thousands-ambiguous');
  });

  it('1.500 in a 万元 column is 1.5万, no thousands-dot suspect', () => {
    const r = parseValue('1.500', { columnScale: 10000 });
    expect(r.value).toBe(15000);
    expect(r.notes.map((n) => n.code)).not.toContain('dot-thousands-ambiguous');
  });
});

describe('parseValue: how a tired clerk writes "more than" and "not counted"', () => {
  it.each([['12+', 12], ['12＋', 12], ['3,500+', 3500]])('%s → more than %d, as 12余', (raw, value) => {
    const r = parseValue(raw);
    expect([r.value, r.qualifier]).toEqual([value, 'gt']);
  });
  it.each(['未统计', '未填', '未填报', '未上报', '待统计', '无数据', '暂缺'])('%s is missing (never 0)', (raw) => {
    const r = parseValue(raw);
    expect([r.value, r.qualifier]).toEqual([NaN, 'missing']);
    expect(r.notes.map((n) => n.code)).toEqual(['missing-placeholder']);
  });
});

describe('parseValue: a number with a note in brackets (seed 002: 188人(其中挂口挂户59人))', () => {
  it.each([
    ['188人(其中挂口挂户59人)', 188, 'exact', '其中挂口挂户59人'], ['188人（其中挂口挂户59人）', 188, 'exact', '其中挂口挂户59人'],
    ['12（含3名）', 12, 'exact', '含3名'], ['3500余(含流动人口)', 3500, 'gt', '含流动人口'],
    ['12（暂估）', 12, 'approx', '暂估'], ['12(约)', 12, 'approx', '约'],
  ])('%s → %d (%s), the note named in a warning', (raw, value, qualifier, noteText) => {
    const r = parseValue(raw);
    expect([r.value, r.qualifier]).toEqual([value, qualifier]);
    const w = r.notes.find((n) => n.code === 'value-with-note')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain(`“${noteText}”`);
  });
  it('full-width brackets, as Chinese is typed: one note, quoting the cell as written, not its half-width copy', () => {
    const r = parseValue('120（含外来）');
    expect(r.value).toBe(120);
    expect(r.notes.map((n) => n.code)).toEqual(['value-with-note']);
    expect(r.notes[0]!.message).toBe('“120（含外来）”按120记录；括号中的说明“含外来”未导入，原文已保留。');
  });
  it('a unit in brackets is a unit: 12(人) → 12 人, no warning', () => {
    const r = parseValue('12(人)');
    expect([r.value, r.qualifier, r.unit]).toEqual([12, 'exact', '人']);
    expect(r.notes.filter((n) => n.severity !== 'info')).toEqual([]);
  });
  it('brackets around the whole number stay the accounting negative; text alone in brackets stays invalid', () => {
    expect(parseValue('(12)').value).toBe(-12);
    expect(parseValue('(其中59人)').qualifier).toBe('invalid');
  });
});

describe('parseValue: a full stop after a number with a word or unit (12人。, 12%。, 1.5万。): the sentence\'s end, as after 12。', () => {
  it.each([
    ['12%。', 12, 'exact', '%'], ['12.5%。', 12.5, 'exact', '%'], ['12人。', 12, 'exact', '人'], ['800元。', 800, 'exact', '元'],
    ['12余。', 12, 'gt', undefined], ['1.5万。', 15000, 'exact', undefined], ['十二。', 12, 'exact', undefined], ['12左右。', 12, 'approx', undefined],
  ])('%s → %d (%s), the full stop said in an info', (raw, value, qualifier, unit) => {
    const r = parseValue(raw);
    expect(r).toMatchObject({ value, qualifier });
    expect(r.unit).toBe(unit);
    expect(r.notes.find((n) => n.code === 'full-stop-after-number')).toMatchObject({ severity: 'info', message: `“${raw}”末尾的句号已忽略。` });
  });

  it.each(['见附件。', '待定。', '12、。'])('%s stays no number, without a note that a full stop was ignored', (raw) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.notes.map((n) => n.code)).not.toContain('full-stop-after-number');
  });
});

describe('parseValue: "not applicable" as a form says it (不涉及, 不适用, 无此项)', () => {
  it.each(['不涉及', '不适用', '无此项', '（不涉及）'])('%s is missing (a placeholder, not 0), not an invalid number', (raw) => {
    const r = parseValue(raw);
    expect(r).toMatchObject({ qualifier: 'missing', missingReason: 'placeholder' });
    expect(r.notes.map((n) => n.code)).toContain('missing-placeholder');
  });
});

describe('parseValue: a sum typed into a cell (12+3, =12+3 kept as text): never its result, said to be a sum', () => {
  it.each([['12+3', 15], ['=12+3', 15], ['10+5+3', 18], ['1.5+2.25', 3.75], ['１２＋３', 15]])('%s is invalid, the message naming the sum %d', (raw, total) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('invalid');
    const n = r.notes.find((x) => x.code === 'not-a-number')!;
    expect(n.severity).toBe('warning');
    expect(n.message).toContain('加法算式');
    expect(n.message).toContain(`填写${total}`);
  });

  it('the message in full', () => {
    expect(parseValue('12+3').notes.map((n) => n.message)).toEqual(['“12+3”是加法算式，不是数字，按无效值处理（不计为0）；如应为其和15，请在源表填写15后重新导入。']);
  });
});

describe('parseValue: European thousands dots (1.568.000, 1.568,50): never a number guessed, the message says which it may be', () => {
  it.each([['1.568.000', '1568000'], ['12.345.678', '12345678'], ['1.568,50', '1568.50'], ['1.568,5', '1568.5']])('%s is invalid; the warning names %s', (raw, read) => {
    const r = parseValue(raw);
    expect(r.value).toBeNaN();
    expect(r.qualifier).toBe('invalid');
    expect(r.notes.map((n) => n.code)).toEqual(['ambiguous-separator']);
    expect(r.notes[0]!.message).toContain('欧洲写法');
    expect(r.notes[0]!.message).toContain(`“${read}”`);
  });
});

describe('parseValue: 整 after 元, as an amount is written on a receipt (800元整)', () => {
  it.each([['800元整', 800, 'exact'], ['1.5万元整', 15000, 'exact'], ['约800元整', 800, 'approx'], ['￥800元整', 800, 'exact']])('%s → %d 元 (%s)', (raw, value, qualifier) => {
    expect(parseValue(raw)).toMatchObject({ value, qualifier, unit: '元' });
  });

  it.each(['整', '800整', '元整'])('%s (no amount in 元 before it) stays no number', (raw) => {
    expect(parseValue(raw).value).toBeNaN();
  });
});
