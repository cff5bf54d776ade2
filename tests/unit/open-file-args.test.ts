import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { bundlePathFromArgv, isBundlePath, PendingBundle } from '../../electron/main/open-file-args';

// How a double-clicked .adbundle reaches the main process (file association).
const cwd = path.resolve('/home/anna');
const exe = path.resolve('/opt/Alliance Desk/alliance-desk');

describe('bundlePathFromArgv', () => {
  it('finds a bundle argument of a packaged launch (Windows, Linux)', () => {
    const file = path.resolve('/home/anna/Загрузки/Тверской 2025.adbundle');
    expect(bundlePathFromArgv([exe, file], cwd)).toBe(file);
  });

  it('resolves a relative path against the launch directory (second-instance gives it)', () => {
    expect(bundlePathFromArgv([exe, 'in/x.ADBUNDLE'], cwd)).toBe(path.join(cwd, 'in', 'x.ADBUNDLE'));
  });

  it('converts the file:// URL a Linux desktop entry passes for %U', () => {
    const file = path.resolve('/home/anna/Загрузки/обмен.adbundle');
    expect(bundlePathFromArgv([exe, pathToFileURL(file).href], cwd)).toBe(file);
  });

  it('skips switches, the executable and other files; takes the last bundle', () => {
    const argv = [exe, '--original-process-start-time=1', '-psn_0_1234', 'notes.txt', 'a.adbundle', '--flag=b.adbundle', 'c.adbundle'];
    expect(bundlePathFromArgv(argv, cwd)).toBe(path.join(cwd, 'c.adbundle'));
    expect(bundlePathFromArgv([path.resolve('/x/app.adbundle')], cwd)).toBeUndefined();
    expect(bundlePathFromArgv([exe, '.'], cwd)).toBeUndefined(); // `electron .` in development
    expect(bundlePathFromArgv([exe, 'bundle.adbundle.txt'], cwd)).toBeUndefined();
  });

  it('recognises bundle names by extension in any letter case', () => {
    expect(isBundlePath('/a/B.AdBundle')).toBe(true);
    expect(isBundlePath('/a/adbundle')).toBe(false);
  });
});

describe('PendingBundle', () => {
  it('holds the latest bundle until taken once, and tells listeners', () => {
    const pending = new PendingBundle();
    const listener = vi.fn();
    const stop = pending.onOffer(listener);
    expect(pending.offer(undefined)).toBe(false);
    expect(pending.offer('/a/notes.txt')).toBe(false);
    expect(pending.offer('/a/one.adbundle')).toBe(true);
    expect(pending.offer('/a/two.adbundle')).toBe(true);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(pending.take()).toBe('/a/two.adbundle');
    expect(pending.take()).toBeUndefined();
    stop();
    pending.offer('/a/three.adbundle');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
