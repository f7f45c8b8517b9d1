/**
 * A 合计 column beside the metrics is not imported but checked against the columns before it. One
 * with fewer than two columns before it to sum (`社区,合计,男,女`: the total first; `社区,合计,其中：女`;
 * one metric before it) is checked against nothing: its values are not imported and not checked,
 * and a warning at its column says so, never an info claiming it was checked.
 */
import { describe, expect, it } from 'vitest';
import { importText, observations } from './import-helpers';

const read = (text: string) => importText(text, '咸水沽镇2024年3月.csv');

describe('a 合计 column with nothing to check it against', () => {
  it.each([
    ['the total before its parts', '社区,合计,男,女\n祥福里社区,10,4,3\n红星里社区,20,9,4\n', [2]],
    ['totals before their 其中 parts', '社区,合计,其中：女,合计,其中：女\n祥福里社区,10,4,3,1\n红星里社区,20,9,4,2\n', [2, 4]],
    ['one metric before it', '社区,再就业人数,合计,下岗失业人员\n祥福里社区,10,4,3\n红星里社区,20,9,4\n', [3]],
  ])('%s: a warning at the column that its values are neither imported nor checked', (_n, text, columns) => {
    const r = read(text);
    const said = r.report.issues.filter((i) => i.code.startsWith('row-total-'));
    expect(said.map((i) => `${i.severity}|${i.code}|${i.column}`)).toEqual(columns.map((c) => `warning|row-total-unchecked|${c}`));
    expect(said[0]!.message).toContain('未导入，也未核对');
    expect(said.some((i) => i.message.includes('已与本行各列之和核对'))).toBe(false);
  });

  it('a 合计 after two metrics is still checked: a row that does not add up is named', () => {
    const r = read('社区,下岗失业人员,再就业人数,合计\n祥福里社区,10,3,13\n红星里社区,20,4,25\n');
    expect(r.report.issues.find((i) => i.code === 'row-total-column')!.severity).toBe('info');
    expect(r.report.issues.filter((i) => i.code === 'row-total-mismatch').map((i) => `${i.line}|${i.column}`)).toEqual(['3|4']);
    expect(observations(r.dataset)).toHaveLength(4);
  });
});

describe('a 合计 that is no sum of its columns is never said to be checked', () => {
  it('beside a rate (再就业率): said not checked, and no mismatch warned', () => {
    const r = importText('社区,期间,再就业人数,再就业率,合计\n祥福里社区,2024年3月,3,50%,53\n', 'a.csv');
    const said = r.report.issues.filter((i) => i.code.startsWith('row-total-'));
    expect(said.map((i) => `${i.severity}|${i.code}`)).toEqual(['info|row-total-column']);
    expect(said[0]!.message).toContain('未核对');
    expect(said[0]!.message).not.toContain('已与本行各列之和核对');
  });

  it('months of a stock (户数) across the top: its 一季度合计 is said not checked; of a flow, checked', () => {
    const stock = importText('2024年各社区户数统计表\n社区,1月,2月,3月,一季度合计\n祥福里社区,100,101,102,102\n', 'a.csv');
    const note = stock.report.issues.find((i) => i.code === 'period-columns')!.message;
    expect(note).toContain('未核对');
    expect(note).not.toContain('已与本行各期之和核对');
    expect(stock.report.issues.filter((i) => i.code === 'row-total-mismatch')).toEqual([]);
    const flow = importText('2024年各社区再就业人数统计表\n社区,1月,2月,3月,一季度合计\n祥福里社区,1,2,3,6\n', 'a.csv');
    expect(flow.report.issues.find((i) => i.code === 'period-columns')!.message).toContain('已与本行各期之和核对');
  });
});
