import type { LoadedPackage } from '../../data/package';

/**
 * A small least-recently-used memo of asynchronous results per loaded package: the map asks for the same
 * indicator values and suppression plans again when only the classification, palette or measure changes,
 * and the query and the suppression plan are the slow part (hundreds of milliseconds on 19,790 sectors).
 * Keyed by the package object, so opening another package (or the same one again) starts empty. A failed
 * computation is forgotten, so the next request tries again.
 *
 * @example
 * const memo = createPackageMemo<Row[]>(16);
 * const rows = await memo.get(pkg, `values|${indicator}|${level}|${period}`, () => query(...));
 */
export function createPackageMemo<T>(capacity: number): {
  get(pkg: LoadedPackage, key: string, compute: () => Promise<T>): Promise<T>;
} {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a whole number ≥ 1, got ${capacity}`);
  const perPackage = new WeakMap<LoadedPackage, Map<string, Promise<T>>>();
  return {
    get(pkg, key, compute) {
      let entries = perPackage.get(pkg);
      if (!entries) perPackage.set(pkg, (entries = new Map()));
      const known = entries.get(key);
      if (known) {
        // Most recently used last.
        entries.delete(key);
        entries.set(key, known);
        return known;
      }
      const promise = compute();
      entries.set(key, promise);
      promise.catch(() => {
        if (entries.get(key) === promise) entries.delete(key);
      });
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return promise;
    },
  };
}
