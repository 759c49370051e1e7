import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/window-preferences';

const PRELOAD = path.resolve('dist', 'electron', 'preload.cjs');

describe('secureWebPreferences', () => {
  it('sets every hardening flag and the preload', () => {
    expect(secureWebPreferences(PRELOAD)).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('returns a new object on every call, so one window cannot change another\'s preferences', () => {
    const first = secureWebPreferences(PRELOAD);
    const second = secureWebPreferences(PRELOAD);
    expect(first).not.toBe(second);
    expect(first).toEqual(second);
  });

  it('refuses a missing or relative preload path', () => {
    for (const preload of ['', 'preload.cjs', './dist/electron/preload.cjs', undefined, 42]) {
      expect(() => secureWebPreferences(preload as string), String(preload)).toThrow(/absolute path/);
    }
  });
});
