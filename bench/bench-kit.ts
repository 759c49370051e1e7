/** Small helpers shared by the benchmark sections: timing, statistics and the printed table. */

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB' | 'count' | 'ratio';
  /** A target from the issues, printed beside the figure (never asserted: benchmarks inform, tests decide). */
  readonly target?: string;
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
  console.log(`\n## ${title}`);
  const width = Math.max(...figures.map((f) => f.name.length), 10);
  for (const f of figures) {
    const value = f.unit === 'count' ? String(f.value) : f.unit === 'ratio' ? `${f.value.toFixed(1)}×` : f.value.toFixed(f.value < 10 ? 2 : 1);
    console.log(`  ${f.name.padEnd(width)}  ${value.padStart(9)} ${f.unit.padEnd(5)}${f.target ? `  (target ${f.target})` : ''}`);
  }
}
