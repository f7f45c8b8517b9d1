// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addPin, clearPins, listPins, removePin } from '../../src/export/deck-store';
import { changePins, usePins } from '../../src/ui/export/use-pins';
import { BAR } from '../export/export-fixtures';

afterEach(async () => {
  cleanup();
  await act(() => changePins(clearPins));
});

const pin = (id: string) => ({ id, title: `标题${id}`, item: { kind: 'chart' as const, spec: BAR }, viewUrl: '' });

function Count({ label }: { label: string }) {
  const { pins, loaded } = usePins();
  return <p>{label}:{loaded ? pins.map((p) => p.id).join(',') || '空' : '…'}</p>;
}

describe('usePins', () => {
  it('reads the saved pins on mount', async () => {
    await addPin(pin('a'));
    render(<Count label="篮" />);
    expect(await screen.findByText('篮:a')).toBeTruthy();
  });

  it('a change through changePins shows in every mounted basket at once; the database holds it too', async () => {
    render(<><Count label="一" /><Count label="二" /></>);
    await screen.findByText('一:空');
    await act(() => changePins(() => addPin(pin('x'))));
    expect(screen.getByText('一:x')).toBeTruthy();
    expect(screen.getByText('二:x')).toBeTruthy();
    await act(() => changePins(() => addPin(pin('y'))));
    await act(() => changePins(() => removePin('x')));
    expect(screen.getByText('二:y')).toBeTruthy();
    expect((await listPins()).map((p) => p.id)).toEqual(['y']);
  });

  it('a change made without changePins shows at the next mount', async () => {
    render(<Count label="旧" />);
    await screen.findByText('旧:空');
    await addPin(pin('z'));
    cleanup();
    render(<Count label="新" />);
    await waitFor(() => expect(screen.getByText('新:z')).toBeTruthy());
  });
});
