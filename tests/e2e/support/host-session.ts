import type { Page } from '@playwright/test';

/** One running instance of the app in either host, on a given config dir. */
export interface HostSession {
  readonly page: Page;
  /** The answer of the next folder picker (one-shot); null = the user cancels. */
  setNextFolder(folder: string | null): Promise<void>;
  /** URLs the app asked the OS to open (recorded instead of opening a browser). */
  openedExternally(): Promise<string[]>;
  /** Quits the app the way a user does: the workspace is closed and its snapshot written. */
  close(): Promise<void>;
}

/** Waits until the app's first screen has rendered something a user could read. */
export async function waitForFirstScreen(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => {
    const body = (globalThis as unknown as { document?: { body?: { innerText?: string } } }).document?.body;
    return (body?.innerText ?? '').trim().length > 0;
  });
}
