/**
 * A stand-in for read-inputs-thread.ts whose reader never returns: it says it started, reports the first
 * file, then (for the file named "hangt*") spins in a synchronous loop, as hyparquet did on the 807-byte
 * Parquet file. Other files are read for real.
 */
import { parentPort } from 'node:worker_threads';
import { readImportInputs } from '../../../../data/import';
import type { ThreadRequest } from '../../../../data/import/node/read-inputs-thread';

const port = parentPort!;
port.once('message', (request: ThreadRequest) => {
  port.postMessage({ kind: 'started' });
  void readImportInputs(request.files, request.options, (p) => {
    port.postMessage({ kind: 'progress', ...p });
    if (p.file.startsWith('hangt')) for (;;) Math.sqrt(Date.now());
  }).then((inputs) => port.postMessage({ kind: 'done', value: inputs }));
});
