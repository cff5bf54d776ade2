import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler } from '../../electron/main/app-protocol';
import { lockDownPrintContents, printInWindow, type PrintContentsLike, type PrintWindowLike } from '../../electron/main/print-job';
import { PrintPages } from '../../electron/main/print-pages';

// The PDF print window of the app (electron/main/print-job.ts) through its seam: a fake window
// whose loadURL fetches the page through the real app:// request handler.

const PDF = Uint8Array.from(Buffer.from('%PDF-1.7 fake'));

class FakeContents extends EventEmitter {
  windowOpenHandler: (() => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: () => { action: 'deny' }) {
    this.windowOpenHandler = handler;
  }
  executeJavaScript = vi.fn(async () => true);
  printToPDF = vi.fn(async () => PDF);
  /** Emits a navigation event as Chromium would; whether some listener refused it. */
  navigate(event: string, url: string): boolean {
    let refused = false;
    this.emit(event, { url, preventDefault: () => (refused = true) });
    return refused;
  }
}

function fakeWindow(pages: PrintPages) {
  const handle = createAppRequestHandler({ rootDir: '/nonexistent', printPages: pages });
  const contents = new FakeContents();
  const served: { url: string; status: number; body: string }[] = [];
  let destroyed = false;
  const window: PrintWindowLike = {
    webContents: contents as unknown as PrintContentsLike,
    loadURL: vi.fn(async (url: string) => {
      const response = await handle({ url, method: 'GET' });
      served.push({ url, status: response.status, body: String(response.body) });
      if (response.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (${response.status}) loading '${url}'`);
    }),
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
  return { window, contents, served, isDestroyed: () => destroyed, handle };
}

describe('printInWindow', () => {
  it('prints a page served from memory over app://, then drops the page and the window', async () => {
    const pages = new PrintPages();
    const fake = fakeWindow(pages);
    const pdf = await printInWindow('<!doctype html><h1>Сводка по району</h1>', { pages, createWindow: () => fake.window });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(fake.served).toHaveLength(1);
    expect(fake.served[0]!.url).toMatch(/^app:\/\/alliance-desk-print\/[A-Za-z0-9_-]{32}\.html$/);
    expect(fake.served[0]).toMatchObject({ status: 200, body: '<!doctype html><h1>Сводка по району</h1>' });
    expect(fake.contents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', printBackground: true }));
    expect(pages.size).toBe(0);
    expect(fake.isDestroyed()).toBe(true);
    expect((await fake.handle({ url: fake.served[0]!.url, method: 'GET' })).status).toBe(404);
  });

  it('drops the page and the window when printing fails, with a coded error', async () => {
    const pages = new PrintPages();
    const fake = fakeWindow(pages);
    fake.contents.printToPDF.mockRejectedValueOnce(new Error('Printing failed\nat somewhere'));
    await expect(printInWindow('<p>x</p>', { pages, createWindow: () => fake.window })).rejects.toMatchObject({
      code: 'pdf_failed',
      message: 'printing to PDF failed: Printing failed',
    });
    expect(pages.size).toBe(0);
    expect(fake.isDestroyed()).toBe(true);
  });

  it('cancels: an aborted print opens no window; an abort mid-print destroys it', async () => {
    const pages = new PrintPages();
    const createWindow = vi.fn(() => fakeWindow(pages).window);
    await expect(printInWindow('<p>x</p>', { pages, createWindow, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(createWindow).not.toHaveBeenCalled();

    const fake = fakeWindow(pages);
    const controller = new AbortController();
    fake.contents.executeJavaScript.mockImplementationOnce(async () => {
      controller.abort();
      throw new Error('Render frame was disposed');
    });
    await expect(printInWindow('<p>x</p>', { pages, createWindow: () => fake.window, signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(fake.isDestroyed()).toBe(true);
    expect(pages.size).toBe(0);
  });

  it('locks the window down before its page loads', async () => {
    const pages = new PrintPages();
    const fake = fakeWindow(pages);
    let refusedDuringLoad = false;
    vi.mocked(fake.window.loadURL).mockImplementationOnce(async (url: string) => {
      refusedDuringLoad = fake.contents.navigate('will-navigate', 'https://evil.example/');
      fake.served.push({ url, status: 200, body: '' });
    });
    await printInWindow('<p>x</p>', { pages, createWindow: () => fake.window });
    expect(refusedDuringLoad).toBe(true);
  });
});

describe('lockDownPrintContents', () => {
  it('refuses every navigation, redirect, webview and window.open — even to the app itself', () => {
    const contents = new FakeContents();
    lockDownPrintContents(contents as unknown as PrintContentsLike);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://mos.ru/', 'app://alliance-desk/index.html', 'app://alliance-desk-print/x.html', 'file:///etc/passwd', 'about:blank']) {
        expect(contents.navigate(event, url), `${event} ${url}`).toBe(true);
      }
    }
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});
