import { describe, expect, it } from 'vitest';
import { createStore } from '../../../../renderer/shared/store/store';
import { createSessionMemory } from '../../../../renderer/shared/session-memory';
import { cancelExport, runCancellableExport } from '../../../../renderer/shared/export/cancellable-export';
import { exportAdvanced, exportCancelling, exportEnded, exportStarted, initialExportProgressState, progressShare, progressShown } from '../../../../renderer/shared/export/export-progress';

describe('export progress slice', () => {
  it('starts, advances, cancels and ends one export; a late step of another export changes nothing', () => {
    let s = exportStarted('PDF', 1000)(initialExportProgressState);
    expect(s.task).toEqual({ id: 1, what: 'PDF', done: 0, total: 0, startedAt: 1000, cancelling: false });
    s = exportAdvanced(1, 2, 5)(s);
    expect(progressShare(s.task!)).toBe(0.4);
    expect(exportAdvanced(7, 3, 5)(s)).toBe(s);
    expect(() => exportAdvanced(1, 6, 5)(s)).toThrow(RangeError);
    s = exportCancelling(1)(s);
    expect(s.task!.cancelling).toBe(true);
    expect(exportAdvanced(1, 3, 5)(s)).toBe(s);
    expect(exportEnded(1)(s).task).toBeNull();
    expect(exportStarted('HTML', 0)(exportEnded(1)(s)).task!.id).toBe(2);
  });

  it('shows the bar only once an export has run a second', () => {
    const task = exportStarted('PNG 4×', 1000)(initialExportProgressState).task;
    expect(progressShown(task, 1999)).toBe(false);
    expect(progressShown(task, 2000)).toBe(true);
    expect(progressShown(null, 5000)).toBe(false);
  });
});

describe('runCancellableExport', () => {
  const setup = () => ({ store: createStore({ exportProgress: initialExportProgressState }), memory: createSessionMemory() });

  it('gives the value of work that finishes, and clears the bar', async () => {
    const { store, memory } = setup();
    const outcome = await runCancellableExport(store, memory, 'PDF', async (control) => {
      control.step(1, 2);
      expect(store.getState().exportProgress.task).toMatchObject({ done: 1, total: 2 });
      return 'pages';
    });
    expect(outcome).toEqual({ cancelled: false, value: 'pages' });
    expect(store.getState().exportProgress.task).toBeNull();
  });

  it('stops at the next step once cancelled, runs the work its own clean-up, and says cancelled', async () => {
    const { store, memory } = setup();
    const steps: number[] = [];
    let restored = false;
    const outcome = await runCancellableExport(store, memory, 'PDF', async (control) => {
      try {
        for (let i = 0; i < 5; i++) {
          control.step(i, 5);
          steps.push(i);
          if (i === 1) cancelExport(store, memory);
          await Promise.resolve();
        }
        return 'pages';
      } finally {
        restored = true;
      }
    });
    expect(outcome).toEqual({ cancelled: true });
    expect(steps).toEqual([0, 1]);
    expect(restored).toBe(true);
    expect(store.getState().exportProgress.task).toBeNull();
  });

  it('counts work that finished after the cancel as cancelled (nothing is saved), and throws a real failure', async () => {
    const { store, memory } = setup();
    expect(await runCancellableExport(store, memory, 'PNG', async () => (cancelExport(store, memory), 'bytes'))).toEqual({ cancelled: true });
    await expect(runCancellableExport(store, memory, 'PNG', () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    expect(store.getState().exportProgress.task).toBeNull();
  });
});
