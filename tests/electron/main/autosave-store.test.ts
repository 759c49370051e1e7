import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, serializeProject } from '../../../data/project';
import { createAutosaveStore } from '../../../electron/main/autosave-store';

const KEY = 'a'.repeat(64);
const SAVED_AT = new Date('2026-11-22T10:00:00Z');
const project = (name: string) => serializeProject({ ...createProject({ path: 'kortrijk', name: 'Kortrijk', contentHash: KEY }, 'nl', SAVED_AT), scenarios: [{ id: 's1', name }], activeScenarioId: 's1' });

describe('the autosave store of the main process', () => {
  let folder: string;
  beforeEach(async () => {
    folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'wijkzicht-autosave-')), 'autosave');
  });
  afterEach(async () => rm(path.dirname(folder), { recursive: true, force: true }));

  it('writes, reads back and discards the autosave of a package', async () => {
    const store = createAutosaveStore(folder);
    expect(await store.read(KEY)).toBeNull();
    await store.write(KEY, project('A'));
    await store.write(KEY, project('B'));
    expect(await store.read(KEY)).toBe(project('B'));
    expect(await readdir(folder)).toEqual([`${KEY}.wijkzicht`]);
    await store.discard(KEY);
    expect(await store.read(KEY)).toBeNull();
  });

  it('refuses keys that are not a content hash (no paths from the renderer) and text that is not a project', async () => {
    const store = createAutosaveStore(folder);
    await expect(store.write('../../etc/passwd', project('A'))).rejects.toThrow(/64 lowercase hex/);
    await expect(store.read('A'.repeat(64))).rejects.toThrow(/64 lowercase hex/);
    await expect(store.write(KEY, '{"schema":"something else"}')).rejects.toThrow(/Not a valid project/);
    await expect(store.write(KEY, 42)).rejects.toThrow(/text of a project/);
    expect(await store.read(KEY)).toBeNull();
  });

  it('needs an absolute folder', () => {
    expect(() => createAutosaveStore('relative/autosave')).toThrow(/absolute/);
  });
});
