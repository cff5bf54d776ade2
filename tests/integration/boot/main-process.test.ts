import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/ipc/app-origin';
import { MENU_LABELS } from '../../../electron/main/menu-labels';
import { workspaceLayout } from '../../../electron/store/layout';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { buildApp, StandInRun, type BootOptions, type BuiltApp } from '../../support/electron-stand-in/boot-client';
import { EXPECTED_SECURE_WEB_PREFERENCES } from '../../support/electron-stand-in/secure-web-preferences';
import { initWorkspace, sampleDeputy } from '../../support/workspace';

// The BUILT main process (a private `electron-vite build`) started under plain Node with a
// STAND-IN for the `electron` module (tests/support/electron-stand-in/): not Electron — no window
// is painted and no page runs — but the real bundle, with its real services, IPC handlers, menu,
// protocol and quit handling, and only the names Electron really exports. Each run is a fresh
// child process.

let built: BuiltApp;
const runs: StandInRun[] = [];
const dirs: string[] = [];

beforeAll(() => {
  built = buildApp();
}, 300_000);

afterEach(async () => {
  await Promise.all(runs.splice(0).map((run) => run.stop()));
});

afterAll(async () => {
  built?.remove();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-boot-run-'));
  dirs.push(dir);
  return dir;
}

/** Starts the built app under the stand-in and fires 'ready'. */
async function boot(options: Partial<BootOptions> = {}): Promise<StandInRun> {
  const base = await tempDir();
  const run = await StandInRun.start({ entry: built.mainEntry, configDir: path.join(base, 'config'), documentsDir: base, ...options });
  runs.push(run);
  expect(run.importError, run.log).toBeNull();
  await run.ready();
  return run;
}

describe('the built main process, started under the Electron stand-in (NOT Electron)', () => {
  it('takes the single-instance lock and registers app:// as privileged before ready', async () => {
    const report = await (await boot()).report();
    expect(report.exitCode, 'app.exit was called').toBeNull();
    expect(report.unfakedUses).toEqual([]);
    expect(report.realElectronRequired).toBe(false);
    const seq = (api: string) => report.calls.find((call) => call.api === api)?.seq ?? -1;
    expect(seq('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(seq('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(seq('protocol.registerSchemesAsPrivileged')).toBeLessThan(seq('stand-in:ready'));
    const [schemes] = report.calls.find((call) => call.api === 'protocol.registerSchemesAsPrivileged')!.args as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }]);
    expect(schemes[0]!.privileges.corsEnabled ?? false).toBe(false); // nothing else may read app://
    expect(schemes[0]!.privileges.bypassCSP ?? false).toBe(false);
    // The handler comes after ready, as Electron requires; the spellchecker is off.
    expect(seq('protocol.handle')).toBeGreaterThan(seq('stand-in:ready'));
    expect(report.protocolSchemes).toEqual(['app']);
    expect(report.calls.filter((call) => call.api.startsWith('session.defaultSession.setSpellChecker')).map(({ api, args }) => [api, ...args])).toEqual([
      ['session.defaultSession.setSpellCheckerEnabled', false],
      ['session.defaultSession.setSpellCheckerDictionaryDownloadURL', 'app://alliance-desk/no-spellcheck-dictionaries/'],
    ]);
  });

  it('opens exactly one secure window with a CommonJS preload, loading app://alliance-desk/index.html — whatever ELECTRON_RENDERER_URL says', async () => {
    const run = await boot({ env: { ELECTRON_RENDERER_URL: 'http://evil.example/' } });
    const report = await run.report();
    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    const preferences = (window!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(preferences).toMatchObject(EXPECTED_SECURE_WEB_PREFERENCES);

    const preload = preferences.preload as string;
    expect(preload).toBe(path.join(built.outDir, 'preload', 'index.cjs'));
    expect(existsSync(preload)).toBe(true);
    execFileSync(process.execPath, ['--check', preload]); // throws on a syntax error
    const preloadCode = readFileSync(preload, 'utf8');
    expect(preloadCode).not.toMatch(/^\s*import[\s{*'"]/m); // a sandboxed preload cannot load ES modules
    expect(preloadCode).not.toMatch(/\bimport\s*\(/);
    expect(preloadCode).toMatch(/require\(["']electron["']\)/);

    expect(window!.loads).toEqual([APP_INDEX_URL]);
    expect(existsSync(path.join(built.outDir, 'renderer', 'index.html'))).toBe(true);
    expect(window!.actions).toContain('show'); // shown once ready-to-show
    // The environment's page is not trusted by the IPC handlers either.
    expect(await run.invoke('app:info', undefined, 'http://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await run.invoke('app:info')).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  it('registers one ipcMain handler per contract channel and nothing else', async () => {
    const report = await (await boot()).report();
    expect([...report.ipcRegistrations].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(report.ipcListeners).toEqual([]); // no ipcMain.on: every request goes through handle + the contract
  });

  it('answers only the app page: file:// and other app:// pages are refused', async () => {
    const run = await boot();
    const rendererFile = pathToFileURL(path.join(built.outDir, 'renderer', 'index.html')).href;
    for (const frame of [rendererFile, 'app://alliance-desk/other.html', 'app://alliance-desk-print/x.html', null]) {
      expect(await run.invoke('settings:get', undefined, frame), String(frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await run.invoke('settings:get', undefined, `${APP_INDEX_URL}#/settings`)).toMatchObject({ ok: true });
  });

  it('builds the menu in the system language: Russian for ru-RU, English for en-US', async () => {
    const labelsOf = async (locale: string) => {
      const menu = (await (await boot({ locale })).report()).menu as { label: string; submenu: { id?: string; label?: string }[] }[];
      return { top: menu.map((item) => item.label), closeWorkspace: menu[0]!.submenu.find((item) => item.id === 'close-workspace')?.label };
    };
    const ru = await labelsOf('ru-RU');
    expect(ru.top).toContain(MENU_LABELS.ru.file);
    expect(ru.top).toContain(MENU_LABELS.ru.edit);
    expect(ru.closeWorkspace).toBe(MENU_LABELS.ru.closeWorkspace);
    const en = await labelsOf('en-US');
    expect(en.top).toContain(MENU_LABELS.en.file);
    expect(en.closeWorkspace).toBe(MENU_LABELS.en.closeWorkspace);
    expect(MENU_LABELS.ru.file).not.toBe(MENU_LABELS.en.file);
  });

  it('serves the renderer through app:// and nothing outside it', async () => {
    const run = await boot();
    const index = await run.fetch(APP_INDEX_URL);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const script = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(index.body)?.[1];
    expect(script).toBeDefined();
    const asset = await run.fetch(`app://alliance-desk/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // The main bundle sits right beside the renderer folder: none of these reach it.
    for (const url of [
      'app://alliance-desk/../main/index.js',
      'app://alliance-desk/%2e%2e/main/index.js',
      'app://alliance-desk/..%2fmain%2findex.js',
      'app://alliance-desk/..\\main\\index.js',
      `app://alliance-desk/${encodeURIComponent(path.join(built.outDir, 'main', 'index.js'))}`,
      'app://alliance-desk/../../package.json',
      'app://alliance-desk/assets/',
      'app://elsewhere/index.html',
    ]) {
      expect((await run.fetch(url)).status, url).toBe(404);
    }
    expect((await run.fetch(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('keeps the window on its page: navigation away is refused and nothing reaches the browser unasked, new windows denied', async () => {
    const run = await boot();
    expect(await run.navigate(0, 'will-frame-navigate', 'https://mos.ru/news')).toEqual({ prevented: true });
    expect(await run.navigate(0, 'will-frame-navigate', 'file:///etc/passwd')).toEqual({ prevented: true });
    expect(await run.navigate(0, 'will-frame-navigate', `${APP_INDEX_URL}#/deputies`)).toEqual({ prevented: false });
    expect(await run.windowOpen(0, 'https://mos.ru/')).toEqual({ action: 'deny' });
    const opened = (await run.report()).calls.filter((call) => call.api === 'shell.openExternal').map((call) => call.args[0]);
    // Only the page's confirmed shell:openExternal opens a link: a navigation or window.open opens nothing.
    expect(opened).toEqual([]);
  });

  it('a second launch restores and focuses the window and hands over its bundle', async () => {
    const run = await boot();
    await run.minimize(0);
    const bundle = path.join(await tempDir(), 'Тверской.adbundle');
    await run.emit('second-instance', ['/opt/Alliance Desk/alliance-desk', '--flag', bundle], '/home/anna');
    const [window] = (await run.report()).windows;
    expect(window!.actions).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
    expect(window!.actions.indexOf('restore')).toBeLessThan(window!.actions.lastIndexOf('focus'));
    expect(window!.sent).toContainEqual({ channel: 'exchange:bundleOpened', payload: null });
    // A launch without a bundle only brings the window forward.
    await run.emit('second-instance', ['/opt/Alliance Desk/alliance-desk'], '/home/anna');
    expect((await run.report()).windows[0]!.sent.filter((event) => event.channel === 'exchange:bundleOpened')).toHaveLength(1);
  });

  it('closes the workspace on quit: the edit is in the snapshot written on close', async () => {
    const folder = path.join(await tempDir(), 'alliance');
    await mkdir(folder);
    await (await initWorkspace(folder)).close();
    const run = await boot();

    await run.answerDialog(folder);
    const chosen = await run.invoke('workspace:chooseFolder', { purpose: 'open' });
    expect(chosen, run.log).toMatchObject({ ok: true, value: { token: expect.any(String) } });
    const opened = await run.invoke('workspace:open', { token: (chosen.value as { token: string }).token });
    expect(opened, run.log).toMatchObject({ ok: true });
    const device = (opened.value as { device: string }).device;
    expect(await run.invoke('identity:set', { kind: 'secretary' })).toMatchObject({ ok: true });
    const created = await run.invoke('records:create', { collection: 'deputies', data: { ...sampleDeputy(), name: 'Мария Снапшотова' } });
    expect(created).toMatchObject({ ok: true });
    const snapshot = workspaceLayout(folder, device).snapshot;
    expect(existsSync(snapshot) && readFileSync(snapshot, 'utf8').includes('Мария Снапшотова')).toBe(false);

    expect(await run.quit()).toEqual({ quitted: true });
    expect(readFileSync(snapshot, 'utf8')).toContain('Мария Снапшотова');
    expect(existsSync(workspaceLayout(folder, device).lock), 'the writer lock is released').toBe(false);
    const report = await run.report();
    expect(report.calls.filter((call) => call.api === 'app.quit')).toHaveLength(2); // held back once, then let through
    expect(report.exitCode).toBeNull();
  });
});
