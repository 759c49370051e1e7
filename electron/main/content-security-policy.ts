/**
 * The Content-Security-Policy of the renderer. Electron's `app://` protocol handler and the browser-mode
 * server (`scripts/web.ts` via `scripts/serve-renderer.ts`) both send exactly this header, so the e2e
 * tests exercise the same policy the desktop app enforces.
 *
 * - scripts only from the app itself; `wasm-unsafe-eval` lets DuckDB-WASM compile its module;
 * - workers (DuckDB, MapLibre) from the app or blob: URLs MapLibre creates;
 * - styles only from the app's own style sheets: no `'unsafe-inline'`, so neither a `<style>` element nor a
 *   `style="…"` attribute in injected markup applies. React and MapLibre set styles through the CSSOM
 *   (`element.style.…`), which a policy does not govern; the app writes no markup with inline styles;
 * - no remote connections: `connect-src 'self'`. The one exception is opt-in: origins of a basemap style
 *   server the user names when starting the app (`WIJKZICHT_BASEMAP_ORIGINS`, or `--basemap-origin` of
 *   `npm run web`), added to `connect-src` and `img-src` only.
 */
export function buildContentSecurityPolicy(basemapOrigins: readonly string[] = []): string {
  const extra = basemapOrigins.map((o) => parseBasemapOrigin(o)).map((o) => ` ${o}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "style-src 'self'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self' data:",
    `connect-src 'self' blob: data:${extra}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy without any basemap origin: what the app sends unless the user opted in. */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();

/**
 * One origin for the basemap opt-in, checked and normalised: `https://host[:port]` (or `http://` on this
 * machine only), no path, no wildcard. Throws a message that says what to write instead.
 *
 * @example
 * parseBasemapOrigin('https://tiles.example.org/'); // 'https://tiles.example.org'
 */
export function parseBasemapOrigin(text: string): string {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`Basemap origin "${text}" is not a URL. Write it as https://tiles.example.org`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error(`Basemap origin "${text}" must use https:// (http:// only for this machine).`);
  if (trimmed.includes('*')) throw new Error(`Basemap origin "${text}": wildcards are not allowed; list each server.`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new Error(`Basemap origin "${text}" must be an origin only (scheme and host, e.g. ${url.origin}), without a path.`);
  }
  return url.origin;
}

/**
 * The basemap origins of a setting such as `WIJKZICHT_BASEMAP_ORIGINS` (separated by commas or spaces);
 * empty when unset.
 *
 * @example
 * parseBasemapOrigins('https://a.example, https://b.example'); // ['https://a.example', 'https://b.example']
 */
export function parseBasemapOrigins(setting: string | undefined): string[] {
  if (!setting || setting.trim() === '') return [];
  return [...new Set(setting.split(/[\s,]+/).filter((s) => s !== '').map(parseBasemapOrigin))];
}
