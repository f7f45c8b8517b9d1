// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetLangForTests, setLang } from '../../src/ui/i18n/lang-store';
import { DEFAULT_VIEW_QUERY } from '../../src/ui/url-state';
import { NarrativePanel } from '../../src/ui/views/imbalance/NarrativePanel';
import { ProfileView } from '../../src/ui/views/profile/ProfileView';
import { renderWithClient, viewData } from './render-view';
import { smallDataset } from './small-dataset';

beforeEach(() => {
  localStorage.clear();
  resetLangForTests();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(() => Promise.resolve()) }, configurable: true });
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  resetLangForTests();
});

describe('a language switch rewords the status texts already on screen', () => {
  it('均衡 narrative: 已复制 becomes English', async () => {
    renderWithClient(<NarrativePanel sentences={[{ kind: 'most-unequal', text: '一是……' }]} />);
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已复制'));
    act(() => setLang('en'));
    expect(screen.getByRole('status').textContent).toContain('Copied: paste it into your report');
  });

  it('单位画像 summary: 已复制到剪贴板 becomes English', async () => {
    renderWithClient(<ProfileView {...viewData(smallDataset())} query={{ ...DEFAULT_VIEW_QUERY, view: 'profile', period: '2024-Q2', unit: '丁社区' }} setQuery={vi.fn()} />);
    const panel = screen.getByRole('region', { name: '画像摘要' });
    fireEvent.click(within(panel).getByRole('button', { name: '复制摘要' }));
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toContain('已复制到剪贴板'));
    act(() => setLang('en'));
    expect(screen.getByRole('region', { name: 'Summary' }).querySelector('[role="status"]')!.textContent).toContain('Copied to the clipboard.');
  });
});
