// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnitPicker } from '../../src/ui/views/trend/UnitPicker';
import { smallDataset } from './small-dataset';

afterEach(cleanup);

function Harness({ start = [] as string[] }) {
  const [names, setNames] = useState<string[]>(start);
  return <UnitPicker units={smallDataset().units} selected={names} onChange={setNames} max={5} label="突出显示" />;
}

const chips = () => within(screen.getByRole('list', { name: '已选单位' })).queryAllByRole('listitem').map((li) => li.firstChild?.textContent);

describe('UnitPicker from the keyboard', () => {
  it('ArrowDown moves into the results, ArrowDown again to the next, Enter picks it, focus back in an empty box', () => {
    render(<Harness />);
    const box = screen.getByLabelText('突出显示');
    box.focus();
    fireEvent.change(box, { target: { value: '二街道' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const results = within(screen.getByRole('list', { name: '搜索结果' })).getAllByRole('button');
    expect(document.activeElement).toBe(results[0]);
    fireEvent.keyDown(results[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results[1]);
    fireEvent.click(results[1]!); // Enter on a focused button is a click
    expect(chips()).toEqual(['丁社区']);
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/没有找到/)).toBeNull();
  });

  it('Enter in the box adds the first result; ArrowUp from the first result returns to the box', () => {
    render(<Harness />);
    const box = screen.getByLabelText('突出显示');
    fireEvent.change(box, { target: { value: '甲' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(chips()).toEqual(['甲社区']);
  });

  it('does not say 没有找到 for a name already chosen; it says where it is', () => {
    render(<Harness start={['甲社区']} />);
    fireEvent.change(screen.getByLabelText('突出显示'), { target: { value: '甲社区' } });
    expect(screen.queryByText(/没有找到/)).toBeNull();
    expect(screen.getByText('甲社区已在上面的列表中。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('突出显示'), { target: { value: '庚' } });
    expect(screen.getByText('没有找到“庚”。')).toBeTruthy();
  });
});
