/**
 * The seam PDF export prints through: PDF always comes from Chromium's printing, in the app and
 * in the CLI alike.
 *
 * - CLI and tests: ChromiumPrinter (chromium-printer.ts) drives the machine's Chromium with
 *   playwright-core's page.pdf.
 * - The app: ElectronPdfPrinter (electron/main/electron-printer.ts) prints in a hidden, sandboxed
 *   window with JavaScript off that loads the page from memory over app:// and refuses every
 *   navigation (electron/main/print-job.ts); this folder never imports `electron`.
 *
 * The HTML is self-contained (fonts embedded, no scripts or external requests) and lays out A4,
 * the header and the page numbers itself with print CSS, so both printers give the same pages.
 */
export interface PdfPrinter {
  printHtmlToPdf(html: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
  /** Releases the browser, if the printer keeps one. */
  close(): Promise<void>;
}
