// @vitest-environment jsdom
/**
 * Storage failures, the save notice, the sample-load error and importer failures are worded from
 * codes in the UI language: English mode shows no Chinese message from src/storage or the loader.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { storeFailure, type StoreFailureReason } from '../../src/storage/store-result';
import { loadSavedOrSample, SampleLoadError, setInitialDatasetLoader } from '../../src/ui/api/dataset-query';
import { App } from '../../src/ui/App';
import { storeFailureText, type StoreAction } from '../../src/ui/data-manager/store-failure-text';
import { setLang } from '../../src/ui/i18n/lang-store';
import { MESSAGES_EN } from '../../src/ui/i18n/messages-en';
import { MESSAGES_ZH } from '../../src/ui/i18n/messages-zh';
import { SaveNotice } from '../../src/ui/import/SaveNotice';

afterEach(() => { cleanup(); setLang('zh'); setInitialDatasetLoader(loadSavedOrSample); });

const CJK = /[\u4e00-\u9fff]/;

describe('storeFailureText', () => {
  it.each<[StoreFailureReason, StoreAction, string]>([
    ['quota', 'rename', '重命名'], ['aborted', 'import', '导入'], ['blocked', 'delete', '删除'], ['not-found', 'current', '设为当前'], ['unknown', 'import', '导入'],
  ])('%s during %s: Chinese matches src/storage word for word, English has no Chinese', (reason, action, what) => {
    const failure = storeFailure(reason, what);
    expect(storeFailureText(failure, action, MESSAGES_ZH.dm)).toBe(failure.message);
    const en = storeFailureText(failure, action, MESSAGES_EN.dm);
    expect(en).not.toMatch(CJK);
    expect(en.length).toBeGreaterThan(20);
  });
  it('an older page than the saved data (VersionError) asks for a reload', () => {
    const failure = { reason: 'unknown' as const, detail: 'VersionError: The requested version (1) is less than the existing version (2).' };
    expect(storeFailureText(failure, 'rename', MESSAGES_ZH.dm)).toBe('本页面版本比已保存的数据旧，重命名未完成，原有数据未受影响。请刷新页面以加载最新版本。');
    expect(storeFailureText(failure, 'rename', MESSAGES_EN.dm)).toMatch(/^This page is older than the saved data/);
  });
});

describe('SaveNotice', () => {
  it('a failed save reads in English in English mode', () => {
    setLang('en');
    render(<SaveNotice save={{ state: 'failed', reason: 'quota', detail: 'QuotaExceededError' }} appended={false} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toMatch(/^Not saved: The browser’s storage is full: the import was not saved/);
    expect(text).toContain('only in this page’s memory');
    expect(text).not.toMatch(CJK);
  });
  it('and in Chinese in Chinese mode, saying the import is only in memory', () => {
    render(<SaveNotice save={{ state: 'failed', reason: 'exception', detail: 'TypeError: x' }} appended={false} />);
    expect(screen.getByRole('alert').textContent).toBe('未能保存：保存失败，导入未保存，原有数据未受影响。请重试；如仍失败，请刷新页面或换用最新版 Chrome、Edge 浏览器。本次导入的数据目前只在本页内存中，关闭或刷新页面后会丢失。');
  });
});

describe('sample load failure', () => {
  it.each<[SampleLoadError, string]>([
    [new SampleLoadError(404), 'The sample data could not be loaded (HTTP 404)'],
    [new SampleLoadError(0, { message: '文件是空的', messageEn: 'The file is empty.' }), 'The sample data could not be imported: The file is empty.'],
  ])('is worded in English: %s', async (error, text) => {
    setLang('en');
    window.history.replaceState(null, '', '/?view=overview');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    setInitialDatasetLoader(() => Promise.reject(error));
    render(<QueryClientProvider client={client}><App /></QueryClientProvider>);
    expect((await screen.findByRole('alert')).textContent).toContain(text);
  });
});
