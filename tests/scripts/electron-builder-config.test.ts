// Loads electron-builder.yml with electron-builder's own loader and schema validation (no packaging, no
// download), plus the checks that matter for this app.
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/build-electron';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  electronVersion?: string;
  asar?: boolean;
  directories?: { output?: string };
  files?: { filter?: string[] }[];
  extraMetadata?: { main?: string };
  beforeBuild?: string;
  linux?: { target?: string[]; category?: string; maintainer?: string };
  win?: { target?: string[] };
  mac?: { target?: string[] };
  electronFuses?: Record<string, boolean>;
}

const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const configModule = requireFromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

let config: BuilderConfig;

beforeAll(async () => {
  config = await configModule.getConfig(REPO_ROOT, path.join(REPO_ROOT, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(configModule.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('validation can fail (sanity check of the check)', async () => {
    const broken = { ...config, linux: { ...config.linux, notAnOption: true } };
    await expect(configModule.validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app and pins Electron', () => {
    expect(config).toMatchObject({
      appId: 'be.wijkzicht.app',
      productName: 'Wijkzicht',
      electronVersion: '45.4.1',
      asar: true,
      extraMetadata: { main: 'dist/electron/main.cjs' },
    });
  });

  it('turns on every fuse of the Electron security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('writes installers to release/, apart from the renderer build', () => {
    expect(config.directories?.output).toBe('release');
    expect(config.directories?.output).not.toMatch(/^dist/);
  });

  it('ships only the bundles, the renderer and package.json, without source maps', () => {
    expect(config.files?.flatMap((set) => set.filter ?? [])).toEqual([
      'dist/electron/**',
      'dist/renderer/**',
      'package.json',
      '!**/*.map',
    ]);
  });

  it('targets AppImage + deb, NSIS and DMG', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux?.maintainer).toBeTruthy();
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('uses a beforeBuild hook that stops electron-builder from copying node_modules', async () => {
    expect(config.beforeBuild).toBe('./scripts/electron-builder-before-build.cjs');
    const hook = createRequire(import.meta.url)(path.join(REPO_ROOT, 'scripts', 'electron-builder-before-build.cjs')) as () => Promise<boolean>;
    await expect(hook()).resolves.toBe(false);
  });
});
