/**
 * Applies the policy of `security.ts` to Electron's session and web contents: no permissions, no network,
 * no navigation away from the app, no new windows, no <webview>.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequestUrl } from './security';

/**
 * Denies every permission and cancels every request that is not app://wijkzicht, devtools, blob: or data:,
 * or one of the basemap origins the user opted in to when starting the app.
 */
export function hardenSession(ses: Session, basemapOrigins: readonly string[] = []): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Chromium's spell checker downloads dictionaries at run time; the app makes no network requests.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, basemapOrigins);
    if (!allowed) console.warn(`[wijkzicht] blocked request to ${originOf(details.url)}`);
    callback({ cancel: !allowed });
  });
}

/** Blocks navigation away from the app origin, `window.open` and `<webview>` for one web contents. */
export function hardenWebContents(contents: WebContents): void {
  const denyForeignNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      console.warn(`[wijkzicht] blocked navigation to ${originOf(event.url)}`);
    }
  };
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-frame-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an invalid URL';
  }
}
