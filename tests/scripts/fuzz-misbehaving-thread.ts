/**
 * A stand-in for scripts/fuzz/fuzz-thread.ts that misbehaves on purpose, to check the fuzzer counts it:
 * case 1 hangs in a synchronous loop, case 2 throws, case 3 fills the heap, the others are accepted.
 */
import { parentPort } from 'node:worker_threads';
import type { FuzzRequest } from '../../scripts/fuzz/fuzz-thread';

const port = parentPort!;
port.on('message', (request: FuzzRequest) => {
  if (request.index === 1) for (;;) Math.sqrt(Date.now());
  if (request.index === 2) {
    port.postMessage({ index: 2, result: { verdict: 'uncaught', message: 'RangeError: Maximum call stack size exceeded' }, where: 'data/x.ts:1:1' });
    return;
  }
  if (request.index === 3) {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 1e5 }, (_, i) => i * 1.5));
  }
  port.postMessage({ index: request.index, result: { verdict: 'accepted' } });
});
port.postMessage({ ready: true });
