import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { cancelled, ExportError } from '../export/export-error';
import type { PdfPrinter } from '../export/pdf-printer';

/**
 * PDF export in the app: Electron's printToPDF (Chromium's printing, as DESIGN.md §7 asks) of the
 * engine's self-contained print HTML, in a hidden window with the app window's security options and
 * no preload. The HTML goes through a temp file (a data: URL is size-limited) that is removed after.
 *
 * Hidden (show: false) rather than offscreen rendering: printing lays the page out for paper itself
 * and needs no painted frames. NOT TESTED on these machines (no Electron binary): the bridge host
 * and CI print through ChromiumPrinter, the same engine via playwright-core.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  async printHtmlToPdf(html: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const { signal } = options;
    if (signal?.aborted) throw cancelled();
    const dir = await mkdtemp(path.join(tmpdir(), 'alliance-desk-print-'));
    const file = path.join(dir, 'summary.html');
    const window = new BrowserWindow({
      show: false,
      // About an A4 page at 96 dpi; printing re-lays the page out for the paper anyway.
      width: 794,
      height: 1123,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        // The HTML has no scripts (its own CSP forbids them); the page's JavaScript stays on only so
        // that executeJavaScript can wait for the embedded fonts below.
        javascript: true,
      },
    });
    const onAbort = () => {
      if (!window.isDestroyed()) window.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      await window.loadFile(file);
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
      if (!window.isDestroyed()) window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    // Each print has its own window, destroyed when it is done.
  }
}
