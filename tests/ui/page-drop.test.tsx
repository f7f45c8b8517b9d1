// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageDropTarget } from '../../src/ui/shell/PageDropTarget';
import { renderWithClient } from './render-view';

afterEach(cleanup);

function dragEvent(type: string): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files: [] } });
  return e;
}

describe('PageDropTarget', () => {
  it('clears the drop hint when the file lands on a zone that keeps the drop to itself (the 数据 page)', () => {
    renderWithClient(<PageDropTarget current={undefined} onImported={() => undefined} />);
    const zone = document.createElement('div');
    zone.addEventListener('drop', (e) => { e.preventDefault(); e.stopPropagation(); });
    document.body.appendChild(zone);
    act(() => { zone.dispatchEvent(dragEvent('dragenter')); });
    expect(screen.getByText('松开鼠标即可导入文件')).toBeTruthy();
    act(() => { zone.dispatchEvent(dragEvent('drop')); });
    expect(screen.queryByText('松开鼠标即可导入文件')).toBeNull();
    zone.remove();
  });

  it('clears the hint when a drag is abandoned (dragend)', () => {
    renderWithClient(<PageDropTarget current={undefined} onImported={() => undefined} />);
    act(() => { document.body.dispatchEvent(dragEvent('dragenter')); });
    expect(screen.getByText('松开鼠标即可导入文件')).toBeTruthy();
    act(() => { document.body.dispatchEvent(dragEvent('dragend')); });
    expect(screen.queryByText('松开鼠标即可导入文件')).toBeNull();
  });
});
