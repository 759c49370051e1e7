import { describe, expect, it } from 'vitest';
import { createDatabaseGate } from '../../../data/db';

/** A section that runs until `finish()` is called, logging when it starts and ends. */
function controlled(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`${name}+`);
      await done;
      log.push(`${name}-`);
      return name;
    },
    finish: () => finish(),
  };
}
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createDatabaseGate', () => {
  it('runs reads together, a write only once no read runs, and reads asked during a write after it', async () => {
    const gate = createDatabaseGate();
    const log: string[] = [];
    const r1 = controlled(log, 'r1');
    const r2 = controlled(log, 'r2');
    const w = controlled(log, 'w');
    const r3 = controlled(log, 'r3');
    const p1 = gate.run('read', r1.work);
    const p2 = gate.run('read', r2.work);
    const pw = gate.run('write', w.work);
    await tick();
    expect(log).toEqual(['r1+', 'r2+']);
    r1.finish();
    await tick();
    expect(log).toEqual(['r1+', 'r2+', 'r1-']);
    r2.finish();
    await tick();
    expect(log).toEqual(['r1+', 'r2+', 'r1-', 'r2-', 'w+']);
    const p3 = gate.run('read', r3.work);
    await tick();
    expect(log.at(-1)).toBe('w+');
    w.finish();
    await tick();
    expect(log.slice(-2)).toEqual(['w-', 'r3+']);
    r3.finish();
    expect(await Promise.all([p1, p2, pw, p3])).toEqual(['r1', 'r2', 'w', 'r3']);
  });

  it('lets a read ask for another read inside it while a write waits (no deadlock)', async () => {
    const gate = createDatabaseGate();
    const log: string[] = [];
    const w = controlled(log, 'w');
    let pw: Promise<string> | null = null;
    const outer = gate.run('read', async () => {
      pw = gate.run('write', w.work);
      await tick();
      const inner = await gate.run('read', () => Promise.resolve('inner'));
      log.push(inner);
      return 'outer';
    });
    expect(await outer).toBe('outer');
    await tick();
    expect(log).toEqual(['inner', 'w+']);
    w.finish();
    expect(await pw).toBe('w');
  });

  it('runs writes one after the other, and a failing section releases the gate with its error', async () => {
    const gate = createDatabaseGate();
    const log: string[] = [];
    const failing = gate.run('write', () => Promise.reject(new Error('disk full')));
    const throwing = gate.run('write', () => {
      throw new Error('sync');
    });
    const next = gate.run('write', async () => {
      log.push('next');
      return 1;
    });
    await expect(failing).rejects.toThrow('disk full');
    await expect(throwing).rejects.toThrow('sync');
    expect(await next).toBe(1);
    expect(await gate.run('read', () => Promise.resolve(2))).toBe(2);
    expect(log).toEqual(['next']);
  });

  it('refuses an access mode it does not know', () => {
    const gate = createDatabaseGate();
    expect(() => gate.run('delete' as 'read', () => Promise.resolve(0))).toThrow(TypeError);
  });
});
