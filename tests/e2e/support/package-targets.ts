import { generateDemoPackage } from '../../../data/demo';
import { createMemorySource, readPackage, type LoadedPackage } from '../../../data/package';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { KORTRIJK_DIR } from '../../helpers/shared-data';
import type { E2ENeeds } from './e2e-gate';

/** A package an e2e file runs on: its name, a file-name slug, its folder (null: the generated demo). */
export interface PackageTarget {
  readonly name: string;
  readonly slug: string;
  readonly dir: string | null;
  readonly needs: E2ENeeds;
}

/** Kortrijk (skipped, and said so, where the shared data is absent) and the generated Demostad. */
export const PACKAGE_TARGETS: readonly PackageTarget[] = [
  { name: 'Kortrijk', slug: 'kortrijk', dir: KORTRIJK_DIR, needs: { kortrijk: true } },
  { name: 'Demostad', slug: 'demostad', dir: null, needs: {} },
];

/** The package of a target as the app reads it, for the test's own expectations. */
export async function loadTruth(dir: string | null): Promise<LoadedPackage> {
  const source = dir ? await openNodePackageSource(dir) : createMemorySource('Demostad', generateDemoPackage().files);
  const result = await readPackage(source);
  if (!result.ok) throw new Error('test package does not read');
  return result.pkg;
}
