/**
 * A stand-in thread for runThreadWithBudget's tests: does what its request says. `slow-after-read`
 * reads, then takes longer than the budget before it is done; `error-after-read` posts an error;
 * `exit-after-read` ends without a result; `hang` hangs while reading its file.
 */
import { parentPort } from 'node:worker_threads';

const port = parentPort!;
port.once('message', (request: { mode: string }) => {
  port.postMessage({ kind: 'started' });
  port.postMessage({ kind: 'progress', done: 0, total: 1, file: 'a.csv' });
  if (request.mode === 'hang') for (;;) Math.sqrt(Date.now());
  port.postMessage({ kind: 'read' });
  if (request.mode === 'slow-after-read') {
    const until = Date.now() + 1_500;
    while (Date.now() < until) Math.sqrt(Date.now());
    port.postMessage({ kind: 'done', value: 'built' });
  } else if (request.mode === 'error-after-read') {
    port.postMessage({ kind: 'error', message: '--period must be a year, got abc' });
  } else {
    process.exit(0);
  }
});
