// @vitest-environment jsdom
/**
 * While an import runs or is being saved, closing or reloading the tab asks first (beforeunload
 * cancelled); before and after, it does not. The import mutation may outlive the 数据 view (the
 * person goes to 对比 while it saves), so the shell holds the warning.
 */
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { IMPORT_MUTATION_KEY, useLeaveWarningWhileImporting } from '../../src/ui/import/use-leave-warning';

afterEach(cleanup);

function leaving(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

let start: () => Promise<unknown> = async () => undefined;

function Shell() {
  useLeaveWarningWhileImporting();
  return null;
}

function Importer({ work }: { work: () => Promise<string> }) {
  const m = useMutation({ mutationKey: IMPORT_MUTATION_KEY, mutationFn: work });
  start = () => m.mutateAsync();
  return null;
}

it('asks before the tab closes only while an import is pending', async () => {
  let finish: (v: string) => void = () => undefined;
  const client = new QueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <Shell />
      <Importer work={() => new Promise<string>((r) => { finish = r; })} />
    </QueryClientProvider>,
  );
  expect(leaving()).toBe(false);
  let running!: Promise<unknown>;
  await act(async () => { running = start(); });
  await waitFor(() => expect(leaving()).toBe(true));
  // The panel that started it goes away (another view); the save goes on, and so does the warning.
  view.rerender(<QueryClientProvider client={client}><Shell /></QueryClientProvider>);
  expect(leaving()).toBe(true);
  await act(async () => { finish('saved'); await running; });
  await waitFor(() => expect(leaving()).toBe(false));
});
