// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary } from '../../src/ui/shell/PanelErrorBoundary';

afterEach(cleanup);

describe('PanelErrorBoundary', () => {
  it('shows a Chinese message with 重试, and 重试 renders the panel again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('boom');
      return <p>图表正常</p>;
    }
    render(<div><PanelErrorBoundary label="对比图"><Flaky /></PanelErrorBoundary><p>其他面板</p></div>);
    expect(screen.getByRole('alert').textContent).toContain('对比图出错了，暂时无法显示。');
    expect(screen.getByText('错误信息：boom')).toBeTruthy();
    expect(screen.getByText('其他面板')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('图表正常')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
