import { describe, expect, it } from 'vitest';
import { importText, observations } from '../pipeline/import-helpers';

const brief = (text: string, name = '2024年3月.csv') => {
  const r = importText(text, name);
  return { r, obs: observations(r.dataset).map((o) => `${o.parent}|${o.unit}|${o.value}`) };
};

describe('street rows in a table without a street column', () => {
  it('a street row above its communities heads them: they are that street\'s, and it is not a community', () => {
    const { r, obs } = brief('津南区2024年3月各街镇社区就业统计表\n单位名称,再就业人数\n全区合计,51\n咸水沽镇,22\n  祥福里社区,12\n  红星里社区,10\n双港镇,29\n  欣华园社区,15\n  花园路社区,14\n');
    expect(r.report.status).toBe('ok');
    expect(obs).toEqual(['双港镇|欣华园社区|15', '咸水沽镇|祥福里社区|12', '咸水沽镇|红星里社区|10', '双港镇|花园路社区|14']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row').map((i) => i.line)).toEqual([4, 7]);
    expect(r.report.counts).toMatchObject({ imported: 4, subtotal: 3 });
  });

  it('two communities of one name under two street rows are two units', () => {
    const { obs } = brief('单位,再就业人数\n劝业场街道,3\n花园路社区,1\n滨西社区,2\n小白楼街道,4\n花园路社区,4\n合计,7\n');
    expect(obs).toEqual(['劝业场街道|滨西社区|2', '劝业场街道|花园路社区|1', '小白楼街道|花园路社区|4']);
  });

  it('a street row after its communities is their subtotal, checked as one, and their street', () => {
    const { r, obs } = brief('社区,再就业人数\n祥福里社区,12\n红星里社区,10\n咸水沽镇,22\n欣华园社区,15\n双港镇,16\n');
    expect(obs).toEqual(['双港镇|欣华园社区|15', '咸水沽镇|祥福里社区|12', '咸水沽镇|红星里社区|10']);
    expect(r.report.issues.filter((i) => i.code === 'subtotal-mismatch').map((i) => i.line)).toEqual([6]);
  });

  it('the communities above a street\'s subtotal row are that street\'s: one name under two streets is two units, never merged', () => {
    const same = brief('和平区2024年3月各社区统计表\n社区,再就业人数\n花园路社区,4\n滨西社区,2\n劝业场街道,6\n花园路社区,4\n新兴社区,5\n小白楼街道,9\n合计,15\n', 'a.csv');
    expect(same.r.report.status).toBe('ok');
    expect(same.obs).toEqual(['小白楼街道|新兴社区|5', '劝业场街道|滨西社区|2', '劝业场街道|花园路社区|4', '小白楼街道|花园路社区|4']);
    expect(same.r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // A long file: each unit on several rows (one per metric), the street's rows after them.
    const long = brief('社区,指标,数值\n花园路社区,再就业人数,1\n花园路社区,注册志愿者,10\n劝业场街道,再就业人数,1\n劝业场街道,注册志愿者,10\n'
      + '花园路社区,再就业人数,2\n花园路社区,注册志愿者,20\n小白楼街道,再就业人数,2\n小白楼街道,注册志愿者,20\n');
    expect(long.obs).toEqual(['劝业场街道|花园路社区|1', '小白楼街道|花园路社区|2', '劝业场街道|花园路社区|10', '小白楼街道|花园路社区|20']);
  });

  it('the street the title names, written as a row above the communities, is not a community', () => {
    const { obs } = brief('2024年3月咸水沽镇各社区统计\n社区,再就业人数\n咸水沽镇,20\n祥福里社区,12\n春竹轩社区,8\n', 'a.csv');
    expect(obs).toEqual(['咸水沽镇|春竹轩社区|8', '咸水沽镇|祥福里社区|12']);
  });

  it('a street row may carry a list number or a colon: the street is the name without it', () => {
    const { obs } = brief('单位,再就业人数\n（一）咸水沽镇,3\n祥福里社区,1\n二、双港镇：,4\n花园路社区,4\n');
    expect(obs).toEqual(['咸水沽镇|祥福里社区|1', '双港镇|花园路社区|4']);
  });

  it('under a title naming one town, a row named like another town is a village (河西镇, short for 河西镇村 of 上仓镇)', () => {
    const { r, obs } = brief('上仓镇各村2024年3月统计表\n村名,再就业人数\n河西镇,4\n东郭家庄村,1\n', 'a.csv');
    expect(obs).toEqual(['上仓镇|东郭家庄村|1', '上仓镇|河西镇村|4']);
    expect(r.report.issues.filter((i) => i.code === 'street-heading-row')).toEqual([]);
  });

  it('a community named like a town (莱茵小镇) stays a community; with a street column rowKind decides', () => {
    expect(brief('社区,再就业人数\n莱茵小镇,3\n祥福里社区,1\n').obs).toEqual(['|祥福里社区|1', '|莱茵小镇|3']);
    expect(brief('街道,社区,再就业人数\n咸水沽镇,祥福里社区,1\n咸水沽镇,双港镇,2\n').obs).toEqual(['咸水沽镇|双港镇|2', '咸水沽镇|祥福里社区|1']);
  });
});
