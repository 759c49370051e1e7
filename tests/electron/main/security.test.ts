import { describe, expect, it } from 'vitest';
import {
  assertTrustedSender,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isAppUrl,
  UntrustedSenderError,
  type IpcEventLike,
} from '../../../electron/main/security';

describe('isAppUrl', () => {
  it('accepts pages of app://wijkzicht', () => {
    expect(isAppUrl('app://wijkzicht/index.html')).toBe(true);
    expect(isAppUrl('app://wijkzicht/')).toBe(true);
    expect(isAppUrl('app://wijkzicht/assets/duckdb-eh.wasm?x=1#y')).toBe(true);
  });

  it('rejects other schemes, hosts, ports, credentials and garbage', () => {
    for (const url of [
      'https://wijkzicht/index.html',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://wijkzicht.evil.com/',
      'app://wijkzicht:8080/',
      'app://user:pw@wijkzicht/',
      'appx://wijkzicht/',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation('app://wijkzicht/index.html#kaart')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows the app, devtools and in-memory URLs', () => {
    expect(isAllowedRequestUrl('app://wijkzicht/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://wijkzicht/0d7c1b3e-0000-4000-8000-000000000000')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
  });

  it('cancels every network and file request', () => {
    for (const url of [
      'http://tiles.example.org/1/2/3.png',
      'https://cdn.jsdelivr.net/npm/@duckdb/duckdb-wasm',
      'ws://127.0.0.1:9229/',
      'wss://example.org/socket',
      'ftp://example.org/',
      'file:///home/user/secret.csv',
      'app://other-host/index.html',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('assertTrustedSender', () => {
  const WINDOW_ID = 7;
  const event = (url: string, options: { parent?: unknown; id?: number; noFrame?: boolean } = {}): IpcEventLike => ({
    sender: { id: options.id ?? WINDOW_ID },
    senderFrame: options.noFrame ? null : { url, parent: options.parent ?? null },
  });

  it('accepts the main frame of the app window on the app origin', () => {
    expect(() => assertTrustedSender(event('app://wijkzicht/index.html'), WINDOW_ID)).not.toThrow();
  });

  it('refuses another origin', () => {
    expect(() => assertTrustedSender(event('https://evil.example/'), WINDOW_ID)).toThrow(UntrustedSenderError);
    expect(() => assertTrustedSender(event('https://evil.example/x?secret'), WINDOW_ID)).toThrow(
      /not on the app origin \(https:\/\/evil\.example\)/,
    );
    expect(() => assertTrustedSender(event('app://wijkzicht.evil/'), WINDOW_ID)).toThrow(UntrustedSenderError);
  });

  it('refuses subframes, other web contents and destroyed frames', () => {
    expect(() => assertTrustedSender(event('app://wijkzicht/frame.html', { parent: {} }), WINDOW_ID)).toThrow(
      /subframe/,
    );
    expect(() => assertTrustedSender(event('app://wijkzicht/index.html', { id: 8 }), WINDOW_ID)).toThrow(
      /not the Wijkzicht window/,
    );
    expect(() => assertTrustedSender(event('app://wijkzicht/index.html', { noFrame: true }), WINDOW_ID)).toThrow(
      /no longer exists/,
    );
  });

  it('refuses everything while there is no app window', () => {
    expect(() => assertTrustedSender(event('app://wijkzicht/index.html'), undefined)).toThrow(UntrustedSenderError);
  });
});
