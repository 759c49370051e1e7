import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type * as Fs from 'node:fs/promises';
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createProject, parseProject, serializeProject, type ProjectFile } from '../../../data/project';
import {
  autosavePathFor,
  discardAutosave,
  findRecovery,
  openProject,
  saveProject,
  temporaryPathFor,
  writeAutosave,
  writeFileAtomic,
} from '../../../electron/main/project-store';

/** Lets a test make the next rename fail, or the next write stop halfway with a full disk. */
const faults = vi.hoisted(() => ({ rename: false, halfWrite: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (faults.rename) {
        faults.rename = false;
        throw Object.assign(new Error('EXDEV: simulated rename failure'), { code: 'EXDEV' });
      }
      return actual.rename(from, to);
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (faults.halfWrite) {
        faults.halfWrite = false;
        const writeAll = handle.writeFile.bind(handle);
        handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
          await writeAll(typeof data === 'string' ? data.slice(0, data.length / 2) : data);
          throw Object.assign(new Error('ENOSPC: simulated full disk'), { code: 'ENOSPC' });
        };
      }
      return handle;
    },
  };
});

afterEach(() => {
  faults.rename = false;
  faults.halfWrite = false;
});

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../../..');
const HASH = 'd'.repeat(64);

const created: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wz-project-'));
  created.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of created) await rm(dir, { recursive: true, force: true });
});
const project = (name = 'Huidige situatie'): ProjectFile => ({
  ...createProject({ path: '/data/kortrijk', name: 'kortrijk', contentHash: HASH }, 'nl', new Date('2025-01-01T00:00:00Z')),
  scenarios: [{ id: 's1', name }],
  activeScenarioId: 's1',
  settings: { language: 'nl', basemap: 'osm' },
});
const at = (iso: string) => new Date(iso);

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    await writeFileAtomic(file, new TextEncoder().encode('three'));
    expect(await readFile(file, 'utf8')).toBe('three');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('names the temporary file .<name>.<pid>.<random>.tmp in the same folder', () => {
    const temp = temporaryPathFor('/x/y/kortrijk.wijkzicht');
    expect(path.dirname(temp)).toBe('/x/y');
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.kortrijk\\.wijkzicht\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(temporaryPathFor('/x/a')).not.toBe(temporaryPathFor('/x/a'));
  });

  it('keeps the old file and removes the temporary file when the rename fails', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'p.wijkzicht');
    await writeFileAtomic(file, 'old content');
    faults.rename = true;
    await expect(writeFileAtomic(file, 'new content')).rejects.toThrow(/simulated rename failure/);
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['p.wijkzicht']);
  });

  it('keeps the old file when the write stops halfway (full disk): only the temporary file was partial, and it is gone', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'p.wijkzicht');
    await writeFileAtomic(file, 'old content');
    faults.halfWrite = true;
    await expect(writeFileAtomic(file, 'x'.repeat(10_000))).rejects.toThrow(/simulated full disk/);
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['p.wijkzicht']);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'p.wijkzicht'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the mode of an existing file and writes through a symbolic link', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'p.wijkzicht');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await mkdir(path.join(dir, 'shared'));
    const real = path.join(dir, 'shared', 'real.wijkzicht');
    await writeFile(real, 'old');
    const link = path.join(dir, 'link.wijkzicht');
    await symlink(real, link);
    await writeFileAtomic(link, 'through the link');
    expect(await readFile(real, 'utf8')).toBe('through the link');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('throws on programming errors', async () => {
    await expect(writeFileAtomic('', 'x')).rejects.toThrow(/path/);
    await expect(writeFileAtomic('/tmp/x', 3 as unknown as string)).rejects.toThrow(/string or a Uint8Array/);
  });
});

describe('saveProject and openProject', () => {
  it('round-trips a project, stamping savedAt', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    const written = await saveProject(file, project(), at('2025-06-01T12:00:00.000Z'));
    expect(written).toEqual({ ...project(), savedAt: '2025-06-01T12:00:00.000Z' });
    expect(await readFile(file, 'utf8')).toBe(serializeProject(written));
    expect(await openProject(file)).toEqual({ ok: true, project: written });
    expect(await readdir(dir)).toEqual(['kortrijk.wijkzicht']);
  });

  it('refuses an invalid project before touching the file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    await saveProject(file, project());
    const before = await readFile(file, 'utf8');
    await expect(saveProject(file, { ...project(), activeScenarioId: 'gone' })).rejects.toThrow(/activeScenarioId/);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['kortrijk.wijkzicht']);
  });

  it('turns read errors into a problem naming the file', async () => {
    const dir = await tempDir();
    const missing = await openProject(path.join(dir, 'weg.wijkzicht'));
    expect(missing).toEqual({ ok: false, problems: [{ path: '(file)', message: `weg.wijkzicht: the file was not found in ${dir}`, fix: expect.stringMatching(/moved, renamed or deleted/) }] });
    await mkdir(path.join(dir, 'map.wijkzicht'));
    const folder = await openProject(path.join(dir, 'map.wijkzicht'));
    expect(!folder.ok && folder.problems[0]!.message).toBe('map.wijkzicht: this is a folder, not a project file');
  });

  it('returns the located problems of bad content, named by the file name', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    await writeFile(file, JSON.stringify({ ...JSON.parse(serializeProject(project())), scenarios: [{ id: 's1', name: 7 }] }));
    const result = await openProject(file);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual(['kortrijk.wijkzicht: scenarios[0].name must be a text, not number 7']);
    await writeFile(file, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    const binary = await openProject(file);
    expect(!binary.ok && binary.problems[0]!.message).toMatch(/^kortrijk\.wijkzicht: the file is not UTF-8 text/);
  });
});

