import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, CONTENT_SECURITY_POLICY, parseBasemapOrigin, parseBasemapOrigins } from '../../../electron/main/content-security-policy';
import { isAllowedRequestUrl } from '../../../electron/main/security';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))!;

describe('the Content-Security-Policy', () => {
  it('reaches nothing outside the app by default', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'connect-src')).toBe("connect-src 'self' blob: data:");
    expect(directive(CONTENT_SECURITY_POLICY, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    // Issue 15.9: no inline styles or scripts either (the e2e suite fails on any CSP violation it logs).
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(directive(CONTENT_SECURITY_POLICY, 'style-src')).toBe("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
  it('adds opted-in basemap origins to connect-src and img-src only', () => {
    const policy = buildContentSecurityPolicy(['https://tiles.example.org/']);
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' blob: data: https://tiles.example.org");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob: https://tiles.example.org");
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('basemap origins', () => {
  it('accepts https origins and http on this machine, normalised', () => {
    expect(parseBasemapOrigin(' https://Tiles.Example.org ')).toBe('https://tiles.example.org');
    expect(parseBasemapOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(parseBasemapOrigins('https://a.example, https://b.example https://a.example')).toEqual(['https://a.example', 'https://b.example']);
    expect(parseBasemapOrigins(undefined)).toEqual([]);
    expect(parseBasemapOrigins('  ')).toEqual([]);
  });
  it('refuses what would widen the policy beyond one server, saying what to write', () => {
    expect(() => parseBasemapOrigin('http://tiles.example.org')).toThrow(/https/);
    expect(() => parseBasemapOrigin('https://*.example.org')).toThrow();
    expect(() => parseBasemapOrigin('https://tiles.example.org/styles/light.json')).toThrow(/origin only.*https:\/\/tiles\.example\.org/);
    expect(() => parseBasemapOrigin('tiles.example.org')).toThrow(/not a URL/);
    expect(() => parseBasemapOrigin("https://a.example 'unsafe-inline'")).toThrow();
  });
  it('lets the Electron request filter through exactly those origins', () => {
    const origins = parseBasemapOrigins('https://tiles.example.org');
    expect(isAllowedRequestUrl('https://tiles.example.org/styles/light.json', origins)).toBe(true);
    expect(isAllowedRequestUrl('https://tiles.example.org.evil.test/x.png', origins)).toBe(false);
    expect(isAllowedRequestUrl('https://other.example.org/x.png', origins)).toBe(false);
    expect(isAllowedRequestUrl('https://tiles.example.org/styles/light.json')).toBe(false);
  });
});
