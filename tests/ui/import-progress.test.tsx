// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportProgress } from '../../src/ui/import/ImportProgress';
import { ImportCancelledError, importActivity, runImportFiles } from '../../src/ui/import/import-client';

afterEach(() => { cleanup(); importActivity.reset(); vi.unstubAllGlobals(); });

/** A fake Worker that posts one progress message and then waits (to be cancelled). */
class SlowWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  static last: SlowWorker | null = null;
  constructor() { SlowWorker.last = this; }
  postMessage(): void {
    queueMicrotask(() => this.onmessage?.({ data: { kind: 'progress', progress: { bytesDone: 4 * 1024 * 1024, bytesTotal: 8 * 1024 * 1024, rows: 45000, phase: 'stream' } } } as MessageEvent));
  }
  terminate(): void { this.terminated = true; }
}

describe('ImportProgress', () => {
  it('renders nothing while idle', () => {
    const { container } = render(<ImportProgress />);
    expect(container.textContent).toBe('');
  });

  it('shows bytes and rows, and cancel ends the worker and says the data did not change', async () => {
    vi.stubGlobal('Worker', SlowWorker);
    render(<ImportProgress />);
    const file = new File(['区划代码,社区\n1,东湖\n'], '大文件.csv');
    const run = runImportFiles([file]);
    await screen.findByText(/已读取 4\.0 \/ 8\.0 MB，45,000 行/);
    expect(screen.getByRole('progressbar', { name: '导入进度' })).toHaveProperty('value', 50);
    fireEvent.click(screen.getByRole('button', { name: '取消导入' }));
    await expect(run).rejects.toBeInstanceOf(ImportCancelledError);
    expect(SlowWorker.last?.terminated).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('已取消导入，原有数据未改变');
    act(() => { fireEvent.click(screen.getByRole('button', { name: '知道了' })); });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a file over 300 MB is blocked before any worker starts', async () => {
    vi.stubGlobal('Worker', SlowWorker);
    SlowWorker.last = null;
    const file = new File(['a,b\n'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: 400 * 1024 * 1024 });
    const out = await runImportFiles([file]);
    expect(out.report.status).toBe('blocked');
    expect(out.report.issues[0]?.message).toContain('按年份或街道拆分后分批导入');
    expect(SlowWorker.last).toBeNull();
  });
});
