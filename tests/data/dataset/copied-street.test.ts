/**
 * One street's table sent again as another's (咸水沽镇's 2月 data in 双港镇2024年2月.csv, no street
 * column): its communities are read under 双港镇, twins of 咸水沽镇's with the very same numbers, so
 * every sum counts them twice. Real twins (two streets' 新村) hardly share every number: a warning.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/data/pipeline/import-files';
import { utf8 } from '../pipeline/import-helpers';

const file = (name: string, text: string) => ({ name, bytes: utf8(text) });
const xsg = file('咸水沽镇2024年2月.csv', '社区,常住人口,户数\n红星里社区,5000,1800\n祥福里社区,6000,2100\n');
const said = (r: ReturnType<typeof importFiles>) => r.report.issues.filter((i) => i.code === 'street-copied-file').map((i) => [i.severity, i.file, i.line, i.message]);
const message = '本文件的红星里社区、祥福里社区（双港镇）与咸水沽镇2024年2月.csv中咸水沽镇的同名社区在2024年2月的数值完全相同，很可能是把咸水沽镇的表当作双港镇的发来了；已按双港镇的社区导入，同一份数据算了两次。请核对后删去发错的文件，重新导入';

describe('one street’s table sent as another’s', () => {
  it('added onto saved data: a warning names the communities, both streets and the saved file', () => {
    const sg = file('双港镇2024年2月.csv', '社区,常住人口,户数\n红星里社区,5000,1800\n祥福里社区,6000,2100\n');
    expect(said(importFiles([sg], { existing: importFiles([xsg]).dataset! }))).toEqual([['warning', '双港镇2024年2月.csv', 2, message]]);
  });

  it('says nothing of twins whose numbers differ, or of one community’s one number', () => {
    const twins = file('双港镇2024年2月.csv', '社区,常住人口,户数\n红星里社区,5000,1800\n祥福里社区,4000,1500\n');
    expect(said(importFiles([twins], { existing: importFiles([xsg]).dataset! }))).toEqual([]);
    const one = file('双港镇2024年2月.csv', '社区,常住人口\n东社区,5\n红星里社区,7\n');
    const a = file('咸水沽镇2024年2月.csv', '社区,常住人口\n红星里社区,7\n');
    expect(said(importFiles([one], { existing: importFiles([a]).dataset! }))).toEqual([]);
  });
});
