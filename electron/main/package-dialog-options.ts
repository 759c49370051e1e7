/**
 * Which "Open data package" dialog to show, as pure logic (no `electron` runtime import).
 *
 * The contract's `openPackageDialog()` takes no arguments. On macOS one native dialog can pick a folder or a
 * .zip file. On Windows and Linux it cannot (with `openFile` + `openDirectory` they show a folder picker),
 * so there the dialog picks a folder by default, and the menu item "Data package (.zip) openen…" marks the
 * *next* `openPackageDialog()` call (within {@link PENDING_KIND_TTL_MS}) as a .zip file picker before it
 * sends `open-package` to the renderer.
 */
import type { OpenDialogOptions } from 'electron';
import { uiText, type UiLanguage } from './ui-text';

export type PackageDialogKind = 'folder' | 'zip' | 'folder-or-zip';

/** How long a "next dialog picks a .zip" request from the menu stays valid. */
export const PENDING_KIND_TTL_MS = 30_000;

/** The dialog kind to show: what the menu asked for, else the platform default. */
export function packageDialogKind(platform: NodeJS.Platform, requested: 'zip' | null): PackageDialogKind {
  if (platform === 'darwin') return 'folder-or-zip';
  return requested ?? 'folder';
}

/** `dialog.showOpenDialog` options for `kind`, in the menu's language. */
export function packageDialogOptions(kind: PackageDialogKind, language: UiLanguage): OpenDialogOptions {
  const t = uiText(language).packageDialog;
  const zipFilters = [{ name: t.zipFilter, extensions: ['zip'] }];
  switch (kind) {
    case 'folder':
      return { title: t.folderTitle, buttonLabel: t.button, properties: ['openDirectory', 'dontAddToRecent'] };
    case 'zip':
      return { title: t.zipTitle, buttonLabel: t.button, properties: ['openFile', 'dontAddToRecent'], filters: zipFilters };
    case 'folder-or-zip':
      return {
        title: t.folderOrZipTitle,
        buttonLabel: t.button,
        properties: ['openFile', 'openDirectory', 'dontAddToRecent'],
        filters: zipFilters,
      };
  }
}

/** A one-shot, expiring "the next dialog should pick a .zip" flag set by the menu. */
export class PendingDialogKind {
  private pendingSince: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** Marks the next dialog (within the TTL) as a .zip picker. */
  requestZip(): void {
    this.pendingSince = this.now();
  }

  /** Returns `zip` once if a fresh request is pending, then clears it; null otherwise. */
  take(): 'zip' | null {
    const since = this.pendingSince;
    this.pendingSince = null;
    return since !== null && this.now() - since <= PENDING_KIND_TTL_MS ? 'zip' : null;
  }
}
