import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cancelled, ExportError } from './export-error';
import type { PdfPrinter } from './pdf-printer';

const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags for printing offline: no GPU, no background traffic, no first-run work, no host name resolves. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  // Even a DNS prefetch of a name in the document would tell a resolver what is being printed.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** $CHROMIUM_PATH, then the usual install places, then the PATH; a clear error when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, knownPaths: readonly string[] = KNOWN_PATHS): Promise<string> {
  if (env.CHROMIUM_PATH) {
    if (await isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new ExportError('no_chromium', `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
  }
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((name) => path.join(dir, name)));
  for (const candidate of [...knownPaths, ...onPath]) if (await isExecutable(candidate)) return candidate;
  throw new ExportError(
    'no_chromium',
    'PDF export needs Chromium or Google Chrome, and none was found (looked for chromium, chromium-browser, google-chrome). ' +
      'Install one (on Debian or Ubuntu: apt install chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/**
 * The document is set as content and its fonts are data: URLs, which never reach the network
 * layer, so every request that does is refused: a navigation (a meta refresh, a frame) is
 * answered "204 No Content", which leaves the page on the document being printed, and anything
 * else is aborted. Nothing leaves the machine and nothing replaces the page, whatever the HTML holds.
 */
async function refuseRequests(page: Page): Promise<void> {
  await page.route('**', (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort('blockedbyclient')));
}

/**
 * Prints through the machine's Chromium with playwright-core. The browser and one offline
 * context are started on first use and kept until close(); each print gets a fresh page.
 */
export class ChromiumPrinter implements PdfPrinter {
  private browser: Promise<{ browser: Browser; context: BrowserContext }> | undefined;

  constructor(private readonly executablePath?: string) {}

  private launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    this.browser ??= (async () => {
      const executablePath = this.executablePath ?? (await findChromium());
      const { chromium } = await import('playwright-core');
      try {
        const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
        // The print HTML has no scripts (its CSP forbids them); Playwright's own evaluate still runs.
        return { browser, context: await browser.newContext({ offline: true, javaScriptEnabled: false, serviceWorkers: 'block' }) };
      } catch (error) {
        throw new ExportError('pdf_failed', `could not start ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
      }
    })().catch((error: unknown) => {
      this.browser = undefined;
      throw error;
    });
    return this.browser;
  }

  async printHtmlToPdf(html: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const { context } = await this.launch();
    if (options.signal?.aborted) throw cancelled();
    const page = await context.newPage();
    const onAbort = () => void page.close().catch(() => undefined);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await refuseRequests(page);
      await page.setContent(html, { waitUntil: 'load' });
      // Embedded fonts decode asynchronously; print only once they are ready.
      await page.evaluate('document.fonts.ready.then(() => true)');
      // Bookmarks from the headings help in a 50-page summary; a tagged PDF was 5× larger and 30 % slower.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (options.signal?.aborted) throw cancelled();
      if (error instanceof ExportError) throw error;
      throw new ExportError('pdf_failed', `printing to PDF failed: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.browser.close();
  }
}
