import { describe, expect, it } from 'vitest';
import { readCode } from '../../../src/data/records/read-cells';
import { IssueSink } from '../../../src/data/report/issue-sink';

const at = { file: 'f.csv', line: 3, column: 1, columnName: '区划代码' };

function read(text: string): { code: string | null; issues: [string, string, number, number][]; message: string } {
  const sink = new IssueSink();
  const code = readCode(text, at, sink);
  return { code, issues: sink.issues.map((i) => [i.severity, i.code, i.line, i.column]), message: sink.issues[0]?.message ?? '' };
}

describe('readCode', () => {
  it('takes 12 digits as they are, silently; an empty cell is no code', () => {
    expect(read('120112100001')).toEqual({ code: '120112100001', issues: [], message: '' });
    expect(read('')).toEqual({ code: '', issues: [], message: '' });
  });

  it('takes full-width digits as the code they show, silently', () => {
    expect(read('１２０１１２１００００３')).toEqual({ code: '120112100003', issues: [], message: '' });
    // Invisible characters (a zero-width space, a BOM) are no part of it either.
    expect(read('120112100003\u200B')).toEqual({ code: '120112100003', issues: [], message: '' });
    expect(read('\uFEFF120112100003')).toEqual({ code: '120112100003', issues: [], message: '' });
  });

  it.each([
    ["'120112100001", '120112100001'],
    ['＇120112100001', '120112100001'],
    ['120112100004.0', '120112100004'],
    ['120112100004.00', '120112100004'],
    ["'１２０１１２１００００３", '120112100003'],
  ])('reads %s (Excel\'s text prefix, or a code stored as a number) as %s, with an info naming the cell', (text, code) => {
    const r = read(text);
    expect(r.code).toBe(code);
    expect(r.issues).toEqual([['info', 'code-normalised', 3, 1]]);
    expect(r.message).toContain('第3行第1列（区划代码）');
    expect(r.message).toContain(code);
  });

  it.each([
    ['1201 0100 1001', '120101001001'], ['120101-001-002', '120101001002'], ['120101 001 002', '120101001002'],
  ])('reads %s (digits grouped by spaces or dashes) as %s, with an info naming the cell', (text, code) => {
    const r = read(text);
    expect(r.code).toBe(code);
    expect(r.issues).toEqual([['info', 'code-normalised', 3, 1]]);
    expect(r.message).toContain(code);
  });

  it.each(['1201121000', '120112100004.5', '1201121000041', '12011210000a', "''120112100001", '1201 0100 10011', '120101--001002', '2024-03-01'])('refuses %s (not 12 digits): warning, the name is used', (text) => {
    expect(read(text)).toMatchObject({ code: '', issues: [['warning', 'code-invalid', 3, 1]] });
  });

  it('a 15-digit code ending in 000 is not guessed at, but the warning says which 12 digits it would be', () => {
    const r = read('120112100001000');
    expect(r).toMatchObject({ code: '', issues: [['warning', 'code-invalid', 3, 1]] });
    expect(r.message).toContain('如是12位代码后多了“000”，请去掉末尾的000（即120112100001）后重新导入');
    expect(read('1201121000041').message).not.toContain('去掉末尾');
  });

  it('a 15-digit code ending in a 城乡分类代码 (111 … 220) is not guessed at, but the warning says which 12 digits it would be', () => {
    for (const [text, cls] of [['120111100005111', '111'], ['120111100203220', '220'], ['120111100203210', '210']]) {
      const r = read(text!);
      expect(r).toMatchObject({ code: '', issues: [['warning', 'code-invalid', 3, 1]] });
      expect(r.message).toContain(`如是12位代码后接了3位城乡分类代码“${cls!}”，请只保留前12位（即${text!.slice(0, 12)}）后重新导入`);
    }
    expect(read('120111100203001').message).not.toContain('城乡分类代码');
  });

  it.each(['120111000000', '120111100000', "'120111100000", '120111000000.0'])('refuses %s (ends in 000: a street\'s or district\'s code, or Excel\'s 1.20111E+11 cut short): warning, the name is used', (text) => {
    const r = read(text);
    expect(r).toMatchObject({ code: '', issues: [['warning', 'code-not-unit', 3, 1]] });
    expect(r.message).toContain('第3行第1列（区划代码）');
    expect(r.message).toContain('末三位是000，不是社区（村）的代码');
    expect(r.message).toContain('按名称识别单位');
  });

  it('still blocks scientific notation: the digits are lost', () => {
    expect(read('1.20112E+11')).toMatchObject({ code: null, issues: [['error', 'code-scientific', 3, 1]] });
  });
});
