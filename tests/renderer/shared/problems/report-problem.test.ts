import { afterEach, describe, expect, it, vi } from 'vitest';
import { causeOf, clearProblems, describeNotice, MAX_NOTICES, noticeDismissed, reportingTo, reportProblem, UI_MESSAGES, UserError, type NoticesState } from '../../../../renderer/shared/problems';
import { initialNoticesState } from '../../../../renderer/shared/problems/notices-slice';
import { createStore } from '../../../../renderer/shared/store/store';

const storeWithNotices = () => createStore<{ notices: NoticesState; other: number }>({ notices: initialNoticesState, other: 1 });

describe('reportProblem', () => {
  afterEach(() => vi.restoreAllMocks());

  it('puts a coded notice in the store and the raw error only in the console', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = storeWithNotices();
    reportProblem(store, 'map-compute-failed', new TypeError("Cannot read properties of undefined (reading 'map')"));
    const [notice] = store.getState().notices.items;
    expect(notice).toMatchObject({ code: 'map-compute-failed', cause: 'cause-unexpected', severity: 'error', repeats: 1 });
    expect(log).toHaveBeenCalledOnce();
    // No internal text reaches the words shown to the user, in either language.
    for (const language of ['nl', 'en'] as const) {
      const words = describeNotice(notice!, language);
      expect(JSON.stringify(words)).not.toMatch(/Cannot read|undefined|TypeError/);
      expect(words.message.length).toBeGreaterThan(10);
      expect(words.fix.length).toBeGreaterThan(10);
    }
    expect(store.getState().other).toBe(1);
  });

  it('counts the same problem reported again instead of stacking it, and keeps at most a few', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = storeWithNotices();
    reportProblem(store, 'chart-failed', new Error('x'));
    reportProblem(store, 'chart-failed', new Error('y'));
    expect(store.getState().notices.items).toHaveLength(1);
    expect(store.getState().notices.items[0]!.repeats).toBe(2);
    for (let i = 0; i < MAX_NOTICES + 3; i++) reportProblem(store, 'export-failed', new Error('z'), { params: { what: `PNG ${i}` } });
    expect(store.getState().notices.items).toHaveLength(MAX_NOTICES);
  });

  it('says nothing for an abort the user asked for', () => {
    const store = storeWithNotices();
    reportProblem(store, 'save-failed', new DOMException('The user aborted a request.', 'AbortError'));
    expect(store.getState().notices.items).toHaveLength(0);
  });

  it('is a catch handler for promises nobody awaits, and notices clear per action', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = storeWithNotices();
    await Promise.reject(new Error('boom')).catch(reportingTo(store, 'analysis-failed'));
    expect(store.getState().notices.items.map((n) => n.code)).toEqual(['analysis-failed']);
    clearProblems(store, 'analysis-failed');
    expect(store.getState().notices.items).toHaveLength(0);
    reportProblem(store, 'export-failed');
    const id = store.getState().notices.items[0]!.id;
    expect(noticeDismissed(id)(store.getState().notices).items).toHaveLength(0);
  });

  it('uses the code and params of a UserError', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = storeWithNotices();
    reportProblem(store, 'export-failed', new UserError('cause-no-map', 'no canvas', { what: 'PNG 2×' }));
    const notice = store.getState().notices.items[0]!;
    expect(notice.cause).toBe('cause-no-map');
    expect(describeNotice(notice, 'nl').message).toContain('PNG 2×');
  });
});

describe('causeOf', () => {
  it('recognises storage, permission, missing files and memory without reading the text to the user', () => {
    expect(causeOf(new DOMException('', 'QuotaExceededError'))).toBe('cause-storage-full');
    expect(causeOf(Object.assign(new Error("ENOSPC: no space left on device, write '/tmp/x.tmp'"), { code: 'ENOSPC' }))).toBe('cause-storage-full');
    expect(causeOf(new Error("Error invoking remote method 'save': EROFS: read-only file system"))).toBe('cause-not-allowed');
    expect(causeOf(new DOMException('', 'NotAllowedError'))).toBe('cause-not-allowed');
    expect(causeOf(new TypeError('Failed to fetch'))).toBe('cause-file-unreachable');
    expect(causeOf(new RangeError('Array buffer allocation failed'))).toBe('cause-out-of-memory');
    expect(causeOf('[object Object]')).toBe('cause-unexpected');
    expect(causeOf(new DOMException('', 'AbortError'))).toBeNull();
  });
});

describe('UI_MESSAGES', () => {
  it('has a message and a fix in Dutch and English for every code', () => {
    for (const [code, byLanguage] of Object.entries(UI_MESSAGES)) {
      for (const language of ['nl', 'en'] as const) {
        const words = byLanguage[language]({});
        expect(words.message, `${code} ${language}`).toMatch(/\S/);
        expect(words.fix, `${code} ${language}`).toMatch(/\S/);
        expect(JSON.stringify(words), `${code} ${language}`).not.toMatch(/undefined|\{\w+\}/);
      }
    }
  });
});
