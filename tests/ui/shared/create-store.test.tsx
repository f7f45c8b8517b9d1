// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore, useStore, type Store } from '../../../src/ui/shared/create-store';

afterEach(cleanup);

describe('createStore', () => {
  it('holds a value, tells subscribers after a change, and stops telling them after unsubscribe', () => {
    const s = createStore(1);
    const seen: number[] = [];
    const off = s.subscribe(() => seen.push(s.get()));
    s.set(2);
    s.set(3);
    off();
    s.set(4);
    expect(seen).toEqual([2, 3]);
    expect(s.get()).toBe(4);
  });

  it('ignores setting the same value (no re-render for nothing)', () => {
    const s = createStore<readonly string[]>([]);
    const l = vi.fn();
    s.subscribe(l);
    s.set(s.get());
    expect(l).not.toHaveBeenCalled();
    s.set(['甲']);
    expect(l).toHaveBeenCalledTimes(1);
  });

  it('computes a lazy initial value on first read only, and a set before any read skips it', () => {
    const init = vi.fn(() => 'zh');
    const s = createStore(init);
    expect(init).not.toHaveBeenCalled();
    expect(s.get()).toBe('zh');
    expect(s.get()).toBe('zh');
    expect(init).toHaveBeenCalledTimes(1);
    const never = vi.fn(() => 'zh');
    const t = createStore(never);
    t.set('en');
    expect(t.get()).toBe('en');
    expect(never).not.toHaveBeenCalled();
  });

  it('keeps separate stores apart', () => {
    const a = createStore(0);
    const b = createStore(0);
    const l = vi.fn();
    b.subscribe(l);
    a.set(5);
    expect(b.get()).toBe(0);
    expect(l).not.toHaveBeenCalled();
  });

  it('a listener that unsubscribes while being told does not stop the others', () => {
    const s = createStore(0);
    const calls: string[] = [];
    const offA = s.subscribe(() => { calls.push('a'); offA(); });
    s.subscribe(() => calls.push('b'));
    s.set(1);
    s.set(2);
    expect(calls).toEqual(['a', 'b', 'b']);
  });
});

function Show({ store }: { store: Store<string> }) {
  return <p>{useStore(store)}</p>;
}

describe('useStore', () => {
  it('re-renders every component that reads the store when it changes', () => {
    const s = createStore('中文');
    render(<><Show store={s} /><Show store={s} /></>);
    expect(screen.getAllByText('中文')).toHaveLength(2);
    act(() => s.set('English'));
    expect(screen.getAllByText('English')).toHaveLength(2);
    expect(screen.queryByText('中文')).toBeNull();
  });
});
