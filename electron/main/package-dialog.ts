/** The native "Open data package" dialog; the options come from `package-dialog-options.ts`. */
import { dialog, type BrowserWindow } from 'electron';
import { packageDialogOptions, type PackageDialogKind } from './package-dialog-options';
import type { UiLanguage } from './ui-text';

/** Shows the dialog (modal to `parent` when given); resolves the chosen path, or null when cancelled. */
export async function showPackageDialog(
  parent: BrowserWindow | null,
  kind: PackageDialogKind,
  language: UiLanguage,
): Promise<string | null> {
  const options = packageDialogOptions(kind, language);
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}