describe('autosave and recovery', () => {
  it('autosaves to the sibling <name>.wijkzicht.autosave without touching the project file', async () => {
    expect(autosavePathFor('/home/an/kortrijk.wijkzicht')).toBe('/home/an/kortrijk.wijkzicht.autosave');
    expect(() => autosavePathFor('')).toThrow();
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    await saveProject(file, project('saved'), at('2025-06-01T12:00:00Z'));
    const before = await readFile(file, 'utf8');
    const autosaved = await writeAutosave(file, project('edited'), at('2025-06-01T12:05:00Z'));
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await openProject(autosavePathFor(file))).toEqual({ ok: true, project: autosaved });
    expect((await readdir(dir)).sort()).toEqual(['kortrijk.wijkzicht', 'kortrijk.wijkzicht.autosave']);
  });

  it('offers an autosave newer than the project file, and none that is older or as old', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    expect(await findRecovery(file)).toBeNull();
    await saveProject(file, project('saved'), at('2025-06-01T12:00:00Z'));
    expect(await findRecovery(file)).toBeNull();
    const autosaved = await writeAutosave(file, project('edited'), at('2025-06-01T12:05:00Z'));
    expect(await findRecovery(file)).toEqual({ autosavePath: autosavePathFor(file), project: autosaved, reason: 'newer' });
    await saveProject(file, project('saved again'), at('2025-06-01T12:10:00Z'));
    expect(await findRecovery(file)).toBeNull();
    await writeAutosave(file, project('same time'), at('2025-06-01T12:10:00Z'));
    expect(await findRecovery(file)).toBeNull();
  });

  it('offers a readable autosave when the project file is missing or broken, and ignores a broken autosave', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    const autosaved = await writeAutosave(file, project('never saved'), at('2020-01-01T00:00:00Z'));
    expect(await findRecovery(file)).toEqual({ autosavePath: autosavePathFor(file), project: autosaved, reason: 'project-missing' });
    await writeFile(file, '{"schema": "wijkzicht-project", "vers');
    expect(await findRecovery(file)).toMatchObject({ project: autosaved, reason: 'project-unreadable' });
    await writeFile(autosavePathFor(file), serializeProject(autosaved).slice(0, 100));
    expect(await findRecovery(file)).toBeNull();
    expect(existsSync(autosavePathFor(file))).toBe(true);
  });

  it('discards the autosave, also when there is none', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'kortrijk.wijkzicht');
    await saveProject(file, project(), at('2025-01-01T00:00:00Z'));
    await writeAutosave(file, project(), at('2025-01-02T00:00:00Z'));
    await discardAutosave(file);
    expect(await readdir(dir)).toEqual(['kortrijk.wijkzicht']);
    await expect(discardAutosave(file)).resolves.toBeUndefined();
    expect(await findRecovery(file)).toBeNull();
  });
});

describe('a process killed while saving', () => {
  const running = new Set<ChildProcess>();
  // Also after a test timeout, when the finally below never runs.
  afterEach(() => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    running.clear();
  });

  /** Runs the autosave loop in a child process and SIGKILLs it `delay` ms after it reports ready. */
  async function killMidLoop(file: string, delay: number): Promise<{ rounds: number }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'fixtures', 'autosave-loop.ts'), file], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    try {
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('ready\n')) resolve();
        });
        void exited.then(({ code }) => reject(new Error(`the autosave loop ended (code ${code}) before it was ready:\n${stderr}`)));
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      const { signal } = await exited;
      expect(signal, `the loop should have been killed, not ended by itself:\n${stderr}`).toBe('SIGKILL');
      return { rounds: (stdout.match(/^round /gm) ?? []).length };
    } finally {
      // Never leave the loop running, whatever failed above.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }

  it.each([200, 250, 300, 350, 400])('leaves a readable project file, a readable autosave and a recovery (killed after %i ms)', async (delay) => {
    const dir = await tempDir();
    const file = path.join(dir, 'groot.wijkzicht');
    const { rounds } = await killMidLoop(file, delay);
    const others = (await readdir(dir)).filter((n) => n !== 'groot.wijkzicht' && n !== 'groot.wijkzicht.autosave');
    console.log(`killed after ${rounds} completed rounds${others.length > 0 ? ', mid-write (a temporary file is left)' : ''}`);

    const projectResult = parseProject(await readFile(file, 'utf8'), 'groot.wijkzicht');
    expect(projectResult.ok, JSON.stringify(!projectResult.ok && projectResult.problems[0])).toBe(true);
    if (existsSync(autosavePathFor(file))) {
      const autosaveResult = parseProject(await readFile(autosavePathFor(file), 'utf8'), 'groot.wijkzicht.autosave');
      expect(autosaveResult.ok, JSON.stringify(!autosaveResult.ok && autosaveResult.problems[0])).toBe(true);
    }
    const recovery = await findRecovery(file);
    expect(recovery).not.toBeNull();
    expect(recovery!.reason).toBe('newer');
    expect(recovery!.project.scenarios).toHaveLength(16);
    expect(parseProject(serializeProject(recovery!.project), 'x').ok).toBe(true);

    // Anything else in the folder is a temporary file of a write that was cut off.
    for (const name of others) expect(name).toMatch(/^\.groot\.wijkzicht(\.autosave)?\.\d+\.[0-9a-f]{12}\.tmp$/);
  });
});
