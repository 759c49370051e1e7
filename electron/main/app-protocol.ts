/**
 * The privileged `app://` scheme that serves the built renderer (see `app-files.ts` for the file rules).
 */
import { protocol, type Session } from 'electron';
import { createAppFileHandler } from './app-files';
import { APP_SCHEME } from '../shared/ipc-contract';

/**
 * Registers `app://` as a standard, secure scheme with Fetch API and streaming support, so pages, module
 * workers, `fetch()` of the DuckDB .wasm and relative URLs behave as on https. Must run before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/**
 * Serves files under `rendererRoot` (the `dist/renderer` folder) on `app://wijkzicht/` for `ses`, with the
 * basemap origins the user opted in to in the Content-Security-Policy.
 */
export function serveAppProtocol(ses: Session, rendererRoot: string, basemapOrigins: readonly string[] = []): void {
  ses.protocol.handle(APP_SCHEME, createAppFileHandler(rendererRoot, { basemapOrigins }));
}
