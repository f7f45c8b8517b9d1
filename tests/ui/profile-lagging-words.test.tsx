// @vitest-environment jsdom
/**
 * The 画像 page says 持续靠后 in the words of the 排行 and 均衡 pages and of its own slide: it wrote
 * 连续靠后：文体活动已连续8期处于后四分之一 (the slide 连续靠后：文体活动（8期）, the 排行 page
 * 持续靠后 / 连续8期靠后, “连续3期及以上处于后25%”), and 后四分之一 where the rest say 后25%.
 * The sample, 2024年第四季度, 鑫港园社区 (文体活动 in the bottom quarter 8 periods running).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalysis } from '../../src/analysis/model/analysis';
import { buildProfileSlide } from '../../src/charts/profile-specs';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { ProfileView } from '../../src/ui/views/profile/ProfileView';
import { profileSpecContext, profileViewModel } from '../../src/ui/views/profile/profile-view-model';
import { loadSample } from '../../scripts/sample-export-specs';
import { renderWithClient } from './render-view';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

const query = { ...DEFAULT_VIEW_QUERY, view: 'profile' as const, metric: 'cultural_events', period: '2024-Q4', unit: '鑫港园社区' };

describe('画像: 持续靠后 in one wording', () => {
  it('the page and its slide write the same line, and nothing says 前四分之一 or 后四分之一', async () => {
    const ds = loadSample();
    const analysis = createAnalysis(ds);
    renderWithClient(<ProfileView dataset={ds} analysis={analysis} query={query} setQuery={vi.fn()} />);
    await screen.findByRole('heading', { name: '鑫港园社区单位画像' });
    const vm = profileViewModel(analysis, query, 'zh')!;
    const { side, spec } = buildProfileSlide(vm.profile, vm.learn, profileSpecContext(analysis, 'zh'));
    const line = side.find((s) => s.startsWith('持续靠后：'));
    expect(line).toContain('文体活动连续8期靠后');
    const page = [...document.querySelectorAll('.profile-view p, .profile-view li, .profile-view section')].map((e) => e.textContent ?? '');
    expect(page.some((t) => t === line || t === `${line}。`)).toBe(true);
    const all = [document.body.textContent ?? '', ...side, spec.subtitle, ...vm.narrative].join('\n');
    expect(all).not.toMatch(/[前后]四分之一|连续靠后：/);
  }, 60_000);
  it('a unit with no run says so in the same words', () => {
    // Two quarters of data: no run of 3 can be.
    const ds = smallDataset();
    const analysis = createAnalysis(ds);
    renderWithClient(<ProfileView dataset={ds} analysis={analysis} query={{ ...query, period: '2024-Q2', unit: '丁社区' }} setQuery={vi.fn()} />);
    expect(document.body.textContent).toContain('没有指标持续靠后（连续3期及以上处于后25%）');
    expect(document.body.textContent).not.toMatch(/[前后]四分之一/);
  });
});
