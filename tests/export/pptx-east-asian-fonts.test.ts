import { describe, expect, it } from 'vitest';
import { patchChartXml, patchThemeXml } from '../../src/export/pptx-east-asian-fonts';

describe('patchChartXml', () => {
  it.each([
    ['adds ea and cs after latin', '<a:defRPr><a:latin typeface="Microsoft YaHei"/></a:defRPr>', '<a:defRPr><a:latin typeface="Microsoft YaHei"/><a:ea typeface="Microsoft YaHei"/><a:cs typeface="Microsoft YaHei"/></a:defRPr>'],
    ['leaves an existing ea alone', '<a:latin typeface="X"/><a:ea typeface="Y"/>', '<a:latin typeface="X"/><a:ea typeface="Y"/>'],
    ['forces gap', '<c:dispBlanksAs val="span"/>', '<c:dispBlanksAs val="gap"/>'],
    ['drops empty points', '<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>0</c:v></c:pt>', '<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>0</c:v></c:pt>'],
  ])('%s', (_name, input, expected) => {
    expect(patchChartXml(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = patchChartXml('<a:latin typeface="A"/><c:dispBlanksAs val="span"/>');
    expect(patchChartXml(once)).toBe(once);
  });
});

describe('patchThemeXml', () => {
  it('fills empty ea slots only', () => {
    expect(patchThemeXml('<a:latin typeface="Calibri"/><a:ea typeface=""/><a:ea typeface="SimSun"/>'))
      .toBe('<a:latin typeface="Calibri"/><a:ea typeface="Microsoft YaHei"/><a:ea typeface="SimSun"/>');
  });
});
