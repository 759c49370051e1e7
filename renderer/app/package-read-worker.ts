/// <reference lib="webworker" />
/**
 * Reads and validates data packages off the main thread (a thin shell over `answerPackageRead`): parsing
 * and checking every file cost Kortrijk 656 ms on a busy main thread at start, while MapLibre and React
 * needed it. Receives files, or a location to fetch or generate them at; answers with the read package (or
 * its problems) and the content hash of its files, by structured clone.
 */
import { answerPackageRead, type PackageReadRequest } from './package-read-request';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<PackageReadRequest>) => {
  scope.postMessage(await answerPackageRead(event.data));
};
