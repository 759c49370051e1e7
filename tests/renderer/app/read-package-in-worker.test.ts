import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoPackage } from '../../../data/demo';
import type { PackageFileSource } from '../../../data/package';
import { createMemorySource, readPackageFiles, readSourceFiles } from '../../../data/package';
import { answerPackageRead, type PackageReadRequest } from '../../../renderer/app/package-read-request';
import { readPackageOffThread } from '../../../renderer/app/read-package-in-worker';
import { demoSource } from '../../../renderer/app/open-package';
import { causeOf } from '../../../renderer/shared/problems/describe-error';

/**
 * A stand-in for the package-read worker in Node: the request crosses by structured clone (its transfer list
 * taken, as postMessage does), `answerPackageRead` runs as in the worker shell, the answer crosses back by
 * structured clone. `dies` makes it fire an error event instead, as a worker whose script fails.
 */
class CloningWorker extends EventTarget {
  readonly requests: PackageReadRequest[] = [];
  terminated = false;
  constructor(private readonly dies = false) {
    super();
  }
  postMessage(message: PackageReadRequest, transfer: Transferable[] = []): void {
    const request = structuredClone(message, { transfer });
    this.requests.push(request);
    void (async () => {
      if (this.dies) {
        const event = Object.assign(new Event('error', { cancelable: true }), { message: 'script failed' });
        this.dispatchEvent(event);
        return;
      }
      const answer = structuredClone(await answerPackageRead(request));
      this.dispatchEvent(new MessageEvent('message', { data: answer }));
    })();
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (w: CloningWorker) => () => w as unknown as Worker;

afterEach(() => vi.unstubAllGlobals());

describe('readPackageOffThread: read and validate in a worker, the same answer as on this thread', () => {
  it('reads a main-thread source in the worker: the same package and hash, the source keeping its bytes', async () => {
    const source = createMemorySource('Demostad', generateDemoPackage().files);
    const worker = new CloningWorker();
    const inWorker = await readPackageOffThread(source, { createWorker: asWorker(worker) });
    const here = await readPackageOffThread(source, { createWorker: null });
    expect(inWorker.result.ok).toBe(true);
    expect(inWorker).toEqual(here);
    expect(inWorker).toEqual(await readPackageFiles('Demostad', await readSourceFiles(source)));
    expect(worker.requests[0]!.kind).toBe('files');
    expect(worker.terminated).toBe(true);
    // The bytes went over as copies: the source (kept for *Pakket opslaan*) still has its own.
    expect((await source.read('datapackage.json')).byteLength).toBeGreaterThan(0);
  });

  it('lets the worker generate the demo itself: only its location crosses', async () => {
    const worker = new CloningWorker();
    const read = await readPackageOffThread(demoSource(), { createWorker: asWorker(worker) });
    expect(worker.requests).toEqual([{ id: 1, kind: 'location', location: { kind: 'demo' } }]);
    expect(read).toEqual(await readPackageFiles('Demostad', await readSourceFiles(createMemorySource('Demostad', generateDemoPackage().files))));
  });

  it('reads on this thread when the worker dies, and when it cannot be made', async () => {
    const source = createMemorySource('Demostad', generateDemoPackage().files);
    const expected = await readPackageOffThread(source, { createWorker: null });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readPackageOffThread(source, { createWorker: asWorker(new CloningWorker(true)) })).toEqual(expected);
    expect(await readPackageOffThread(source, { createWorker: () => { throw new Error('no workers here'); } })).toEqual(expected);
  });

  it('rejects with the error as the worker had it (name and message), so its cause is still recognised', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const source: PackageFileSource = { label: 'kortrijk', location: { kind: 'http', label: 'kortrijk', base: 'http://127.0.0.1:1/__package/', zip: false }, list: async () => [], read: async () => new Uint8Array() };
    const error = await readPackageOffThread(source, { createWorker: asWorker(new CloningWorker()) }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TypeError');
    expect((error as Error).message).toBe('Failed to fetch');
    expect(causeOf(error)).toBe('cause-file-unreachable');
  });

  it('answers a bad package with its problems, not a failure', async () => {
    const files = new Map(generateDemoPackage().files);
    files.set('datapackage.json', '{ not json');
    const read = await readPackageOffThread(createMemorySource('broken', files), { createWorker: asWorker(new CloningWorker()) });
    expect(read.result.ok).toBe(false);
    expect(read.result.problems.map((p) => p.code)).toEqual(['descriptor-json']);
    expect(read.contentHash).toBeNull();
  });
});
