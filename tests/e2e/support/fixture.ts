/**
 * The end-to-end fixture: one set of specs, two hosts, chosen by Playwright project.
 *
 *   - `chromium-bridge` (everywhere, CI): the built renderer (out/renderer) served over http on
 *     127.0.0.1, opened in Debian's Chromium, with `window.allianceDesk` bridged to a real
 *     AppServices on a temporary config dir through the same dispatch the Electron handlers use.
 *   - `electron`: the real app (out/main/index.js) via `_electron.launch`; every test is reported as
 *     skipped, with the reason, where the Electron binary is not installed.
 *
 * Usage in a spec (tests/e2e/*.spec.ts):
 *
 *   import { test, expect } from './support/fixture';
 *
 *   test('creates a workspace', async ({ app }) => {
 *     const folder = await app.newTempDir();           // an empty temp folder, removed afterwards
 *     await app.setNextFolder(folder);                 // the next folder picker answers this (one-shot;
 *                                                      // unset = the user cancels)
 *     await app.page.getByRole('button', { name: 'Создать рабочую папку' }).click();
 *     await app.checkA11y();                           // axe: fails on serious/critical violations
 *     await app.screenshot('start-created');           // tests/e2e/screenshots/<host>-start-created.png
 *     await app.restart();                             // quit and relaunch, same config dir and device:
 *     await expect(app.page.getByText('…')).toBeVisible(); // re-read app.page after a restart
 *   });
 *
 * The fixture `app`:
 *   app.page                 the app's page, loaded at the start screen (a new Page after restart())
 *   app.host                 'electron' | 'chromium-bridge'
 *   app.setNextFolder(path)  Promise<void>; path | null
 *   app.newTempDir()         Promise<string>
 *   app.restart()            Promise<void>
 *   app.screenshot(name)     Promise<string> (the file written; name: letters, digits, dashes)
 *   app.checkA11y(options?)  Promise<void>; options: { include?, exclude?, disableRules? } (CSS selectors / axe rule ids)
 *   app.invoke(channel, input?)  Promise<IpcResult>: calls window.allianceDesk[channel] in the page (for seeding data)
 *   app.openedExternally()   Promise<string[]>: URLs the app asked the OS to open (none is really opened)
 *   app.configDir            the app's config dir (settings, device id) for this test
 *   app.another()            Promise<App>: a second running app on its own config dir — another device
 *                            (e.g. two laptops exchanging bundles); quit and cleaned up with the first
 *
 * Native pickers: app.setNextFolder(path) answers the next folder picker, open-file dialog or save
 * dialog alike (one-shot), so specs choose where an export or a bundle goes, or which bundle to open.
 *
 * The UI language follows Playwright's `locale` option (default 'ru-RU' in playwright.config.ts);
 * `test.use({ locale: 'en-US' })` gives an English system. The bridge also honours `colorScheme`.
 * A test fails if the services threw an unexpected error (or returned output that breaks the
 * contract) while it ran; page errors are attached to the report.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import type { IpcResult } from '../../../shared/ipc/contract';
import { checkA11y, type A11yOptions } from './a11y';
import { launchBridge } from './bridge-host';
import { launchElectron } from './electron-host';
import type { HostSession } from './host-session';
import { electronExecutable, rendererDir, requireBuilt, SCREENSHOT_DIR } from './paths';
import { serveStatic } from './static-server';

export type Host = 'electron' | 'chromium-bridge';

export interface HostOptions {
  host: Host;
}

export interface App {
  readonly page: Page;
  readonly host: Host;
  readonly configDir: string;
  setNextFolder(folder: string | null): Promise<void>;
  newTempDir(): Promise<string>;
  restart(): Promise<void>;
  screenshot(name: string): Promise<string>;
  checkA11y(options?: A11yOptions): Promise<void>;
  invoke(channel: string, input?: unknown): Promise<IpcResult<unknown>>;
  openedExternally(): Promise<string[]>;
  another(): Promise<App>;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const NO_ELECTRON = 'Electron binary not installed on this machine';

interface BridgeWorld {
  browser: Browser;
  origin: string;
}

type WorkerFixtures = HostOptions & { bridgeWorld: BridgeWorld | null };

class AppHandle implements App {
  private session: HostSession | undefined;
  private readonly dirs: string[] = [];
  private readonly others: AppHandle[] = [];
  readonly pageErrors: string[] = [];
  readonly serviceErrors: string[] = [];

  constructor(
    readonly host: Host,
    readonly configDir: string,
    private readonly launcher: (handle: AppHandle) => Promise<HostSession>,
  ) {
    this.dirs.push(configDir);
  }

  get page(): Page {
    if (!this.session) throw new Error('the app is not running');
    return this.session.page;
  }

  async launch(): Promise<void> {
    this.session = await this.launcher(this);
    this.session.page.on('pageerror', (error) => this.pageErrors.push(error.stack ?? error.message));
  }

  setNextFolder(folder: string | null): Promise<void> {
    return this.running().setNextFolder(folder);
  }

  async newTempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-e2e-'));
    this.dirs.push(dir);
    return dir;
  }

  async restart(): Promise<void> {
    await this.running().close();
    this.session = undefined;
    await this.launch();
  }

  async screenshot(name: string): Promise<string> {
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(name)) throw new Error(`screenshot name "${name}": use letters, digits and dashes`);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${this.host}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  checkA11y(options?: A11yOptions): Promise<void> {
    return checkA11y(this.page, options);
  }

  invoke(channel: string, input?: unknown): Promise<IpcResult<unknown>> {
    return this.page.evaluate(
      ({ channel, input }) => {
        const api = (globalThis as unknown as { allianceDesk: Record<string, (input?: unknown) => Promise<IpcResult<unknown>>> }).allianceDesk;
        const call = api[channel];
        if (!call) throw new Error(`window.allianceDesk has no ${channel}`);
        return call(input);
      },
      { channel, input },
    );
  }

  openedExternally(): Promise<string[]> {
    return this.running().openedExternally();
  }

  async another(): Promise<App> {
    const configDir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-e2e-config-'));
    const other = new AppHandle(this.host, configDir, this.launcher);
    this.others.push(other);
    await other.launch();
    return other;
  }

  /** Quits the app and removes every temp folder; reports what went wrong meanwhile. */
  async dispose(testInfo: TestInfo): Promise<void> {
    for (const other of this.others.splice(0)) await other.dispose(testInfo);
    try {
      await this.session?.close();
    } finally {
      this.session = undefined;
      await Promise.all(this.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
    if (this.pageErrors.length > 0) await testInfo.attach('page-errors.txt', { body: this.pageErrors.join('\n\n') });
    if (this.serviceErrors.length > 0) {
      await testInfo.attach('service-errors.txt', { body: this.serviceErrors.join('\n\n') });
      throw new Error(`the services failed unexpectedly during the test:\n${this.serviceErrors.join('\n')}`);
    }
  }

  private running(): HostSession {
    if (!this.session) throw new Error('the app is not running');
    return this.session;
  }
}

export const test = base.extend<{ app: App }, WorkerFixtures>({
  host: ['chromium-bridge', { option: true, scope: 'worker' }],

  bridgeWorld: [
    async ({ host }, use) => {
      if (host !== 'chromium-bridge') {
        await use(null);
        return;
      }
      requireBuilt(path.join(rendererDir(), 'index.html'));
      const server = await serveStatic(rendererDir());
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        await use({ browser, origin: server.origin });
      } finally {
        await browser.close();
        await server.close();
      }
    },
    { scope: 'worker' },
  ],

  app: async ({ host, bridgeWorld, locale, colorScheme }, use, testInfo) => {
    const executable = host === 'electron' ? electronExecutable() : null;
    testInfo.skip(host === 'electron' && !executable, NO_ELECTRON);
    const systemLocale = locale ?? 'ru-RU';
    const configDir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-e2e-config-'));
    const handle = new AppHandle(host, configDir, (self) => {
      if (host === 'electron') return launchElectron({ executable: executable!, configDir: self.configDir, locale: systemLocale });
      return launchBridge({
        browser: bridgeWorld!.browser,
        appOrigin: bridgeWorld!.origin,
        configDir: self.configDir,
        locale: systemLocale,
        colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
        onServiceError: (channel, error) => self.serviceErrors.push(`${channel}: ${error}`),
      });
    });
    try {
      await handle.launch();
      await use(handle);
    } finally {
      await handle.dispose(testInfo);
    }
  },
});

export { expect };
