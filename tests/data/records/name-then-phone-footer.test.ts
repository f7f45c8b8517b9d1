/**
 * Who to call written under the table on two lines: the person's name alone on one, the phone on the
 * next (`王丽` / `13812345678`). Both lines are footers, as `王丽 | 13812345678` on one row is
 * (row-label whoToCall); a community's row with no data, whose name ends as a unit's, stays a unit.
 */
import { describe, expect, it } from 'vitest';
import { importText, linesInMessage, observations } from '../pipeline/import-helpers';

const TABLE = '2024年3月\n社区,再就业人数,常住人口\n花园路社区,30,5000\n幸福里社区,20,4000\n';
const units = (r: ReturnType<typeof importText>): string[] => [...new Set(observations(r.dataset).map((o) => o.unit))].sort();

describe('a name alone on its line with the phone alone on the next, under the table', () => {
  it.each([['王丽\n13812345678\n'], ['王丽,,\n13812345678,,\n'], ['王丽（主任）\n,13812345678\n'], ['王丽\n联系电话：13812345678\n'], ['王丽\n022-23456789\n']])('%j: both footers, no community 王丽', (tail) => {
    const r = importText(TABLE + tail, 'a.csv');
    expect(units(r)).toEqual(['幸福里社区', '花园路社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual([5, 6]);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });

  it.each([['王丽\n\n13812345678\n', [5, 7]], ['王丽,,\n,,\n13812345678,,\n', [5, 7]], ['王丽\n \n\n联系电话：13812345678\n', [5, 8]]])('%j: blank lines between name and phone, both still footers', (tail, lines) => {
    const r = importText(TABLE + tail, 'a.csv');
    expect(units(r)).toEqual(['幸福里社区', '花园路社区']);
    const footer = r.report.issues.find((i) => i.code === 'footer-rows')!;
    expect([...linesInMessage(footer.message)].sort((a, b) => a - b)).toEqual(lines);
    expect(r.report.issues.some((i) => i.code === 'blank-rows')).toBe(true);
    expect(r.report.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });

  it('a name alone, a blank line, then a community: the name is read as before', () => {
    const r = importText(`${TABLE}王丽,,\n,,\n东湖社区,10,300\n`, 'a.csv');
    expect(units(r)).toEqual(['东湖社区', '幸福里社区', '王丽', '花园路社区']);
  });

  it('under a 序号 column, the name\'s row numbered (3 | 王丽): both footers', () => {
    const r = importText('2024年3月\n序号,社区,再就业人数,常住人口\n1,花园路社区,30,5000\n2,幸福里社区,20,4000\n3,王丽,,\n,13812345678,,\n', 'a.csv');
    expect(units(r)).toEqual(['幸福里社区', '花园路社区']);
  });

  it('a community with no data above a phone line stays a community', () => {
    const r = importText(`${TABLE}东湖社区,,\n13812345678\n`, 'a.csv');
    expect(units(r)).toEqual(['东湖社区', '幸福里社区', '花园路社区']);
  });

  it('a name alone with no phone after it is read as before', () => {
    const r = importText(`${TABLE}王丽,,\n`, 'a.csv');
    expect(units(r)).toEqual(['幸福里社区', '王丽', '花园路社区']);
  });
});
