import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { isMenuCommand } from '../../../electron/main/menu-commands';
import { aboutDialogContent, buildMenuTemplate, type MenuActions } from '../../../electron/main/menu-template';
import {
  packageDialogKind,
  packageDialogOptions,
  PENDING_KIND_TTL_MS,
  PendingDialogKind,
} from '../../../electron/main/package-dialog-options';

function fakeActions(): MenuActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    openPackage: (kind) => calls.push(`open-package:${kind}`),
    openDemo: () => calls.push('open-demo'),
    importFiles: () => calls.push('import-files'),
    toggleLanguage: () => calls.push('toggle-language'),
    showAbout: () => calls.push('about'),
  };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  expect(Array.isArray(item?.submenu)).toBe(true);
  return item?.submenu as MenuItemConstructorOptions[];
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = template.find((entry) => entry.label === label);
  if (item === undefined) throw new Error(`no menu item "${label}" in ${template.map((e) => e.label).join(', ')}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has Dutch top-level menus on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = buildMenuTemplate({ language: 'nl', platform, isPackaged: true, actions: fakeActions() });
      expect(template.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    }
  });

  it('adds the macOS app menu first', () => {
    const template = buildMenuTemplate({ language: 'nl', platform: 'darwin', isPackaged: true, actions: fakeActions() });
    expect(template.map((item) => item.label)).toEqual(['Wijkzicht', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
  });

  it('sends the right command from each Bestand item', () => {
    const actions = fakeActions();
    const file = submenu(find(buildMenuTemplate({ language: 'nl', platform: 'linux', isPackaged: true, actions }), 'Bestand'));
    const open = find(file, 'Data package openen…');
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    click(open);
    click(find(file, 'Data package (.zip) openen…'));
    click(find(file, 'Demostad openen'));
    click(find(file, 'Taal: English/Nederlands'));
    expect(actions.calls).toEqual(['open-package:default', 'open-package:zip', 'open-demo', 'toggle-language']);
  });

  it('offers no separate .zip item on macOS, whose dialog picks both', () => {
    const file = submenu(
      find(buildMenuTemplate({ language: 'nl', platform: 'darwin', isPackaged: true, actions: fakeActions() }), 'Bestand'),
    );
    expect(file.some((item) => item.label === 'Data package (.zip) openen…')).toBe(false);
  });

  it('shows reload and DevTools only in development', () => {
    const roles = (isPackaged: boolean): unknown[] =>
      submenu(find(buildMenuTemplate({ language: 'nl', platform: 'linux', isPackaged, actions: fakeActions() }), 'Beeld')).map(
        (item) => item.role,
      );
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('zoomIn');
  });

  it('switches to English labels', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate({ language: 'en', platform: 'linux', isPackaged: true, actions });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    click(find(submenu(find(template, 'Help')), 'About Wijkzicht'));
    expect(actions.calls).toEqual(['about']);
  });

  it('puts the version in the About dialog', () => {
    const content = aboutDialogContent('nl', '0.1.0', { electron: '45.4.1', chrome: '140.0', node: '22.20.0' });
    expect(content.message).toBe('Wijkzicht 0.1.0');
    expect(content.title).toBe('Over Wijkzicht');
    expect(content.detail).toContain('Electron 45.4.1');
  });
});

describe('menu commands', () => {
  it('validates command strings', () => {
    expect(isMenuCommand('open-package')).toBe(true);
    expect(isMenuCommand('open-demo')).toBe(true);
    expect(isMenuCommand('toggle-language')).toBe(true);
    expect(isMenuCommand('rm -rf')).toBe(false);
    expect(isMenuCommand({ toString: () => 'open-demo' })).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });
});

describe('package dialog', () => {
  it('picks a folder by default on Linux/Windows and both on macOS', () => {
    expect(packageDialogKind('linux', null)).toBe('folder');
    expect(packageDialogKind('win32', 'zip')).toBe('zip');
    expect(packageDialogKind('darwin', null)).toBe('folder-or-zip');
  });

  it('builds matching dialog options', () => {
    expect(packageDialogOptions('folder', 'nl').properties).toContain('openDirectory');
    expect(packageDialogOptions('folder', 'nl').properties).not.toContain('openFile');
    const zip = packageDialogOptions('zip', 'nl');
    expect(zip.properties).toContain('openFile');
    expect(zip.filters).toEqual([{ name: 'Data package (.zip)', extensions: ['zip'] }]);
    expect(packageDialogOptions('folder-or-zip', 'en').properties).toEqual(
      expect.arrayContaining(['openFile', 'openDirectory']),
    );
    expect(packageDialogOptions('folder', 'en').title).toBe('Open data package (folder)');
  });

  it('remembers a .zip request from the menu once, and only briefly', () => {
    let now = 1_000;
    const pending = new PendingDialogKind(() => now);
    expect(pending.take()).toBeNull();
    pending.requestZip();
    expect(pending.take()).toBe('zip');
    expect(pending.take()).toBeNull();
    pending.requestZip();
    now += PENDING_KIND_TTL_MS + 1;
    expect(pending.take()).toBeNull();
  });
});
