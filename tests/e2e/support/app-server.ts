import type { Server } from 'node:http';
import path from 'node:path';
import { serveRenderer } from '../../../scripts/serve-renderer';
import { PROJECT_ROOT } from '../../helpers/shared-data';

/** Serves the built renderer (dist/renderer, built by the global setup) on a free loopback port. */
export async function startAppServer(
  packageDir: string | null,
  options: { basemapOrigins?: readonly string[] } = {},
): Promise<{ url: string; origin: string; close(): Promise<void> }> {
  const { server, url } = await serveRenderer({ root: path.join(PROJECT_ROOT, 'dist', 'renderer'), packageDir, port: 0, basemapOrigins: options.basemapOrigins });
  return { url, origin: url.replace(/\/$/, ''), close: () => closeServer(server) };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
