/**
 * Who may use the database when. The renderer holds one DuckDB connection with one package in it; an
 * analysis run is several queries, and opening another package replaces every table in one transaction on
 * that same connection. Without a gate, a run started before the swap read half the old package and half
 * the new one (and failed with "no team has population" on a package it never asked about).
 *
 * - `read` sections run together (map colouring, area details, analysis runs), and start at once unless a
 *   write is running: a read may ask for another read inside it (the colouring asks for the analysis run)
 *   without waiting on itself;
 * - a `write` section (a package replacing the tables) runs alone: once no read is running, and writes
 *   one after the other in the order asked. Reads are short bursts that follow the user's steps, so a
 *   write does not wait long.
 *
 * A section that throws releases the gate like one that returns.
 *
 * @example
 * const gate = createDatabaseGate();
 * const run = await gate.run('read', () => runAnalysis(db, pkg, { level: 'wijk', period: 2024 }));
 * await gate.run('write', () => loadPackageIntoDatabase(db, next));
 */
export type DatabaseAccess = 'read' | 'write';

export interface DatabaseGate {
  /** Runs `work` when `access` is allowed; resolves or rejects with its outcome. */
  run<T>(access: DatabaseAccess, work: () => Promise<T>): Promise<T>;
}

interface Waiting {
  readonly access: DatabaseAccess;
  readonly start: () => void;
}

export function createDatabaseGate(): DatabaseGate {
  const queue: Waiting[] = [];
  let readers = 0;
  let writing = false;

  const pump = (): void => {
    if (writing) return;
    // Every waiting read starts; then the first waiting write, if nothing reads any more.
    for (let i = 0; i < queue.length; ) {
      const next = queue[i]!;
      if (next.access === 'read') {
        queue.splice(i, 1);
        readers++;
        next.start();
      } else i++;
    }
    if (readers === 0 && queue.length > 0) {
      writing = true;
      queue.shift()!.start();
    }
  };

  const release = (access: DatabaseAccess): void => {
    if (access === 'write') writing = false;
    else readers--;
    pump();
  };

  return {
    run<T>(access: DatabaseAccess, work: () => Promise<T>): Promise<T> {
      if (access !== 'read' && access !== 'write') throw new TypeError(`Database access must be 'read' or 'write', got ${String(access)}`);
      return new Promise<T>((resolve, reject) => {
        queue.push({
          access,
          start: () => {
            let outcome: Promise<T>;
            try {
              outcome = work();
            } catch (error) {
              outcome = Promise.reject(error);
            }
            outcome.then(
              (value) => {
                release(access);
                resolve(value);
              },
              (error: unknown) => {
                release(access);
                reject(error);
              },
            );
          },
        });
        pump();
      });
    },
  };
}
