// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetQueryKey, withAnalysis } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { resetLangForTests, setLang } from '../../src/ui/i18n/lang-store';
import { smallDataset } from './small-dataset';

afterEach(() => { cleanup(); localStorage.clear(); resetLangForTests(); });

function renderApp() {
  window.history.replaceState(null, '', '/?view=league');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryKey, withAnalysis({ dataset: smallDataset(), report: null }));
  return render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
}

describe('deck basket in the header', () => {
  it('opens from the 汇报篮 button on any view, takes focus, and Esc closes it and refocuses the button', async () => {
    renderApp();
    const toggle = screen.getByRole('button', { name: '汇报篮' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('heading', { name: '汇报篮（0）' }, { timeout: 10_000 })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('关闭汇报篮');
    expect(await screen.findByText(/还没有内容/)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('heading', { name: '汇报篮（0）' })).toBeNull());
    expect(document.activeElement).toBe(toggle);
  });

  it('speaks English when the UI does', async () => {
    setLang('en');
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Deck basket' }));
    expect(await screen.findByRole('heading', { name: 'Deck basket (0)' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export all as PPT' })).toBeTruthy();
    expect((screen.getByLabelText('Deck title') as HTMLInputElement).value).toBe('Community work report');
  });
});
