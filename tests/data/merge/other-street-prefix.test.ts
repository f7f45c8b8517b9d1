/**
 * A unit written with another street's name in front (`中北镇东姜井村` in 杨柳青镇's file): read under
 * the file's (or the street column's) street, a village of 中北镇 filed under 杨柳青镇 without a word.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../pipeline/import-helpers';

const warned = (text: string, name: string) => importText(text, name).report.issues
  .filter((i) => i.code === 'unit-other-street-prefix').map((i) => [i.severity, i.line, i.message]);

describe('a unit named with another street\'s name in front', () => {
  it('in a file of one street: warned, naming both streets', () => {
    expect(warned('村,再就业人数\n柳口村,5\n中北镇东姜井村,12\n', '杨柳青镇2024年3月.csv')).toEqual([['warning', 3,
      '第3行“中北镇东姜井村”的名称以另一个街道（镇）“中北镇”开头，而本表的街道是“杨柳青镇”：已按杨柳青镇的单位导入。如它是中北镇的，请把它移到中北镇的表中（或改正街道）后重新导入；如名称本就如此，可不处理']]);
  });

  it('beside a street column naming another street', () => {
    expect(warned('街道,社区,再就业人数\n杨柳青镇,中北镇东姜井村,12\n杨柳青镇,柳口村,5\n', '2024年3月.csv').map((w) => w[1])).toEqual([2]);
  });

  it('its own street\'s name in front (葛沽镇冶金工业园社区 of 葛沽镇), 莱茵小镇社区, a street row: nothing said', () => {
    expect(warned('社区,再就业人数\n葛沽镇冶金工业园社区,12\n莱茵小镇社区,3\n', '葛沽镇2024年3月.csv')).toEqual([]);
    expect(warned('社区,再就业人数\n葛 沽镇冶金工业园社区,12\n', '葛沽镇2024年3月.csv')).toEqual([]);
    expect(warned('社区,再就业人数\n中北镇东姜井村,12\n', '2024年3月.csv')).toEqual([]);
  });

  it('a district in front of a name that holds 镇 itself (武清区牛镇新苑社区 of 高村镇, 滨海新区晓镇家园社区 of 新北街道): nothing said', () => {
    expect(warned('街道,社区,常住人口\n高村镇,武清区牛镇新苑社区,1600\n新北街道,滨海新区晓镇家园社区,1500\n', '2024年3月.csv')).toEqual([]);
    expect(warned('社区,常住人口\n西青区杨柳青镇柳口村,1600\n', '中北镇2024年3月.csv').map((w) => w[1])).toEqual([2]);
  });

  it('its own street with the district in front (西青区中北镇侯台社区 beside 中北镇): nothing said, the name matched as 侯台社区', () => {
    const text = '街道,社区,常住人口\n中北镇,西青区中北镇侯台社区,1600\n中北镇,西青中北镇溪秀苑社区,1500\n';
    expect(warned(text, '2024年3月.csv')).toEqual([]);
    expect(warned('社区,常住人口\n西青区中北镇侯台社区,1600\n', '中北镇2024年3月.csv')).toEqual([]);
    // Another street with the district in front is still another street.
    expect(warned('街道,社区,常住人口\n杨柳青镇,西青区中北镇东姜井村,12\n', '2024年3月.csv').map((w) => w[1])).toEqual([2]);
  });
});
