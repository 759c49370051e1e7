/** Small helpers shared by the benchmark sections: timing, statistics, the printed table, the build. */
/** Builds the renderer as it ships (production mode) into dist/renderer, for the sections run in Chromium. */
export { buildProductionRenderer } from '../scripts/build-production-renderer';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB' | 'count' | 'ratio';
  /** A target from the issues, printed beside the figure (never asserted: benchmarks inform, tests decide). */
  readonly target?: string;
  /** A name for `--json` readers that must find this figure (e.g. `firstMapOverFloor.Kortrijk`). */
  readonly key?: string;
}

/** Every section printed in this run, for `npm run bench -- --json`. */
export const printedSections: { readonly title: string; readonly figures: readonly Figure[] }[] = [];

/** Where the human-readable lines go: stdout, or stderr when stdout carries the JSON (`--json`). */
let out: (line: string) => void = (line) => console.log(line);

/** Sends the readable lines to stderr from now on, so that stdout carries one JSON object only. */
export function printToStderr(): void {
  out = (line) => console.error(line);
}

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function printSection(title: string, figures: readonly Figure[]): void {
  printedSections.push({ title, figures });
  out(`\n## ${title}`);
  const width = Math.max(...figures.map((f) => f.name.length), 10);
  for (const f of figures) {
    const value = f.unit === 'count' ? String(f.value) : f.unit === 'ratio' ? `${f.value.toFixed(1)}×` : f.value.toFixed(f.value < 10 ? 2 : 1);
    out(`  ${f.name.padEnd(width)}  ${value.padStart(9)} ${f.unit.padEnd(5)}${f.target ? `  (target ${f.target})` : ''}`);
  }
}
