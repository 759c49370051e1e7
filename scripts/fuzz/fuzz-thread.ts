/**
 * The fuzzer's worker_thread: runs one reader on one case at a time and answers with the verdict, or with
 * the error a reader threw (its message and the first frames of its stack, to tell crashes apart).
 */
import { parentPort } from 'node:worker_threads';
import { runReader, type ReaderVerdict } from './run-reader';
import type { FuzzFile, ReaderName } from './seeds';

export type FuzzRequest = { readonly index: number; readonly reader: ReaderName; readonly files: readonly FuzzFile[] };
export type FuzzAnswer = { readonly index: number; readonly result: ReaderVerdict; readonly where?: string } | { readonly ready: true };

/** The first stack frames inside the repository: where a crash is. */
export function whereThrown(error: unknown): string {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const frames = stack.split('\n').filter((l) => /^\s+at /.test(l) && !l.includes('fuzz/'));
  return frames.slice(0, 3).map((l) => l.trim().replace(/\(?(file:\/\/)?\/[^)]*?\/((data|geo|node_modules)\/[^)]+)\)?/, '$2')).join(' < ');
}

const port = parentPort!;
port.on('message', (request: FuzzRequest) => {
  runReader(request.reader, request.files).then(
    (result) => port.postMessage({ index: request.index, result } satisfies FuzzAnswer),
    (error: unknown) => {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      port.postMessage({ index: request.index, result: { verdict: 'uncaught', message: message.slice(0, 300) }, where: whereThrown(error) } satisfies FuzzAnswer);
    },
  );
});
port.postMessage({ ready: true } satisfies FuzzAnswer);
