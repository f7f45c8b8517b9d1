import { describe, expect, it } from 'vitest';
import { odsTableViews } from '../../../src/data/rows/ods-view';

describe('odsTableViews (an .ods content.xml)', () => {
  it('counts repeated rows and columns, and tells filtered rows from hidden ones', () => {
    const xml = '<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
      + '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>'
      + '<table:table table:name="3月" table:style-name="ta1"><table:table-column table:number-columns-repeated="2"/><table:table-column table:visibility="collapse"/>'
      + '<table:table-header-rows><table:table-row><table:table-cell/></table:table-row></table:table-header-rows>'
      + '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
      + '<table:table-row table:visibility="filter" table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
      + '<table:table-row table:visibility="collapse"><table:table-cell/></table:table-row>'
      + '<table:table-row table:visibility="collapse" table:number-rows-repeated="1048570"><table:table-cell/></table:table-row></table:table>'
      + '<table:table table:name="草稿" table:style-name="ta2"><table:table-row><table:table-cell/></table:table-row></table:table>';
    expect(odsTableViews(xml)).toEqual([
      { hidden: false, columns: [2], rows: [{ from: 3, to: 5, filtered: true }, { from: 5, to: 6, filtered: false }, { from: 6, to: 1048576, filtered: false }] },
      { hidden: true, columns: [], rows: [] },
    ]);
  });

  it('a table style written without properties (<style:style …/>) is not taken for the hidden one after it', () => {
    const xml = '<style:style style:name="ta1" style:family="table"/>'
      + '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
      + '<table:table table:name="3月" table:style-name="ta1"><table:table-row><table:table-cell/></table:table-row></table:table>'
      + '<table:table table:name="草稿" table:style-name="ta2"><table:table-row><table:table-cell/></table:table-row></table:table>';
    expect(odsTableViews(xml).map((v) => v.hidden)).toEqual([false, true]);
  });
});
