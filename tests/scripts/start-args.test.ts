import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronArguments, parseStartArgs, webArguments } from '../../scripts/start-args';

const userCwd = path.resolve('/home/user/projecten');
const resolve = (p: string): string => path.resolve(userCwd, p);

describe('parseStartArgs', () => {
  it('has sensible defaults', () => {
    expect(parseStartArgs([], {}, resolve)).toEqual({
      packagePath: null,
      build: true,
      port: null,
      open: false,
      electronArgs: [],
    });
  });

  it('resolves --package against the directory npm start was typed in', () => {
    expect(parseStartArgs(['--package', './demo'], {}, resolve).packagePath).toBe(path.join(userCwd, 'demo'));
    expect(parseStartArgs(['--package=wijk.zip'], {}, resolve).packagePath).toBe(path.join(userCwd, 'wijk.zip'));
  });

  it('uses WIJKZICHT_PACKAGE unless --package is given', () => {
    expect(parseStartArgs([], { WIJKZICHT_PACKAGE: 'env-pkg' }, resolve).packagePath).toBe(path.join(userCwd, 'env-pkg'));
    expect(parseStartArgs(['--package', 'arg-pkg'], { WIJKZICHT_PACKAGE: 'env-pkg' }, resolve).packagePath).toBe(
      path.join(userCwd, 'arg-pkg'),
    );
  });

  it('separates start flags from Electron flags', () => {
    const options = parseStartArgs(
      ['--no-build', '--inspect=9229', '--port', '5174', '--open', '--package', 'p', '--enable-logging'],
      {},
      resolve,
    );
    expect(options).toMatchObject({ build: false, port: '5174', open: true, electronArgs: ['--inspect=9229', '--enable-logging'] });
  });

  it('rejects flags without a value', () => {
    expect(() => parseStartArgs(['--package'], {}, resolve)).toThrow(/--package needs a value/);
    expect(() => parseStartArgs(['--port', '--open'], {}, resolve)).toThrow(/--port needs a value/);
    expect(() => parseStartArgs(['--package='], {}, resolve)).toThrow(/needs a value/);
  });
});

describe('child arguments', () => {
  const options = parseStartArgs(['--package', 'demo', '--port', '5174', '--enable-logging'], {}, resolve);

  it('passes the main bundle, the package and extra flags to Electron', () => {
    expect(electronArguments('/repo/dist/electron/main.cjs', options)).toEqual([
      '/repo/dist/electron/main.cjs',
      '--package',
      path.join(userCwd, 'demo'),
      '--enable-logging',
    ]);
  });

  it('passes --no-build, the package and web flags to scripts/web.ts', () => {
    expect(webArguments(options)).toEqual(['--no-build', '--package', path.join(userCwd, 'demo'), '--port', '5174']);
    expect(webArguments(parseStartArgs(['--open'], {}, resolve))).toEqual(['--no-build', '--open']);
  });
});
