/**
 * Time and memory of reading a 16 MB CSV whose header or one cell is huge (issue 15.5), one case per
 * process so each peak is its own:
 *
 *   node --expose-gc --import tsx bench/huge-table-cells.ts <header-cell|header-columns|cell>
 *
 * Prints the case, the seconds, the peak resident set (maxRSS), the heap right after the read (before a
 * collection) and what the read reported. Figures only: nothing here fails a build.
 */
import { readImportInputs } from '../data/import';

const SIZE = 16 * 1024 * 1024;

const CASES: Record<string, () => string> = {
  /** One header name of 16 MB, then a data row. */
  'header-cell': () => `code;${'x'.repeat(SIZE)}\n11001;1\n`,
  /** A header of 16 MB made of short names (about 2.8 million columns). */
  'header-columns': () => {
    const names: string[] = ['code'];
    let length = 4;
    for (let i = 0; length < SIZE; i++) {
      const name = `k${i}`;
      names.push(name);
      length += name.length + 1;
    }
    return `${names.join(';')}\n11001;1\n`;
  },
  /** A normal header and one value cell of 16 MB. */
  cell: () => `code;waarde\n11001;${'x'.repeat(SIZE)}\n11002;2\n`,
};

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const make = CASES[name];
  if (!make) throw new Error(`choose a case: ${Object.keys(CASES).join(', ')}`);
  const bytes = new TextEncoder().encode(make());
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const inputs = await readImportInputs([{ name: `${name}.csv`, bytes }]);
  const seconds = (performance.now() - started) / 1000;
  const heapAfter = process.memoryUsage().heapUsed;
  const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
  const header = inputs.tables[0]?.table.header ?? [];
  console.log(
    [
      `${name}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB file`,
      `${seconds.toFixed(2)} s`,
      `peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`,
      `heap after read +${mib(heapAfter - heapBefore)} MiB`,
      `columns ${header.length}, longest header ${header.reduce((m, h) => Math.max(m, h.length), 0)} chars`,
      `problems ${inputs.problems.map((p) => `${p.code}@${p.row ?? '-'}`).join(', ') || 'none'}`,
    ].join(' | '),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
