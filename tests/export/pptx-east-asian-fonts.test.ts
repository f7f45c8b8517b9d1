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

  it('writes the title of a vertical axis upright and stacked, and leaves a horizontal axis\'s title as it is', () => {
    const axis = (tag: string, pos: string) => `<c:${tag}><c:axId val="1"/><c:axPos val="${pos}"/><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>个</a:t></a:r></a:p></c:rich></c:tx></c:title><c:numFmt formatCode="General"/></c:${tag}>`;
    const upright = (x: string) => x.replace('<a:bodyPr/>', '<a:bodyPr rot="0" vert="wordArtVert"/>');
    expect(patchChartXml(axis('valAx', 'l'))).toBe(upright(axis('valAx', 'l')));
    expect(patchChartXml(axis('catAx', 'r'))).toBe(upright(axis('catAx', 'r')));
    expect(patchChartXml(axis('valAx', 'b'))).toBe(axis('valAx', 'b'));
    // A scatter chart's two value axes: only the one at the left.
    expect(patchChartXml(axis('valAx', 'b') + axis('valAx', 'l'))).toBe(axis('valAx', 'b') + upright(axis('valAx', 'l')));
    expect(patchChartXml(patchChartXml(axis('valAx', 'l')))).toBe(upright(axis('valAx', 'l')));
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
