import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPin, clearPins, closeDeckDb, listPins, movePin, removePin } from '../../src/export/deck-store';
import { BAR, LINE, league } from './export-fixtures';

const pin = (id: string) => ({ id, title: `标题${id}`, item: { kind: 'chart' as const, spec: id === 'b' ? LINE : BAR }, viewUrl: `?view=compare&x=${id}`, addedAt: '2024-07-05T00:00:00.000Z' });
const ids = async () => (await listPins()).map((p) => p.id);

describe('deck store', () => {
  beforeEach(async () => {
    await clearPins();
    for (const id of ['a', 'b', 'c']) await addPin(pin(id));
  });
  afterEach(async () => { await closeDeckDb(); });

  it('keeps pins in insertion order with their items', async () => {
    const pins = await listPins();
    expect(pins.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(pins[1]!.item).toEqual({ kind: 'chart', spec: LINE });
    expect(pins[1]!.viewUrl).toBe('?view=compare&x=b');
  });

  it.each([
    ['c', -1, ['a', 'c', 'b']],
    ['a', 1, ['b', 'a', 'c']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 5, ['a', 'b', 'c']],
    ['c', -2, ['c', 'a', 'b']],
    ['zz', 1, ['a', 'b', 'c']],
  ])('movePin(%s, %i)', async (id, delta, expected) => {
    await movePin(id, delta);
    expect(await ids()).toEqual(expected);
  });

  it('re-adding an id replaces in place; remove and clear work', async () => {
    await addPin({ ...pin('b'), title: '新标题', item: { kind: 'table', spec: league(3) } });
    const pins = await listPins();
    expect(pins.map((p) => [p.id, p.title])).toEqual([['a', '标题a'], ['b', '新标题'], ['c', '标题c']]);
    expect(pins[1]!.item.kind).toBe('table');
    await removePin('a');
    expect(await ids()).toEqual(['b', 'c']);
    await clearPins();
    expect(await ids()).toEqual([]);
  });

  it('survives closing and reopening the database (a reload)', async () => {
    await movePin('a', 2);
    await closeDeckDb();
    expect(await ids()).toEqual(['b', 'c', 'a']);
  });

  it('every change returns the new list', async () => {
    expect((await removePin('b')).map((p) => p.id)).toEqual(['a', 'c']);
    expect((await movePin('c', -1)).map((p) => p.id)).toEqual(['c', 'a']);
    expect((await addPin(pin('d'))).map((p) => p.id)).toEqual(['c', 'a', 'd']);
    expect(await clearPins()).toEqual([]);
  });
});
