import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { openNodePackageSource } from '../data/package/sources/node-folder-source';
import { buildContentSecurityPolicy } from '../electron/main/content-security-policy';

/** MIME types of everything the renderer build and a data package contain. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.zip': 'application/zip',
};

export interface ServeOptions {
  /** The built renderer (dist/renderer). */
  readonly root: string;
  /** A package folder (or .zip file) to publish under /__package/, or null. */
  readonly packageDir: string | null;
  readonly port: number;
  readonly host?: string;
  /** Basemap style origins the user opted in to (CSP connect-src and img-src); none by default. */
  readonly basemapOrigins?: readonly string[];
}

/** Resolves a URL path under a root; null when it would escape the root. */
export function resolveUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return target === root || target.startsWith(root + path.sep) ? target : null;
}

/**
 * Whether a request's Host header names this loopback server: `127.0.0.1`, `localhost` or `[::1]` with the
 * server's port. Anything else is refused, so a page on another site whose name was re-pointed at 127.0.0.1
 * (DNS rebinding) cannot read the published package through the user's browser.
 *
 * @example
 * isLoopbackHost('127.0.0.1:5173', 5173); // true
 * isLoopbackHost('evil.example:5173', 5173); // false
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const name = host.toLowerCase();
  return ['127.0.0.1', 'localhost', '[::1]'].some((loopback) => name === `${loopback}:${port}`);
}

/**
 * Whether a request's Origin header (sent by browsers on module scripts, workers' fetches and CORS
 * requests) is this server's own loopback origin; a request without one passes (the Host check still
 * applies). A page of another site — even one on another port of this machine — is refused.
 *
 * @example
 * isOwnOrigin('http://127.0.0.1:5173', 5173); // true
 * isOwnOrigin('https://evil.example', 5173); // false
 */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].some((loopback) => origin.toLowerCase() === `http://${loopback}:${port}`);
}

/**
 * Serves the built renderer on 127.0.0.1 with the same Content-Security-Policy as the Electron app, the
 * startup config at `/__wijkzicht/config.json` and, when given, a package folder under `/__package/`
 * (read-only, listed at `/__package/__files.json`). Binds to loopback only.
 */
export async function serveRenderer(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = await realpath(options.root);
  const packagePath = options.packageDir ? await realpath(options.packageDir) : null;
  const zip = packagePath !== null && (await stat(packagePath)).isFile();
  // A .zip is published as the one file of its folder; the renderer unzips it.
  const packageRoot = packagePath && zip ? path.dirname(packagePath) : packagePath;
  const packageFiles = packagePath ? (zip ? [path.basename(packagePath)] : await (await openNodePackageSource(packagePath)).list()) : [];
  const config = JSON.stringify({
    package: packagePath ? { label: path.basename(packagePath), base: '/__package/', kind: zip ? 'zip' : 'folder' } : null,
  });
  const policy = buildContentSecurityPolicy(options.basemapOrigins ?? []);
  // The port the server listens on (known once it listens; options.port may be 0 = any free port).
  let boundPort = options.port;
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const send = (status: number, type: string, body: string): void => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (!isLoopbackHost(request.headers.host, boundPort)) return send(421, 'text/plain', 'This server answers only to 127.0.0.1 and localhost');
    if (!isOwnOrigin(request.headers.origin, boundPort)) return send(403, 'text/plain', 'Requests from other sites are refused');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file: string | null;
    if (url.pathname === '/__wijkzicht/config.json') return send(200, MIME_TYPES['.json']!, config);
    if (url.pathname.startsWith('/__package/')) {
      if (!packageRoot) return send(404, 'text/plain', 'No package is published');
      const relative = url.pathname.slice('/__package/'.length);
      if (relative === '__files.json') return send(200, MIME_TYPES['.json']!, JSON.stringify(packageFiles));
      let decoded: string;
      try {
        decoded = decodeURIComponent(relative);
      } catch {
        return send(400, 'text/plain', 'Bad path');
      }
      if (!packageFiles.includes(decoded)) return send(404, 'text/plain', 'Not in the package');
      file = resolveUnder(packageRoot, relative);
    } else {
      file = resolveUnder(root, url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    }
    if (!file) return send(403, 'text/plain', 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'text/plain', 'Not found');
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Content-Security-Policy': policy,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    } catch {
      send(404, 'text/plain', 'Not found');
    }
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[wijkzicht web] request failed:', request.url, error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end('Internal error');
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  boundPort = port;
  return { server, url: `http://${host}:${port}/` };
}
