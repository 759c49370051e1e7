/**
 * Serves the built renderer (`dist/renderer`) for the `app://wijkzicht/` protocol. Pure Node + Fetch API
 * (`Request`/`Response`), no `electron` import: `app-protocol.ts` plugs {@link createAppFileHandler} into
 * `protocol.handle`, and the tests call it directly with `new Request('app://wijkzicht/…')`.
 *
 * Files are read with `fs.promises.readFile`, which Electron patches to read inside `app.asar`, so the
 * packaged app serves the same files from the archive.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildContentSecurityPolicy } from './content-security-policy';
import { APP_HOST, APP_SCHEME } from '../shared/ipc-contract';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The Content-Type for a file name, by extension (case-insensitive); `application/octet-stream` if unknown. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers sent with every response of the app protocol, errors included. */
export function baseHeaders(basemapOrigins: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(basemapOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/**
 * Maps the path of an app URL to a file under `root`, or null when the request must be refused: an
 * undecodable path, NUL bytes, backslashes, `.`/`..` segments (also percent-encoded ones such as `..%2F`)
 * or anything that would resolve outside `root`. `/` maps to `index.html`.
 */
export function resolveAppPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  if (segments.length === 0) segments.push('index.html');

  const absoluteRoot = path.resolve(root);
  const candidate = path.resolve(absoluteRoot, ...segments);
  const relative = path.relative(absoluteRoot, candidate);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return candidate;
}

/** Options of {@link createAppFileHandler}; `readFile`/`isFile` are injectable for tests. */
export interface AppFileHandlerOptions {
  readonly readFile?: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
  readonly isFile?: (file: string) => Promise<boolean>;
  /** Basemap origins the user opted in to (added to the CSP's connect-src and img-src). */
  readonly basemapOrigins?: readonly string[];
}

/**
 * Creates the `protocol.handle('app', …)` handler that serves files under `root`. Only GET/HEAD on host
 * `wijkzicht` are served; other hosts get 403, missing or escaping paths 404, other methods 405. Every
 * response carries the app's Content-Security-Policy.
 */
export function createAppFileHandler(
  root: string,
  options: AppFileHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((file: string) => readFile(file));
  const isFile = options.isFile ?? defaultIsFile;
  const origins = options.basemapOrigins ?? [];
  const textResponse = (status: number, text: string, extra: Record<string, string> = {}) => plainText(status, text, origins, extra);

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') {
      return textResponse(403, 'Forbidden');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const file = resolveAppPath(root, url.pathname);
    if (file === null || !(await isFile(file))) {
      return textResponse(404, 'Not found');
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await read(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = {
      ...baseHeaders(origins),
      'Content-Type': mimeTypeFor(file),
      'Content-Length': String(body.byteLength),
    };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

async function defaultIsFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function plainText(status: number, text: string, basemapOrigins: readonly string[], extra: Record<string, string>): Response {
  return new Response(text, {
    status,
    headers: { ...baseHeaders(basemapOrigins), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}
