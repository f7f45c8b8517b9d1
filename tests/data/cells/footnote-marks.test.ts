/**
 * Marks beside a name, a period or a number (vocabulary/footnote-marks.ts). Before: `12①` was stored
 * as 121 and `12¹` as 121 with no word said (NFKC makes numbered marks digits); `12*` was no number;
 * `*社区名称` (a template's required-field star) blocked the file; `再就业人数①` became a custom
 * metric 再就业人数1, apart from every other file's 再就业人数.
 */
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../src/data/cells/parse-value';
import { parsePeriodLabel } from '../../../src/data/cells/parse-period-label';
import { formatPeriodKey } from '../../../src/data/vocabulary/period';
import { headerWithoutMarks, withoutFootnoteMark } from '../../../src/data/vocabulary/footnote-marks';
import { importText, observations } from '../pipeline/import-helpers';

describe('a number with a footnote mark after it', () => {
  it.each([
    ['12①', 12, '①'], ['35②', 35, '②'], ['12⑴', 12, '⑴'], ['12¹', 12, '¹'], ['12²', 12, '²'], ['12⒈', 12, '⒈'],
    ['12*', 12, '*'], ['12**', 12, '**'], ['12※', 12, '※'], ['12 ①', 12, '①'], ['12（注1）', 12, '（注1）'], ['1,568①', 1568, '①'],
    ['12.5*', 12.5, '*'], ['12人①', 12, '①'], ['12[1]', 12, '[1]'], ['12［注］', 12, '［注］'],
  ])('%s → %d, the mark %s named in a warning', (raw, value, mark) => {
    const v = parseValue(raw);
    expect(v.value).toBe(value);
    expect(v.qualifier).toBe('exact');
    expect(v.notes.find((n) => n.code === 'value-footnote')).toMatchObject({ severity: 'warning' });
    expect(v.notes.find((n) => n.code === 'value-footnote')!.message).toContain(`“${mark}”是注释标记`);
  });

  it('an approximate number keeps its qualifier', () => {
    expect(parseValue('3500余*')).toMatchObject({ value: 3500, qualifier: 'gt' });
  });

  it('a numbered mark before or inside a number is no digit: invalid, never 112', () => {
    for (const raw of ['①12', '1②3']) expect(parseValue(raw)).toMatchObject({ qualifier: 'invalid' });
    expect(parseValue('①12').value).toBeNaN();
  });

  it('a masked number, a column too narrow, an error value stay what they were', () => {
    expect(parseValue('***').qualifier).toBe('missing');
    expect(parseValue('1****').qualifier).toBe('invalid');
    expect(parseValue('####').qualifier).toBe('error');
    expect(parseValue('#N/A').qualifier).toBe('missing');
    expect(parseValue('12').notes).toEqual([]);
  });
});

describe('a period with a footnote mark after it', () => {
  it.each([['2024年4月*', '2024-04'], ['2024年4月①', '2024-04'], ['2024年第一季度¹', '2024-Q1'], ['2024年3月（注1）', '2024-03']])('%s → %s', (text, key) => {
    const p = parsePeriodLabel(text);
    expect(p && formatPeriodKey(p.period)).toBe(key);
    expect(p!.notes.map((n) => n.code)).toContain('period-remark');
  });
});

describe('header names', () => {
  it('a star before, a mark after, both, or neither', () => {
    expect(headerWithoutMarks('*社区名称')).toEqual({ text: '社区名称', star: '*', footnote: '' });
    expect(headerWithoutMarks('＊再就业人数①')).toEqual({ text: '再就业人数', star: '＊', footnote: '①' });
    expect(headerWithoutMarks('再就业人数（注1）')).toEqual({ text: '再就业人数', star: '', footnote: '（注1）' });
    expect(headerWithoutMarks('再就业人数')).toBeNull();
    expect(headerWithoutMarks('重点关注')).toBeNull();
    expect(headerWithoutMarks('*')).toBeNull();
    expect(withoutFootnoteMark('#')).toBeNull();
  });

  it('a template\'s required-field stars: the file imports, the stars named once', () => {
    const r = importText('*社区名称,*期间,*再就业人数\n祥福里社区,2024年3月,12\n红星里社区,2024年3月,8\n', 'a.csv');
    expect(r.report.status).toBe('ok');
    expect(observations(r.dataset).map((o) => `${o.unit}|${o.period}|${o.metric}|${o.value}`))
      .toEqual(['祥福里社区|2024-03|reemployed|12', '红星里社区|2024-03|reemployed|8'].sort((a, b) => a.localeCompare(b)));
    expect(r.report.issues.filter((i) => i.code === 'header-marks').map((i) => i.message)).toEqual([
      '第1行表头的标记已去掉后识别列名：“*社区名称”→“社区名称”、“*期间”→“期间”、“*再就业人数”→“再就业人数”（名称前的“*”是必填标记）']);
  });

  it('a footnote mark after a catalogue metric: the catalogue metric, as in a file without it', () => {
    for (const header of ['再就业人数①', '再就业人数¹', '再就业人数*', '再就业人数※', '再就业人数（注1）', '再就业人数注①']) {
      const r = importText(`社区,期间,${header}\n祥福里社区,2024年3月,12\n`, 'a.csv');
      expect(observations(r.dataset).map((o) => o.metric)).toEqual(['reemployed']);
      expect(r.report.issues.find((i) => i.code === 'header-marks')?.message).toContain('是注释标记（注释在表下，未导入）');
    }
  });

  it('a footnote mark after a long file\'s 指标 cell: the catalogue metric', () => {
    const r = importText('社区,期间,指标,数值\n祥福里社区,2024年3月,再就业人数①,12\n红星里社区,2024年3月,再就业人数,8\n', 'a.csv');
    expect(new Set(observations(r.dataset).map((o) => o.metric))).toEqual(new Set(['reemployed']));
  });
});

describe('community names', () => {
  it('滨西社区① is 滨西社区, never a unit 滨西社区1', () => {
    const r = importText('街道,社区,期间,再就业人数\n劝业场街道,花园路社区*,2024年3月,12\n劝业场街道,滨西社区①,2024年3月,8\n劝业场街道,滨西社区,2024年4月,5\n', 'a.csv');
    expect(new Set(observations(r.dataset).map((o) => o.unit))).toEqual(new Set(['花园路社区', '滨西社区']));
  });
});
