import path from 'node:path';
import { PROJECT_ROOT } from './shared-data';

/**
 * The bundled command line the CLI tests spawn with `node`, as `npm run cli` runs it (scripts/cli.mjs).
 * tests/setup/build-cli-bundle.ts (Vitest's global setup) builds it first when a source is newer.
 */
export const CLI_BUNDLE = path.join(PROJECT_ROOT, 'dist', 'cli', 'wijkzicht.mjs');
