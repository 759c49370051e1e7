import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../data/import/node/start-ts-worker';
import { makeCase } from './cases';
import type { FuzzAnswer, FuzzRequest } from './fuzz-thread';
import { caseRng } from './mutate';
import { buildSeeds, READERS, type FuzzFile, type ReaderName, type Seeds } from './seeds';

export const OUTCOMES = ['accepted', 'rejected', 'uncaught', 'hung', 'memory'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface FuzzOptions {
  readonly cases: number;
  readonly seed: number;
  /** Milliseconds one case may take before it counts as hung and its worker is terminated (default 5,000). */
  readonly caseTimeoutMs?: number;
  /** Heap limit of the worker in MiB; a case that passes it counts as "memory" (default 768). */
  readonly memoryMb?: number;
  readonly readers?: readonly ReaderName[];
  /** Called for every case that is not accepted or rejected (to save it for a regression test). */
  readonly onFailure?: (failure: FuzzFailure, files: readonly FuzzFile[]) => void;
  readonly onProgress?: (done: number) => void;
  /** The worker module (tests give one that misbehaves); default `fuzz-thread.ts`. */
  readonly threadEntry?: URL;
}

export interface FuzzFailure {
  readonly index: number;
  readonly reader: ReaderName;
  readonly outcome: Exclude<Outcome, 'accepted' | 'rejected'>;
  readonly message: string;
  readonly where: string;
}

export interface FuzzReport {
  readonly cases: number;
  readonly seed: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly perReader: Readonly<Record<ReaderName, Record<Outcome, number>>>;
  /** Rejections whose first error had an empty message (the user would see no reason). */
  readonly rejectedWithoutMessage: number;
  /** One entry per distinct crash (reader, outcome, message, place), with how often it happened. */
  readonly distinct: readonly (FuzzFailure & { readonly count: number })[];
}

type CaseEnd = { readonly kind: 'answer'; readonly answer: Extract<FuzzAnswer, { index: number }> } | { readonly kind: 'hung' } | { readonly kind: 'died'; readonly message: string };

function startWorker(memoryMb: number, entry: URL): Promise<Worker> {
  const worker = startTsWorker(entry, null, { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function runCase(worker: Worker, request: FuzzRequest, timeoutMs: number): Promise<CaseEnd> {
  return new Promise((resolve) => {
    const done = (end: CaseEnd) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(end);
    };
    const onMessage = (answer: FuzzAnswer) => {
      if ('index' in answer && answer.index === request.index) done({ kind: 'answer', answer });
    };
    const onError = (error: Error) => done({ kind: 'died', message: `${(error as { code?: string }).code ?? error.name}: ${error.message}` });
    const onExit = (code: number) => done({ kind: 'died', message: `worker exited with code ${code}` });
    const timer = setTimeout(() => done({ kind: 'hung' }), timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

const emptyCounts = (): Record<Outcome, number> => ({ accepted: 0, rejected: 0, uncaught: 0, hung: 0, memory: 0 });

/** The outcome of a case and, for a crash, what to report. */
function judge(end: CaseEnd, index: number, reader: ReaderName, timeoutMs: number): { outcome: Outcome; failure: FuzzFailure | null; silent: boolean } {
  if (end.kind === 'hung') return { outcome: 'hung', failure: { index, reader, outcome: 'hung', message: `no answer within ${timeoutMs} ms`, where: '' }, silent: false };
  if (end.kind === 'died') {
    const outcome = /OUT_OF_MEMORY|heap/i.test(end.message) ? 'memory' : 'uncaught';
    return { outcome, failure: { index, reader, outcome, message: end.message, where: '' }, silent: false };
  }
  const { result, where } = end.answer;
  if (result.verdict === 'uncaught') return { outcome: 'uncaught', failure: { index, reader, outcome: 'uncaught', message: result.message, where: where ?? '' }, silent: false };
  return { outcome: result.verdict, failure: null, silent: result.verdict === 'rejected' && result.message.trim() === '' };
}

/**
 * Runs `cases` fuzz cases, reader after reader in turn, each case made from the seeds by `caseRng(seed,
 * index)` (so a run is repeatable and any case can be made again alone), in a worker_thread with a heap
 * limit; a case past its time is "hung" and its worker replaced. Peak RSS covers the whole process.
 */
export async function runFuzz(options: FuzzOptions, seeds: Seeds = buildSeeds()): Promise<FuzzReport> {
  const readers = options.readers ?? READERS;
  const timeoutMs = options.caseTimeoutMs ?? 5_000;
  const memoryMb = options.memoryMb ?? 768;
  const perReader = Object.fromEntries(READERS.map((r) => [r, emptyCounts()])) as Record<ReaderName, Record<Outcome, number>>;
  const distinct = new Map<string, FuzzFailure & { count: number }>();
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const started = performance.now();
  let silent = 0;
  let worker: Worker | null = null;
  try {
    for (let index = 0; index < options.cases; index++) {
      const reader = readers[index % readers.length]!;
      const files = makeCase(reader, seeds, caseRng(options.seed, index));
      worker ??= await startWorker(memoryMb, options.threadEntry ?? new URL('./fuzz-thread.ts', import.meta.url));
      const end = await runCase(worker, { index, reader, files }, timeoutMs);
      if (end.kind !== 'answer') {
        void worker.terminate();
        worker = null;
      }
      const { outcome, failure, silent: noMessage } = judge(end, index, reader, timeoutMs);
      perReader[reader][outcome]++;
      if (noMessage) silent++;
      if (failure) {
        const key = `${failure.reader}|${failure.outcome}|${failure.message.replace(/\d+/g, 'N')}|${failure.where}`;
        const seen = distinct.get(key);
        if (seen) seen.count++;
        else distinct.set(key, { ...failure, count: 1 });
        options.onFailure?.(failure, files);
      }
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      options.onProgress?.(index + 1);
    }
  } finally {
    clearInterval(sampler);
    if (worker) await worker.terminate();
  }
  return { cases: options.cases, seed: options.seed, seconds: (performance.now() - started) / 1000, peakRssMb: peakRss / 1024 ** 2, perReader, rejectedWithoutMessage: silent, distinct: [...distinct.values()] };
}

/** The report as a table: one line per reader, then the totals and every distinct crash. */
export function formatFuzzReport(report: FuzzReport): string {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const lines = [`fuzz: ${report.cases} cases, seed ${report.seed}, ${report.seconds.toFixed(1)} s, peak RSS ${report.peakRssMb.toFixed(0)} MiB`, ''];
  lines.push(`${'reader'.padEnd(20)}${OUTCOMES.map((o) => pad(o, 10)).join('')}`);
  const totals = emptyCounts();
  for (const [reader, counts] of Object.entries(report.perReader)) {
    if (OUTCOMES.every((o) => counts[o] === 0)) continue;
    for (const o of OUTCOMES) totals[o] += counts[o];
    lines.push(`${reader.padEnd(20)}${OUTCOMES.map((o) => pad(counts[o], 10)).join('')}`);
  }
  lines.push(`${'total'.padEnd(20)}${OUTCOMES.map((o) => pad(totals[o], 10)).join('')}`);
  lines.push('', `rejected without a message: ${report.rejectedWithoutMessage}`);
  for (const d of report.distinct) lines.push(`${d.outcome.toUpperCase()} ${d.reader} ×${d.count} (first: case ${d.index}): ${d.message}${d.where ? ` at ${d.where}` : ''}`);
  return `${lines.join('\n')}\n`;
}
