/**
 * `npm run cli -- <command> [options]`: runs the command line from its bundle (dist/cli/wijkzicht.mjs),
 * rebuilding the bundle first when a source file is newer than it (scripts/build-cli.mjs), so that a
 * developer never runs a stale CLI and nobody waits for tsx to compile TypeScript at every call.
 */
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from './build-cli.mjs';

await import(pathToFileURL(await ensureCliBundle()).href);
