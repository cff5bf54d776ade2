import type { Browser } from '@playwright/test';
import { createEventPusher, installBridge } from './bridge';
import { waitForFirstScreen, type HostSession } from './host-session';
import { appVersion } from './paths';
import { startServices } from './services-client';

export interface BridgeLaunch {
  browser: Browser;
  appOrigin: string;
  configDir: string;
  locale: string;
  colorScheme: 'light' | 'dark';
  /** Unexpected service errors (shown to the page only as 'internal'). */
  onServiceError: (channel: string, error: string) => void;
}

/**
 * The built renderer in Chromium with `window.allianceDesk` bridged to a real AppServices, running
 * in its own Node process on the test's config dir — the same services and dispatch as the app.
 */
export async function launchBridge(options: BridgeLaunch): Promise<HostSession> {
  const services = await startServices(
    { configDir: options.configDir, locale: options.locale, version: appVersion() },
    options.onServiceError,
  );
  const context = await options.browser.newContext({
    locale: options.locale,
    colorScheme: options.colorScheme,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    await installBridge(page, services.dispatch, options.appOrigin);
    services.onEvent(createEventPusher(page));
    await page.goto(`${options.appOrigin}/index.html`);
    await waitForFirstScreen(page);
    return {
      page,
      setNextFolder: async (folder) => services.setNextFolder(folder),
      openedExternally: () => services.openedExternally(),
      close: async () => {
        await context.close();
        await services.close();
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    await services.close();
    throw error;
  }
}
