import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { StandInRun } from '../../support/electron-stand-in/boot-client';
import {
  electronDeclarationsFile,
  mainProcessExports,
  moduleNamespace,
  namespaceValueExports,
} from '../../support/electron-stand-in/electron-exports';

// The boot test's Electron stand-in checks itself: its export list comes from electron.d.ts, and
// a bundle importing anything else fails to load, as it would in Electron.

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const runs: StandInRun[] = [];
let base: string | undefined;

afterEach(async () => {
  await Promise.all(runs.splice(0).map((run) => run.stop()));
});
afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

async function load(name: string): Promise<StandInRun> {
  base ??= await mkdtemp(path.join(tmpdir(), 'alliance-desk-stand-in-'));
  const run = await StandInRun.start({ entry: fixture(name), configDir: path.join(base, 'config'), documentsDir: base });
  runs.push(run);
  return run;
}

const SAMPLE = `declare namespace Electron {
  namespace Main {
    type Event = Electron.Event;
    const app: App;
    type App = Electron.App;
    class BrowserWindow extends Electron.BrowserWindow {}
    function helper(): void;
  }

  namespace Renderer {
    const ipcRenderer: IpcRenderer;
  }
}

declare module 'electron/main' {
  export = Electron.Main;
}
`;

describe('the export list, read from electron.d.ts', () => {
  it('takes the values of a namespace and leaves its types out', () => {
    expect(namespaceValueExports(SAMPLE, 'Main')).toEqual(['BrowserWindow', 'app', 'helper']);
    expect(namespaceValueExports(SAMPLE, 'Renderer')).toEqual(['ipcRenderer']);
    expect(moduleNamespace(SAMPLE, 'electron/main')).toBe('Main');
    expect(() => namespaceValueExports(SAMPLE, 'Utility')).toThrow(/no namespace Utility/);
    expect(() => moduleNamespace(SAMPLE, 'electron/utility')).toThrow(/no declare module/);
  });

  it("is the installed Electron's main-process modules and common ones, without renderer-only ones", () => {
    const names = mainProcessExports();
    expect(names).toEqual(expect.arrayContaining(['app', 'BrowserWindow', 'ipcMain', 'Menu', 'protocol', 'session', 'nativeTheme', 'screen', 'dialog', 'safeStorage', 'shell', 'nativeImage']));
    for (const notMain of ['contextBridge', 'ipcRenderer', 'webFrame', 'Rectangle', 'App', 'Event']) expect(names).not.toContain(notMain);
    // Every name really is declared in the file the list was read from.
    const declarations = readFileSync(electronDeclarationsFile(), 'utf8');
    for (const name of names) expect(declarations).toMatch(new RegExp(`(const|class) ${name}\\b`));
  });
});

describe('a module loaded over the stand-in', () => {
  it('fails to load when it imports a name Electron does not export', async () => {
    const run = await load('imports-missing-name.mjs');
    expect(run.importError).toMatch(/does not provide an export named 'notAnElectronExport'/);
    await expect(run.ready()).rejects.toThrow(/did not load/);
  });

  it('fails to load when it imports a module of the renderer', async () => {
    expect((await load('imports-renderer-module.mjs')).importError).toMatch(/does not provide an export named 'contextBridge'/);
  });

  it('loads with real main-process names; using one that is not faked throws and is reported', async () => {
    const run = await load('imports-main-modules.mjs');
    expect(run.importError).toBeNull();
    // Its 'ready' listener uses powerMonitor, which the stand-in does not fake.
    await expect(run.ready()).rejects.toThrow(/electron\.powerMonitor\.on is not faked/);
    const report = await run.report();
    expect(report.unfakedUses).toEqual(['powerMonitor.on']);
    expect(report.realElectronRequired).toBe(false);
  });
});
