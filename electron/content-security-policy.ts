/**
 * The Content-Security-Policy of the renderer. Electron's `app://` protocol handler and the browser-mode
 * server (`scripts/web.mjs` via `scripts/serve-renderer.ts`) both send exactly this header, so the e2e
 * tests exercise the same policy the desktop app enforces.
 *
 * - scripts only from the app itself; `wasm-unsafe-eval` lets DuckDB-WASM compile its module;
 * - workers (DuckDB, MapLibre) from the app or blob: URLs MapLibre creates;
 * - no remote connections: `connect-src 'self'` (the user-chosen basemap of a later issue will widen this
 *   only when the user asks for it).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
