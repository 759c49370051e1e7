import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Vitest global setup: builds the CLI bundle (dist/cli, not committed) when it is missing or older than its
 * sources, once before the test files run, so that tests/cli spawn the CLI as `npm run cli` runs it.
 */
export default function buildCliBundle(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
}
