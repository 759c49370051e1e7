import { describe, expect, it } from 'vitest';
import { makeCase } from '../../scripts/fuzz/cases';
import { readCsvTable } from '../../data/formats';
import { ProblemList } from '../../data/problems';
import { caseRng, hugeHeader, mutateBytes, mutateCsv, mutateJson } from '../../scripts/fuzz/mutate';
import { runReader } from '../../scripts/fuzz/run-reader';
import { formatFuzzReport, OUTCOMES, runFuzz } from '../../scripts/fuzz/run-fuzz';
import { buildSeeds, READERS } from '../../scripts/fuzz/seeds';

const seeds = buildSeeds();

describe('fuzz seeds and mutations', () => {
  it('every seed of every reader is accepted unmutated (so mutations start on the accept path)', async () => {
    for (const reader of READERS) {
      expect(seeds[reader].length, reader).toBeGreaterThan(0);
      for (const files of seeds[reader]) expect(await runReader(reader, files), `${reader}: ${files.map((f) => f.name).join(', ')}`).toEqual({ verdict: 'accepted' });
    }
  });

  it('the same seed and case number give the same bytes; another case gives other bytes', () => {
    const one = makeCase('datapackage-zip', seeds, caseRng(7, 42));
    expect(makeCase('datapackage-zip', seeds, caseRng(7, 42))).toEqual(one);
    expect(makeCase('datapackage-zip', seeds, caseRng(7, 43))).not.toEqual(one);
  });

  it('mutations change the input and keep structure where asked (JSON still parses, CSV keeps lines)', () => {
    const json = new TextEncoder().encode(JSON.stringify({ a: [1, 2, { b: 'x' }], c: 3 }));
    let changed = 0;
    let parses = 0;
    for (let i = 0; i < 200; i++) {
      const out = mutateJson(caseRng(1, i), json);
      if (out.join() !== json.join()) changed++;
      try {
        JSON.parse(new TextDecoder().decode(out));
        parses++;
      } catch {
        // a deep nesting JSON.stringify could not write falls back to a byte mutation
      }
    }
    expect(changed).toBeGreaterThan(150);
    expect(parses).toBeGreaterThan(150);
    const csv = new TextEncoder().encode('code;jaar;waarde\nA;2024;1\nB;2024;2\n');
    expect(Array.from({ length: 50 }, (_, i) => mutateCsv(caseRng(2, i), csv).join() !== csv.join()).filter(Boolean).length).toBeGreaterThan(40);
    expect(mutateBytes(caseRng(3, 0), new Uint8Array(0))).toHaveLength(1);
  });

  it('huge-header mutations reach both header limits (a name over 256 characters, over 1,000 columns), the unclosed quote included', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const header = hugeHeader(caseRng(4, i), 'code;jaar;waarde');
      expect(header.startsWith('code;jaar;waarde;')).toBe(true);
      const problems = new ProblemList();
      readCsvTable({ name: 'kop.csv', bytes: new TextEncoder().encode(`${header}\nA;2024;1\n`) }, {}, problems);
      for (const p of problems.items) codes.add(p.code);
    }
    expect([...codes]).toEqual(expect.arrayContaining(['table-header-too-long', 'table-too-many-columns']));
  });
});

describe('fuzz: what it counts', () => {
  it('counts a hang (and replaces the worker), an uncaught error and a heap overflow, each once, and goes on', { timeout: 120_000 }, async () => {
    const report = await runFuzz({ cases: 5, seed: 1, caseTimeoutMs: 1_000, memoryMb: 64, readers: ['csv'], threadEntry: new URL('./fuzz-misbehaving-thread.ts', import.meta.url) }, seeds);
    expect(report.perReader.csv).toEqual({ accepted: 2, rejected: 0, uncaught: 1, hung: 1, memory: 1 });
    expect(report.distinct.map((d) => [d.index, d.outcome])).toEqual([[1, 'hung'], [2, 'uncaught'], [3, 'memory']]);
    expect(formatFuzzReport(report)).toMatch(/UNCAUGHT csv ×1 \(first: case 2\): RangeError: Maximum call stack size exceeded at data\/x.ts:1:1/);
  });
});

describe('fuzz: fixed-seed pass over every reader (CI)', () => {
  // 1,998 cases (222 per reader): 16–20 s on the 2-core machine here; `npm run fuzz -- --cases 20000` is the long run (README).
  it('1,998 cases with seed 20261203: no uncaught error, no hang over 5 s, no heap overflow, every rejection has a message', { timeout: 240_000 }, async () => {
    const report = await runFuzz({ cases: 1_998, seed: 20261203, caseTimeoutMs: 5_000, memoryMb: 768 }, seeds);
    const text = formatFuzzReport(report);
    for (const reader of READERS) {
      const counts = report.perReader[reader];
      expect(OUTCOMES.reduce((n, o) => n + counts[o], 0), reader).toBe(222);
      expect(counts.accepted + counts.rejected, `${reader}\n${text}`).toBe(222);
    }
    expect(report.distinct, text).toEqual([]);
    expect(report.rejectedWithoutMessage, text).toBe(0);
    expect(report.peakRssMb, text).toBeLessThan(1024);
  });
});
