/**
 * Saving and opening project files (`.wijkzicht`) on disk, with atomic writes, autosave and crash
 * recovery. Node only, without an `electron` import, so it can be unit-tested; the IPC handlers call it.
 *
 * Every write goes to a temporary file in the same folder, is flushed to disk, and is renamed over the
 * target, so the target is always either the old or the new complete file, even when the process is
 * killed or the machine loses power mid-write. The autosave is a sibling `<name>.wijkzicht.autosave`
 * written the same way; {@link findRecovery} offers it when it is newer than the project file.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, temporaryPathFor, writeFileAtomic } from './write-file-atomic';
import { parseProject, serializeProject, type ProjectFile, type ProjectProblem, type ProjectScenario, type ProjectView } from '../../data/project';

export type OpenProjectResult = { readonly ok: true; readonly project: ProjectFile } | { readonly ok: false; readonly problems: readonly ProjectProblem[] };

/** An autosave worth offering to the user. */
export interface ProjectRecovery {
  /** The autosave file. */
  readonly autosavePath: string;
  /** The project as autosaved; its `savedAt` says when. */
  readonly project: ProjectFile;
  /** Why it is offered: it is newer than the project file, or the project file is missing or unreadable. */
  readonly reason: 'newer' | 'project-missing' | 'project-unreadable';
}

export { temporaryPathFor, writeFileAtomic };

/** The project with `savedAt` set to `now`. */
const stamped = <S extends ProjectScenario, V extends ProjectView>(project: ProjectFile<S, V>, now: Date): ProjectFile<S, V> => {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  return { ...project, savedAt: now.toISOString() };
};

/**
 * Saves a project atomically, with `savedAt` set to `now`; returns the project as written. Throws (before
 * touching the disk) when the project is not valid, and on write errors. Does not remove the autosave:
 * call {@link discardAutosave} after a successful save (an older autosave is never offered anyway).
 *
 * @example
 * project = await saveProject('/home/an/kortrijk.wijkzicht', project);
 */
export async function saveProject<S extends ProjectScenario, V extends ProjectView>(file: string, project: ProjectFile<S, V>, now: Date = new Date()): Promise<ProjectFile<S, V>> {
  const written = stamped(project, now);
  await writeFileAtomic(file, serializeProject(written));
  return written;
}

/** A read error as a problem naming the file. */
function readProblem(file: string, error: unknown): ProjectProblem {
  const name = path.basename(file);
  const folder = path.dirname(file);
  switch (errorCode(error)) {
    case 'ENOENT':
      return { path: '(file)', message: `${name}: the file was not found in ${folder}`, fix: 'check that it was not moved, renamed or deleted, and open it from where it is now' };
    case 'EACCES':
    case 'EPERM':
      return { path: '(file)', message: `${name}: you have no permission to read this file`, fix: 'ask whoever manages the folder for access, or copy the file to a folder of your own' };
    case 'EISDIR':
      return { path: '(file)', message: `${name}: this is a folder, not a project file`, fix: 'choose a .wijkzicht file' };
    default:
      return { path: '(file)', message: `${name}: the file could not be read (${error instanceof Error ? error.message : String(error)})`, fix: 'check that the disk or network share is available and try again' };
  }
}

/**
 * Reads and checks a project file. Never throws: read errors (missing file, no permission) and bad
 * content both come back as problems that name the file.
 *
 * @example
 * const result = await openProject('/home/an/kortrijk.wijkzicht');
 * if (!result.ok) showProblems(result.problems);
 */
export async function openProject(file: string): Promise<OpenProjectResult> {
  if (typeof file !== 'string' || file === '') return { ok: false, problems: [{ path: '(file)', message: 'no project file was given', fix: 'choose a .wijkzicht file' }] };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, problems: [readProblem(file, error)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ path: '(root)', message: `${path.basename(file)}: the file is not UTF-8 text, so it is not a Wijkzicht project file or it is damaged`, fix: 'open the autosave or a backup of the project' }] };
  }
  return parseProject(text, path.basename(file));
}

/**
 * The autosave file of a project: the sibling `<name>.autosave`, e.g. `kortrijk.wijkzicht.autosave`.
 *
 * @example
 * autosavePathFor('/home/an/kortrijk.wijkzicht') // '/home/an/kortrijk.wijkzicht.autosave'
 */
export function autosavePathFor(file: string): string {
  if (typeof file !== 'string' || file === '' || path.basename(file) === '') throw new TypeError('autosavePathFor: file must be a file path');
  return `${file}.autosave`;
}

/**
 * Autosaves a project next to its file (atomically, with `savedAt` set to `now`); returns the project as
 * written. The project file itself is not touched.
 *
 * @example
 * await writeAutosave('/home/an/kortrijk.wijkzicht', project);
 */
export async function writeAutosave<S extends ProjectScenario, V extends ProjectView>(file: string, project: ProjectFile<S, V>, now: Date = new Date()): Promise<ProjectFile<S, V>> {
  const written = stamped(project, now);
  await writeFileAtomic(autosavePathFor(file), serializeProject(written));
  return written;
}

/**
 * The autosave to offer when a project is opened, or null: an autosave that reads without problems and
 * is newer (by `savedAt`) than the project file, or any readable autosave when the project file is missing
 * or does not read. An autosave that does not read is ignored (not deleted).
 *
 * @example
 * const recovery = await findRecovery('/home/an/kortrijk.wijkzicht');
 * if (recovery) askToRestore(recovery.project.savedAt);
 */
export async function findRecovery(file: string): Promise<ProjectRecovery | null> {
  const autosavePath = autosavePathFor(file);
  const autosave = await openProject(autosavePath);
  if (!autosave.ok) return null;
  const current = await openProject(file);
  if (!current.ok) {
    const missing = await stat(file).then(() => false, (error: unknown) => errorCode(error) === 'ENOENT');
    return { autosavePath, project: autosave.project, reason: missing ? 'project-missing' : 'project-unreadable' };
  }
  return Date.parse(autosave.project.savedAt) > Date.parse(current.project.savedAt) ? { autosavePath, project: autosave.project, reason: 'newer' } : null;
}

/**
 * Removes a project's autosave (after a save, or when the user declines the recovery). No error when
 * there is none.
 *
 * @example
 * await discardAutosave('/home/an/kortrijk.wijkzicht');
 */
export async function discardAutosave(file: string): Promise<void> {
  await rm(autosavePathFor(file), { force: true });
}
