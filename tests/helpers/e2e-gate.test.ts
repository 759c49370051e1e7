// The e2e suite's gate (tests/e2e/support/e2e-gate.ts) is tested here: the unit run excludes tests/e2e/.
import { describe, expect, it } from 'vitest';
import { e2eRequired, e2eSkipReason } from '../e2e/support/e2e-gate';

describe('e2e gate', () => {
  it('says why a suite cannot run: no browser, no Kortrijk, or both', () => {
    expect(e2eSkipReason({}, { chromium: '/usr/bin/chromium', kortrijk: false })).toBeNull();
    expect(e2eSkipReason({ kortrijk: true }, { chromium: '/usr/bin/chromium', kortrijk: true })).toBeNull();
    expect(e2eSkipReason({ kortrijk: true }, { chromium: '/usr/bin/chromium', kortrijk: false })).toMatch(/data\/kortrijk (absent|ignored)/);
    expect(e2eSkipReason({}, { chromium: null, kortrijk: true })).toMatch(/^no Chromium found/);
    expect(e2eSkipReason({ kortrijk: true }, { chromium: null, kortrijk: false })).toMatch(/^no Chromium found.*; .*kortrijk/);
  });

  it('requires the suite to run under REQUIRE_E2E or CI', () => {
    expect(e2eRequired({})).toBe(false);
    expect(e2eRequired({ REQUIRE_E2E: '1' })).toBe(true);
    expect(e2eRequired({ CI: 'true' })).toBe(true);
    expect(e2eRequired({ CI: 'false', REQUIRE_E2E: '0' })).toBe(false);
  });
});
