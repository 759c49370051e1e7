/**
 * Pure security policy of the desktop app: which URLs belong to the app, which requests and navigations are
 * allowed, and which IPC senders are trusted. No `electron` import, so Vitest can test every rule here;
 * `hardening.ts` and `ipc-handlers.ts` apply these rules to real Electron objects.
 */
import { APP_HOST, APP_SCHEME } from '../shared/ipc-contract';

/** True when `url` is on the app origin `app://wijkzicht` (no credentials, no port). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** A frame may only navigate within the app origin; everything else (http, file, other hosts) is denied. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The network policy of the app session: the app must make no network request at run time. Allowed are the
 * app's own files, DevTools' own frontend, and in-memory `blob:`/`data:` URLs (MapLibre workers, images).
 * Everything else (http, https, ws, wss, ftp, file, other `app://` hosts) is cancelled.
 */
export function isAllowedRequestUrl(url: string, basemapOrigins: readonly string[] = []): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'blob:' || parsed.protocol === 'data:') return true;
  // The user's opt-in basemap servers (WIJKZICHT_BASEMAP_ORIGINS), and nothing else.
  return basemapOrigins.includes(parsed.origin);
}

/** The parts of an Electron `WebFrameMain` the sender check needs. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** The parts of an Electron `IpcMainInvokeEvent` the sender check needs. */
export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly id: number };
}

/** Thrown (and sent back to the invoking renderer as a rejection) when an IPC call comes from elsewhere. */
export class UntrustedSenderError extends Error {
  constructor(reason: string) {
    super(`IPC call refused: ${reason}`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Accepts an IPC event only when it comes from the main frame of the app window (`trustedWebContentsId`)
 * and that frame shows a page of the app origin. Throws {@link UntrustedSenderError} otherwise.
 */
export function assertTrustedSender(event: IpcEventLike, trustedWebContentsId: number | undefined): void {
  if (trustedWebContentsId === undefined || event.sender.id !== trustedWebContentsId) {
    throw new UntrustedSenderError('the sender is not the Wijkzicht window');
  }
  const frame = event.senderFrame;
  if (frame === null) {
    throw new UntrustedSenderError('the sending frame no longer exists');
  }
  if (frame.parent !== null) {
    throw new UntrustedSenderError('the sender is a subframe');
  }
  if (!isAppUrl(frame.url)) {
    throw new UntrustedSenderError(`the sending page is not on the app origin (${describeOrigin(frame.url)})`);
  }
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Scheme and host of a URL for error messages; never echoes paths or query strings. */
function describeOrigin(url: string): string {
  const parsed = parseUrl(url);
  if (parsed === null) return 'invalid URL';
  return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
}
