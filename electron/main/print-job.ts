import { cancelled, ExportError } from '../export/export-error';
import type { PrintPages } from './print-pages';

// One PDF print in a hidden window, in plain Node: electron/main/electron-printer.ts gives it a
// real BrowserWindow; tests give it a fake one.

/** What a navigation event offers (Electron's will-navigate, will-frame-navigate, will-redirect). */
interface PreventableEvent {
  preventDefault(): void;
}

/** The part of a print window's webContents the print uses. */
export interface PrintContentsLike {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  executeJavaScript(code: string): Promise<unknown>;
  printToPDF(options: {
    pageSize: 'A4';
    printBackground: boolean;
    preferCSSPageSize: boolean;
    generateDocumentOutline: boolean;
  }): Promise<Uint8Array>;
}

/** The part of a BrowserWindow the print uses. */
export interface PrintWindowLike {
  readonly webContents: PrintContentsLike;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PrintInWindowOptions {
  createWindow: () => PrintWindowLike;
  pages: PrintPages;
  signal?: AbortSignal;
}

/**
 * The print window goes nowhere: every navigation (a link, a meta refresh, a redirect), every
 * window.open and every <webview> is refused, whatever the page holds. Its one load — the
 * loadURL below — is the main process's own and does not pass through these events.
 */
export function lockDownPrintContents(contents: PrintContentsLike): void {
  const refuse = (event: PreventableEvent) => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Prints `html` to PDF (Chromium's printing) from a held print page (electron/main/print-pages.ts),
 * never a file on disk. The page and the window are gone when this returns or throws.
 */
export async function printInWindow(html: string, options: PrintInWindowOptions): Promise<Uint8Array> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const window = options.createWindow();
  lockDownPrintContents(window.webContents);
  const page = options.pages.add(html);
  const onAbort = () => {
    if (!window.isDestroyed()) window.destroy();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await window.loadURL(page.url);
    // Embedded fonts decode asynchronously; print only once they are ready.
    await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    if (signal?.aborted) throw cancelled();
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    if (error instanceof ExportError) throw error;
    throw new ExportError('pdf_failed', `printing to PDF failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    page.remove();
    if (!window.isDestroyed()) window.destroy();
  }
}
