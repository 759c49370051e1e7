import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_SEED, generateDemoPackage } from '../../data/demo';

/** `demo --out <dir> [--seed N]`: writes the generated Demostad package to a folder. */
export async function runDemo(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, seed: { type: 'string' } }, strict: true });
  if (!values.out) throw new Error('demo needs --out <folder>');
  const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got ${values.seed}`);
  const { files } = generateDemoPackage({ seed });
  for (const [relative, content] of files) {
    const target = path.join(values.out, ...relative.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  process.stdout.write(`Wrote the Demostad package (seed ${seed}, ${files.size} files) to ${path.resolve(values.out)}\n`);
  return 0;
}
