/**
 * `npm run web [-- --package <dir>] [--port 5174] [--no-build] [--open] [--basemap-origin https://…]`
 *
 * Builds the renderer (unless --no-build) and serves it on 127.0.0.1, printing the URL. With --package
 * (or WIJKZICHT_PACKAGE) the app opens that package folder at start; otherwise the Demostad demo. With
 * --basemap-origin (repeatable, or WIJKZICHT_BASEMAP_ORIGINS) the app may load a basemap style and its
 * tiles from those servers; without it, it can reach nothing outside this machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBasemapOrigins } from '../electron/main/content-security-policy';
import { serveRenderer } from './serve-renderer';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { package: { type: 'string' }, port: { type: 'string', default: process.env.PORT ?? '5174' }, 'no-build': { type: 'boolean', default: false }, open: { type: 'boolean', default: false }, 'basemap-origin': { type: 'string', multiple: true } },
    strict: true,
  });
  const packageDir = values.package ?? process.env.WIJKZICHT_PACKAGE ?? null;
  if (packageDir !== null) {
    if (!existsSync(packageDir)) throw new Error(`--package ${packageDir}: no such folder or .zip file.`);
    const isZip = statSync(packageDir).isFile() && packageDir.toLowerCase().endsWith('.zip');
    if (!isZip && !statSync(packageDir).isDirectory()) throw new Error(`--package ${packageDir}: give a package folder or a .zip archive.`);
    if (!isZip && !existsSync(path.join(packageDir, 'datapackage.json'))) throw new Error(`--package ${packageDir}: no datapackage.json in that folder.`);
  }
  const rendererDir = path.join(projectRoot, 'dist', 'renderer');
  if (!values['no-build'] || !existsSync(path.join(rendererDir, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  const basemapOrigins = values['basemap-origin'] ? parseBasemapOrigins(values['basemap-origin'].join(',')) : parseBasemapOrigins(process.env.WIJKZICHT_BASEMAP_ORIGINS);
  const { url } = await serveRenderer({ root: rendererDir, packageDir, port, basemapOrigins });
  console.log(`Wijkzicht is running in your browser at ${url}`);
  console.log(packageDir ? `Opening package: ${path.resolve(packageDir)}` : 'Opening the Demostad demo package (fictional). Use --package <dir> for another.');
  if (basemapOrigins.length > 0) console.log(`Basemap servers allowed (internet): ${basemapOrigins.join(', ')}`);
  console.log('Press Ctrl+C to stop.');
  if (values.open) {
    const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    spawn(opener, [url], { stdio: 'ignore', detached: true }).on('error', () => console.log(`Open ${url} in your browser.`)).unref();
  }
}

main().catch((error: unknown) => {
  console.error(`wijkzicht web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
