/** Builds the renderer as it ships, for the e2e suite and the benchmark (one build step, not two copies). */
import path from 'node:path';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Builds the renderer in production mode into dist/renderer. Vitest sets NODE_ENV=test, which would make
 * Vite bundle React's development build: NODE_ENV is production for the build and restored after it, also
 * when the build fails.
 */
export async function buildProductionRenderer(): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
