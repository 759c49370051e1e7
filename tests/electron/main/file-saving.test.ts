import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  validatePrintToPdfRequest,
  validateSaveFileRequest,
  validateSaveFolderRequest,
  writeFileAtomic,
  writeFolderAtomic,
} from '../../../electron/main/file-saving';

const bytes = new TextEncoder().encode('x');

describe('save requests from the renderer', () => {
  it('accepts a plain file name with filters', () => {
    expect(validateSaveFileRequest({ suggestedName: 'kaart.png', filters: [{ name: 'PNG', extensions: ['png'] }], bytes }).suggestedName).toBe('kaart.png');
  });
  it('refuses path-like names, odd filters and non-bytes', () => {
    expect(() => validateSaveFileRequest({ suggestedName: '../x.png', filters: [], bytes })).toThrow(/plain file name/);
    expect(() => validateSaveFileRequest({ suggestedName: 'x.png', filters: [{ name: 'x', extensions: ['../'] }], bytes })).toThrow(/filters/);
    expect(() => validateSaveFileRequest({ suggestedName: 'x.png', filters: [], bytes: 'x' })).toThrow(/Uint8Array/);
  });
  it('refuses folder files that would escape the folder', () => {
    expect(() => validateSaveFolderRequest({ suggestedName: 'pkg', files: [{ path: '../evil', bytes }] })).toThrow(/unsafe path/);
    expect(() => validateSaveFolderRequest({ suggestedName: 'pkg', files: [{ path: '/etc/x', bytes }] })).toThrow(/unsafe path/);
    expect(validateSaveFolderRequest({ suggestedName: 'pkg', files: [{ path: 'areas/w.geojson', bytes }] }).files).toHaveLength(1);
  });
});

describe('print-to-PDF requests from the renderer', () => {
  it('keeps a plain .pdf name and adds .pdf when it is missing', () => {
    expect(validatePrintToPdfRequest({ suggestedName: 'wijkzicht-story.pdf' })).toEqual({ suggestedName: 'wijkzicht-story.pdf' });
    expect(validatePrintToPdfRequest({ suggestedName: 'Verhaal Kortrijk.PDF' })).toEqual({ suggestedName: 'Verhaal Kortrijk.PDF' });
    expect(validatePrintToPdfRequest({ suggestedName: 'verhaal' })).toEqual({ suggestedName: 'verhaal.pdf' });
    expect(validatePrintToPdfRequest({ suggestedName: ' verhaal.v2 ' })).toEqual({ suggestedName: 'verhaal.v2.pdf' });
  });
  it('refuses missing, empty and path-like names', () => {
    for (const value of [undefined, null, 'x.pdf', {}, { suggestedName: 42 }]) {
      expect(() => validatePrintToPdfRequest(value), JSON.stringify(value)).toThrow(/printToPdf: a file name/);
    }
    for (const suggestedName of ['', '   ', '.pdf', '..', '..pdf', '..PDF']) {
      expect(() => validatePrintToPdfRequest({ suggestedName }), suggestedName).toThrow(/printToPdf: the file name is empty/);
    }
    for (const suggestedName of ['../x.pdf', 'a/b.pdf', 'a\\b.pdf', 'C:x.pdf', 'x\u0000.pdf', `${'x'.repeat(200)}.pdf`]) {
      expect(() => validatePrintToPdfRequest({ suggestedName }), suggestedName).toThrow(/printToPdf: .* is not a plain file name/);
    }
  });
});

describe('atomic writes', () => {
  it('writes a folder in one rename and refuses to overwrite it', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'wz-save-'));
    const target = path.join(parent, 'pkg');
    await writeFolderAtomic(target, [{ path: 'datapackage.json', bytes }, { path: 'areas/w.geojson', bytes }]);
    expect((await readdir(target)).sort()).toEqual(['areas', 'datapackage.json']);
    await expect(writeFolderAtomic(target, [{ path: 'a', bytes }])).rejects.toThrow(/already exists/);
    expect((await readdir(parent)).filter((n) => n.includes('partial'))).toEqual([]);
  });
  // What was wrong: the folder save checked that the target did not exist, then renamed onto it later
  // (a folder created in between was replaced), and flushed nothing to disk.
  it('claims the target folder itself (an empty folder already there is kept, not replaced) and leaves nothing after a failure', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'wz-save-'));
    const target = path.join(parent, 'pkg');
    await mkdir(target);
    await expect(writeFolderAtomic(target, [{ path: 'a', bytes }])).rejects.toThrow(/pkg already exists there/);
    expect(await readdir(target)).toEqual([]);
    const other = path.join(parent, 'other');
    // The same path twice: the second write fails half-way through the folder.
    await expect(writeFolderAtomic(other, [{ path: 'x/a.csv', bytes }, { path: 'x/a.csv', bytes }])).rejects.toThrow();
    expect((await readdir(parent)).sort()).toEqual(['pkg']);
  });
  it('replaces a file without leaving a temporary file', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'wz-save-'));
    const target = path.join(parent, 'x.zip');
    await writeFileAtomic(target, bytes);
    await writeFileAtomic(target, new TextEncoder().encode('y'));
    expect(await readFile(target, 'utf8')).toBe('y');
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(await readdir(parent)).toEqual(['x.zip']);
  });
});
