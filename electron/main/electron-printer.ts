import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../export/pdf-printer';
import { printInWindow } from './print-job';
import { printPages } from './print-pages';
import { printWindowOptions } from './window-options';

/**
 * PDF export in the app: Electron's printToPDF (Chromium's printing) of the engine's
 * self-contained print HTML, in a hidden window with the app window's security options and no
 * preload. The HTML is served from memory through the app:// protocol (electron/main/print-job.ts),
 * so no plain-text copy of it is ever written to disk.
 *
 * Hidden (show: false) rather than offscreen rendering: printing lays the page out for paper itself
 * and needs no painted frames. NOT TESTED with a real Electron on these machines (no binary): the
 * bridge host and CI print through ChromiumPrinter, the same engine via playwright-core.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  printHtmlToPdf(html: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    return printInWindow(html, { ...options, pages: printPages, createWindow: () => new BrowserWindow(printWindowOptions()) });
  }

  async close(): Promise<void> {
    // Each print has its own window, destroyed when it is done.
  }
}
